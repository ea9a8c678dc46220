import { describe, expect, it } from 'vitest';
import {
  boxDistance,
  hitBoxes,
  inside,
  markerBox,
  markerReach,
  r1,
  segmentHitsBox,
  segmentsCross,
} from '../../../src/cartography/geometry.ts';
import type { MapLabel } from '../../../src/cartography/types.ts';

const box = (x: number, y: number, width = 10, height = 10) => ({ x, y, width, height });
const label = (b: ReturnType<typeof box>, leader?: MapLabel['leader']): MapLabel => ({
  x: b.x,
  y: b.y + 11,
  anchor: 'start',
  lines: [{ text: 'A place' }],
  box: b,
  ...(leader ? { leader } : {}),
});

describe('map geometry', () => {
  it('r1(n) rounds to a tenth and never gives -0', () => {
    expect(r1(1.26)).toBe(1.3);
    expect(Object.is(r1(-0.01), 0)).toBe(true);
  });

  it('boxDistance(a, b) is 0 for touching boxes and the shortest gap otherwise', () => {
    expect(boxDistance(box(0, 0), box(10, 0))).toBe(0);
    expect(boxDistance(box(0, 0), box(13, 14))).toBe(5);
  });

  it('inside(a, frame) holds only for a box wholly inside the frame', () => {
    expect(inside(box(1, 1), box(0, 0, 20, 20))).toBe(true);
    expect(inside(box(15, 1), box(0, 0, 20, 20))).toBe(false);
  });

  it('segmentHitsBox finds segments that cross or end in a box, not those that pass by', () => {
    const b = box(10, 10);
    expect(segmentHitsBox(0, 15, 30, 15, b)).toBe(true);
    expect(segmentHitsBox(0, 0, 15, 15, b)).toBe(true);
    expect(segmentHitsBox(0, 0, 30, 5, b)).toBe(false);
    expect(segmentHitsBox(0, 0, 5, 30, b)).toBe(false);
  });

  it('segmentsCross counts a crossing, not segments that only meet at an end', () => {
    expect(segmentsCross(0, 0, 10, 10, { x1: 0, y1: 10, x2: 10, y2: 0 })).toBe(true);
    expect(segmentsCross(0, 0, 10, 10, { x1: 10, y1: 10, x2: 20, y2: 0 })).toBe(false);
    expect(segmentsCross(0, 0, 10, 0, { x1: 0, y1: 5, x2: 10, y2: 5 })).toBe(false);
  });

  it('markerReach(shape, r) gives how far each shape reaches, and markerBox the square it fills', () => {
    expect(markerReach('circle', 5)).toBe(5);
    expect(markerReach('diamond', 5)).toBeCloseTo(6.5);
    expect(markerReach('triangle', 5)).toBeCloseTo(5.75);
    expect(markerReach('square', 5)).toBeCloseTo(4.5);
    expect(markerBox(10, 20, 5)).toEqual(box(5, 15));
  });

  it('hitBoxes(x, y, reach, label) joins a mark and the label beside it, and keeps apart a label on a leader', () => {
    // Label to the right, level with the mark: one box spanning both, gap included.
    const beside = hitBoxes(100, 100, 5, label(box(108, 93, 60, 14)));
    expect(beside).toEqual([{ x: 93, y: 93, width: 75, height: 14 }]);
    // Label off on a diagonal: the mark's box and the label's, separately.
    const apart = hitBoxes(100, 100, 5, label(box(120, 60, 60, 14)));
    expect(apart).toEqual([box(93, 93, 14, 14), box(120, 60, 60, 14)]);
    // A label on a leader line never joins its mark, even when it would be level.
    const leadered = hitBoxes(100, 100, 5, label(box(150, 93, 60, 14), { x1: 106, y1: 100, x2: 150, y2: 100 }));
    expect(leadered).toHaveLength(2);
  });
});

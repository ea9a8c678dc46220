import { describe, expect, it } from 'vitest';
import { boxFrom, overlaps } from '../../../src/charts/boxes.ts';

const box = (x: number, y: number, width = 10, height = 10) => ({ x, y, width, height });

describe('boxes', () => {
  it('boxFrom(x0, x1, y0, y1) is the box between the edges, to a tenth of a unit', () => {
    expect(boxFrom(1, 11, 2, 7)).toEqual({ x: 1, y: 2, width: 10, height: 5 });
    expect(boxFrom(0.12, 0.36, 0, 0.04)).toEqual({ x: 0.1, y: 0, width: 0.2, height: 0 });
  });

  it('overlaps(a, b) holds for boxes that share area, not for boxes that only touch', () => {
    expect(overlaps(box(0, 0), box(5, 5))).toBe(true);
    expect(overlaps(box(0, 0), box(10, 0))).toBe(false);
    expect(overlaps(box(0, 0), box(0, 10))).toBe(false);
  });

  it('overlaps(a, b, pad, padY) counts boxes closer than pad across (padY down) as overlapping', () => {
    expect(overlaps(box(0, 0), box(12, 0), 3)).toBe(true);
    expect(overlaps(box(0, 0), box(0, 12), 3)).toBe(true);
    // Kept apart across only: boxes one above the other may touch.
    expect(overlaps(box(0, 0), box(12, 0), 4, 0)).toBe(true);
    expect(overlaps(box(0, 0), box(0, 10), 4, 0)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { hedgeOf, DEFAULT_WORDS } from '../../../../src/figures/counts/counts-labels.ts';
import { isNumericFigure, KEY_MARKS, markBox, markOf, reach } from '../../../../src/figures/counts/counts-marks.ts';
import type { Figure } from '../../../../src/lib/schemas/index.ts';

// A scale of 10 units per count, from zero at 100; open arrows end at 500.
const x = (v: number): number => 100 + v * 10;
const mark = (f: Figure) => markOf(f, x, 100, 500);

describe('counts marks', () => {
  it('isNumericFigure(f) holds for every figure with a place on the number line', () => {
    expect(isNumericFigure({ type: 'none' })).toBe(true);
    expect(isNumericFigure({ type: 'vague', min: 2 })).toBe(true);
    expect(isNumericFigure({ type: 'unknown' })).toBe(false);
    expect(isNumericFigure({ type: 'text', value: 'Thursday' })).toBe(false);
  });

  it('reach(f) is the largest number a figure’s mark covers', () => {
    expect(reach({ type: 'at-least', value: 22 })).toBe(22);
    expect(reach({ type: 'about', value: 10 })).toBeCloseTo(11);
    expect(reach({ type: 'vague', min: 2, max: 5 })).toBe(5);
    expect(reach({ type: 'vague', min: 3 })).toBe(3);
    expect(reach({ type: 'unknown' })).toBe(0);
  });

  it('markOf(f, x, x0, x1) draws each hedge as its own mark', () => {
    expect(mark({ type: 'exact', value: 3 })).toEqual({ kind: 'point', x: 130 });
    expect(mark({ type: 'more-than', value: 3 })).toEqual({ kind: 'open', direction: 'right', x: 130, to: 500, filled: false });
    expect(mark({ type: 'fewer-than', value: 3 })).toEqual({ kind: 'open', direction: 'left', x: 130, to: 100, filled: false });
    expect(mark({ type: 'about', value: 10 })).toEqual({ kind: 'band', x: 200, from: 190, to: 210 });
    expect(mark({ type: 'vague', min: 3 })).toEqual({ kind: 'range', from: 130, to: 500, open: true });
    expect(mark({ type: 'none' })).toEqual({ kind: 'zero', x: 100 });
    expect(mark({ type: 'unknown' })).toEqual({ kind: 'missing' });
  });

  it('widens a range too narrow to see to 4 units, centred on it', () => {
    expect(mark({ type: 'vague', min: 2, max: 2.1 })).toEqual({ kind: 'range', from: 118.5, to: 122.5, open: false });
  });

  it('markBox(mark, y) is the space a mark takes on its row, and none for a missing one', () => {
    expect(markBox({ kind: 'point', x: 130 }, 50)).toEqual({ x: 125, y: 45, width: 10, height: 10 });
    expect(markBox({ kind: 'open', direction: 'left', x: 130, to: 100, filled: false }, 50)).toEqual({
      x: 100,
      y: 45,
      width: 35,
      height: 10,
    });
    expect(markBox({ kind: 'missing' }, 50)).toBeUndefined();
  });

  it('KEY_MARKS keeps every sample mark inside the key’s 46-unit box', () => {
    for (const { mark: m } of KEY_MARKS) {
      const b = markBox(m, 0)!;
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(46);
    }
  });
});

describe('hedgeOf', () => {
  it('hedgeOf(f, mark, y, x0, words) says in words what a band, a bar at zero or a missing mark cannot', () => {
    expect(hedgeOf({ type: 'about', value: 10 }, mark({ type: 'about', value: 10 }), 50, 100, DEFAULT_WORDS)).toMatchObject({
      text: 'about',
      anchor: 'middle',
      x: 200,
      y: 40,
    });
    expect(hedgeOf({ type: 'none' }, mark({ type: 'none' }), 50, 100, DEFAULT_WORDS)).toMatchObject({ text: 'none', x: 108 });
    expect(hedgeOf({ type: 'unknown' }, mark({ type: 'unknown' }), 50, 100, DEFAULT_WORDS)?.text).toBe('not given');
    expect(hedgeOf({ type: 'text', value: 'x' }, { kind: 'missing' }, 50, 100, DEFAULT_WORDS)?.text).toBe('not a count');
    expect(hedgeOf({ type: 'exact', value: 3 }, mark({ type: 'exact', value: 3 }), 50, 100, DEFAULT_WORDS)).toBeUndefined();
  });
});

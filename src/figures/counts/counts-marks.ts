import type { Figure } from '../../lib/schemas/index.ts';
import { boxFrom } from '../../charts/boxes.ts';
import { COUNTS, r1 } from './counts-metrics.ts';
import type { Box, CountMark } from './counts-types.ts';

/** Figure types that place a mark on a number line. */
const NUMERIC: ReadonlySet<Figure['type']> = new Set(['exact', 'at-least', 'more-than', 'fewer-than', 'about', 'vague', 'none']);

/** Whether a figure has a number to draw (a text answer or an unknown one has none). */
export function isNumericFigure(f: Figure): boolean {
  return NUMERIC.has(f.type);
}

/** The largest number a figure reaches on the scale (the top of its band or range). */
export function reach(f: Figure): number {
  switch (f.type) {
    case 'exact':
    case 'at-least':
    case 'more-than':
    case 'fewer-than':
      return f.value;
    case 'about':
      return f.value * (1 + COUNTS.aboutSpread);
    case 'vague':
      return f.max ?? f.min;
    default:
      return 0;
  }
}

/** A figure's mark on a scale `x` running from `x0` (zero) to `x1` (where open arrows end). */
export function markOf(f: Figure, x: (v: number) => number, x0: number, x1: number): CountMark {
  switch (f.type) {
    case 'exact':
      return { kind: 'point', x: x(f.value) };
    case 'at-least':
      return { kind: 'open', direction: 'right', x: x(f.value), to: x1, filled: true };
    case 'more-than':
      return { kind: 'open', direction: 'right', x: x(f.value), to: x1, filled: false };
    case 'fewer-than':
      return { kind: 'open', direction: 'left', x: x(f.value), to: x0, filled: false };
    case 'about':
      return {
        kind: 'band',
        x: x(f.value),
        from: x(f.value * (1 - COUNTS.aboutSpread)),
        to: x(f.value * (1 + COUNTS.aboutSpread)),
      };
    case 'vague': {
      const from = x(f.min);
      if (f.max === undefined) return { kind: 'range', from, to: x1, open: true };
      // A range too narrow to see is widened to 4 units, centred on it.
      const to = x(f.max);
      const mid = (from + to) / 2;
      return to - from >= 4
        ? { kind: 'range', from, to, open: false }
        : { kind: 'range', from: r1(mid - 2), to: r1(mid + 2), open: false };
    }
    case 'none':
      return { kind: 'zero', x: x(0) };
    default:
      return { kind: 'missing' };
  }
}

/** The space a mark takes up on its row, for keeping labels off it. */
export function markBox(mark: CountMark, y: number): Box | undefined {
  const box = (x0: number, x1: number, h: number): Box => boxFrom(x0, x1, y - h, y + h);
  switch (mark.kind) {
    case 'point':
      return box(mark.x - 5, mark.x + 5, 5);
    case 'open':
      return mark.direction === 'right' ? box(mark.x - 5, mark.to, 5) : box(mark.to, mark.x + 5, 5);
    case 'band':
      return box(Math.min(mark.from, mark.x - 5), Math.max(mark.to, mark.x + 5), 7);
    case 'range':
      return box(mark.from, mark.to, 6);
    case 'zero':
      return box(mark.x - 2, mark.x + 2, 7);
    case 'missing':
      return undefined;
  }
}

/** The kinds of mark the key can explain: one for each way a figure can be hedged. */
export type MarkKey = 'exact' | 'at-least' | 'more-than' | 'fewer-than' | 'about' | 'range';

/** Which entry of the key explains a mark; none for a bar at zero or no mark, which carry words. */
export function markKey(mark: CountMark): MarkKey | undefined {
  switch (mark.kind) {
    case 'point':
      return 'exact';
    case 'open':
      return mark.direction === 'left' ? 'fewer-than' : mark.filled ? 'at-least' : 'more-than';
    case 'band':
      return 'about';
    case 'range':
      return 'range';
    default:
      return undefined;
  }
}

/** One mark of each kind, laid out in a 46 × 16 box centred on y = 0, for the chart's key. */
export const KEY_MARKS: ReadonlyArray<{ key: MarkKey; mark: CountMark; text: string }> = [
  { key: 'exact', mark: { kind: 'point', x: 10 }, text: 'An exact figure' },
  {
    key: 'at-least',
    mark: { kind: 'open', direction: 'right', x: 8, to: 44, filled: true },
    text: '“At least”: that many or more',
  },
  { key: 'more-than', mark: { kind: 'open', direction: 'right', x: 8, to: 44, filled: false }, text: '“More than”' },
  { key: 'fewer-than', mark: { kind: 'open', direction: 'left', x: 38, to: 2, filled: false }, text: '“Fewer than”' },
  { key: 'about', mark: { kind: 'band', x: 23, from: 10, to: 36 }, text: '“About”: a band of 10% either side' },
  { key: 'range', mark: { kind: 'range', from: 6, to: 40, open: false }, text: 'Words with no number, read as a range' },
];

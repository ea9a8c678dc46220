import type { Figure } from '../../lib/schemas/index.ts';
import { markBox } from './counts-marks.ts';
import { boxFrom, overlaps } from '../../charts/boxes.ts';
import { textWidth } from '../../charts/text.ts';
import { COUNTS, r1, type CountsMetrics } from './counts-metrics.ts';
import type { Box, CountLabel, CountMark, CountRow } from './counts-types.ts';

/** Words for the hedges a mark cannot carry alone, unless the caller gives its own. */
export const DEFAULT_WORDS = { about: 'about', none: 'none', notGiven: 'not given', notACount: 'not a count' };

/** Words in curly quotation marks, without doubling marks the words already carry (“multiple facilities”). */
export function quoted(words: string): string {
  const bare = words.trim().replace(/^[“"]+|[”"]+$/g, '');
  return `“${bare}”`;
}

/** Rows with their names beside the mark, at the base type size: what a caller gets unless it says. */
const SIDE_BY_SIDE = { fontSize: COUNTS.fontSize, stacked: false } as const;

/** The box a line of text occupies, from its anchor point and baseline. */
function textBox(x: number, y: number, w: number, anchor: CountLabel['anchor'], size: number): Box {
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  // Capitals reach about 0.8 of the size above the baseline, descenders about a quarter below.
  const k = size / COUNTS.fontSize;
  return boxFrom(x0, x0 + w, y - 9 * k, y + 3 * k);
}

/**
 * The hedge in words, at a fixed place beside its mark: "about" over a band (after it, when the
 * row is stacked and its names sit above), "none" after a bar at zero, and "not given" (or "not a
 * count") where there is no mark at all.
 */
export function hedgeOf(
  f: Figure,
  mark: CountMark,
  y: number,
  x0: number,
  words: typeof DEFAULT_WORDS,
  m: Pick<CountsMetrics, 'fontSize' | 'stacked'> = SIDE_BY_SIDE,
): CountLabel | undefined {
  const label = (x: number, baseline: number, text: string, anchor: CountLabel['anchor']): CountLabel => ({
    x: r1(x),
    y: r1(baseline),
    text,
    anchor,
    // Set in the chart's semibold italic.
    box: textBox(x, baseline, textWidth(text, m.fontSize, { strong: true }), anchor, m.fontSize),
  });
  const line = y + 4 * (m.fontSize / COUNTS.fontSize);
  if (mark.kind === 'band')
    return m.stacked ? label(mark.to + 6, line, words.about, 'start') : label(mark.x, y - 10, words.about, 'middle');
  if (mark.kind === 'zero') return label(mark.x + 8, line, words.none, 'start');
  if (mark.kind === 'missing') return label(x0 + 5, line, f.type === 'text' ? words.notACount : words.notGiven, 'start');
  return undefined;
}

/**
 * Tries the places a row's quote can go, in order, and takes the first that stays inside the plot
 * and hits nothing already `taken` (other labels, marks); undefined when none is free. A stacked
 * row has its names above its line, so its quote goes only beside the mark.
 */
export function placeStated(
  text: string,
  row: CountRow,
  x0: number,
  x1: number,
  taken: readonly Box[],
  m: Pick<CountsMetrics, 'fontSize' | 'stacked'> = SIDE_BY_SIDE,
): CountLabel | undefined {
  const w = textWidth(text, m.fontSize);
  const { y } = row;
  const own = markBox(row.mark, y);
  // Where the row's ink is: the mark, or the hedge words when there is no mark.
  const end = (b: Box | undefined): number | undefined => b && b.x + b.width;
  const left = own?.x ?? row.hedge?.box.x ?? x0;
  const right = Math.max(end(own) ?? x0, end(row.hedge?.box) ?? x0);
  const openLeft = row.mark.kind === 'open' && row.mark.direction === 'left';
  const markX = 'x' in row.mark ? row.mark.x : left;
  const line = y + 4 * (m.fontSize / COUNTS.fontSize);
  const over = y - 10 * (m.fontSize / COUNTS.fontSize);
  type Candidate = readonly [x: number, baseline: number, anchor: CountLabel['anchor']];
  // Just above the line, reading away from the mark in the direction an open arrow points.
  const overMark: Candidate[] = openLeft
    ? [
        [markX + 4, over, 'end'],
        [markX - 4, over, 'start'],
      ]
    : [
        [markX + 4, over, 'start'],
        [markX - 4, over, 'end'],
      ];
  const beside: Candidate[] = [
    // Beside the mark, on the row's line.
    [right + 8, line, 'start'],
    [left - 8, line, 'end'],
  ];
  const candidates: Candidate[] = m.stacked
    ? beside
    : [
        ...beside,
        ...overMark,
        // Above the line, against either edge of the plot.
        [x1, over, 'end'],
        [x0, over, 'start'],
      ];
  for (const [x, baseline, anchor] of candidates) {
    const box = textBox(x, baseline, w, anchor, m.fontSize);
    if (box.x < x0 || box.x + box.width > x1) continue;
    // Kept 4 units from its neighbours across; rows already keep them apart down.
    if (taken.some((b) => overlaps(box, b, 4, 0))) continue;
    return { x: r1(x), y: r1(baseline), text, anchor, box };
  }
  return undefined;
}

import { scaleLinear } from 'd3-scale';
import type { Claim, Figure, Question } from '../schemas/index.ts';

/**
 * "Conflicting counts": one small panel per question, one row per claim, every figure drawn
 * exactly as hedged as its source gives it, on a linear scale that starts at zero.
 *
 *  - exact        a dot
 *  - at least     a dot, and a line with an arrowhead running to the panel's right edge
 *  - more than    an open circle (the value itself excluded), with the same arrow
 *  - fewer than   an open circle, with an arrow running left to zero
 *  - about        a dot in a soft band of ±10%, labelled "about"
 *  - vague        a hatched bar over the editors' reading (min–max, or min and open to the right)
 *  - none         a bar at zero, labelled "none"
 *  - unknown      no mark; the row says "not given" (a text answer says "not a count")
 *
 * Pure: questions, claims and a width in; rows, ticks, marks and label positions out, rounded
 * to a tenth of a unit so the output is stable. Nothing here touches the DOM.
 */

export type CountMark =
  | { kind: 'point'; x: number }
  | { kind: 'open'; direction: 'right' | 'left'; x: number; to: number; filled: boolean }
  | { kind: 'band'; x: number; from: number; to: number }
  | { kind: 'range'; from: number; to: number; open: boolean }
  | { kind: 'zero'; x: number }
  | { kind: 'missing' };

export interface CountLabel {
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  /** The box it takes up, for tests and collision checks. */
  box: Box;
}

export interface CountRow {
  claimId: string;
  /** The seed the claim cites first. */
  source: string;
  /** Who gives the figure, wrapped to fit the label column. */
  claimantLines: string[];
  /** Top of the row's band; the row's line runs at `y`. */
  top: number;
  height: number;
  y: number;
  mark: CountMark;
  /** "about", "none", "not given": the hedge in words, where the mark alone would not say it. */
  hedge?: CountLabel;
  /** The source's own words, where there is room for them; otherwise only in the tip and the table. */
  stated?: CountLabel;
}

export interface CountPanel {
  questionId: string;
  title: string;
  unit?: string;
  /** Baseline of the panel's title. */
  titleY: number;
  /** Baseline of the column headings. */
  headY: number;
  top: number;
  height: number;
  /** The plot's left edge (zero), the end of the scale, and the right edge, where open arrows end. */
  x0: number;
  axisEnd: number;
  x1: number;
  ticks: Array<{ x: number; value: number; label: string }>;
  /** Baseline of the tick labels; gridlines run from the first row to just above it. */
  axisY: number;
  rows: CountRow[];
}

export interface CountsLayout {
  width: number;
  height: number;
  /** Left edges of the source and claimant columns. */
  sourceX: number;
  claimantX: number;
  panels: CountPanel[];
}

export interface CountsOptions {
  width: number;
  /** Who gives the figure, as readers should see it; defaults to the claimant's id. */
  claimant?: (claim: Claim) => string;
  /** Tick labels; defaults to English digit grouping. */
  format?: (n: number) => string;
  /** Words for the hedges the marks cannot carry alone. */
  words?: Partial<Record<'about' | 'none' | 'notGiven' | 'notACount', string>>;
}

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Figure types that place a mark on a number line. */
const NUMERIC: ReadonlySet<Figure['type']> = new Set(['exact', 'at-least', 'more-than', 'fewer-than', 'about', 'vague', 'none']);

export function isNumericFigure(f: Figure): boolean {
  return NUMERIC.has(f.type);
}

/** Layout constants, in SVG units at a 720-unit-wide chart. */
export const COUNTS = {
  sourceX: 0,
  claimantX: 46,
  claimantWidth: 192,
  plotLeft: 262,
  right: 22,
  rowMin: 32,
  lineHeight: 13,
  /** Room above a row's line for a label set over it. */
  above: 21,
  /** How far open arrows run past the end of the scale, so they never seem to stop at its last tick. */
  overshoot: 18,
  panelGap: 30,
  fontSize: 11,
  /** Half-width of a band around "about": ±10%. */
  aboutSpread: 0.1,
  /** How far past the largest value the scale runs, so open arrows have room to point. */
  headroom: 1.12,
} as const;

const DEFAULT_WORDS = { about: 'about', none: 'none', notGiven: 'not given', notACount: 'not a count' };

const r1 = (n: number): number => Math.round(n * 10) / 10;

/** Words in curly quotation marks, without doubling marks the words already carry (“multiple facilities”). */
export function quoted(words: string): string {
  const bare = words.trim().replace(/^[“"]+|[”"]+$/g, '');
  return `“${bare}”`;
}

/** Rough width of text in SVG units at the chart's 11px type (Inter averages about 0.55em a character). */
export function textWidth(text: string, size: number = COUNTS.fontSize): number {
  return r1(text.length * size * 0.55);
}

/** Splits text into lines no wider than `width`, breaking at spaces (a long word gets a line of its own). */
export function wrapText(text: string, width: number, size: number = COUNTS.fontSize): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The largest number a figure reaches on the scale (the top of its band or range). */
function reach(f: Figure): number {
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

function overlaps(a: Box, b: Box, pad = 4): boolean {
  return a.x0 < b.x1 + pad && a.x1 + pad > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
}

/** The box a line of text occupies, from its anchor point and baseline. */
function textBox(x: number, y: number, w: number, anchor: CountLabel['anchor']): Box {
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x0: r1(x0), x1: r1(x0 + w), y0: r1(y - 9), y1: r1(y + 3) };
}

/** The space a mark takes up on its row, for keeping labels off it. */
function markBox(mark: CountMark, y: number): Box | undefined {
  const box = (x0: number, x1: number, h: number): Box => ({ x0: r1(x0), x1: r1(x1), y0: r1(y - h), y1: r1(y + h) });
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

/**
 * Lays out the "conflicting counts" figure. Questions keep the order given; claims keep the
 * data's order within each question. Throws if a question has no claims with a number.
 */
export function layoutCounts(questions: readonly Question[], claims: readonly Claim[], options: CountsOptions): CountsLayout {
  const { width } = options;
  const claimant = options.claimant ?? ((c: Claim) => c.claimant ?? `Source ${c.cites[0]!.seed}`);
  const format = options.format ?? ((n: number) => n.toLocaleString('en'));
  const words = { ...DEFAULT_WORDS, ...options.words };
  const x0 = COUNTS.plotLeft;
  const x1 = width - COUNTS.right;
  const axisEnd = x1 - COUNTS.overshoot;

  const panels: CountPanel[] = [];
  let top = 0;
  for (const question of questions) {
    const own = claims.filter((c) => c.question === question.id);
    if (!own.some((c) => isNumericFigure(c.figure))) {
      throw new Error(`question "${question.id}" has no claim with a number to draw`);
    }

    const max = Math.max(1, ...own.map((c) => reach(c.figure)));
    const scale = scaleLinear()
      .domain([0, max * COUNTS.headroom])
      .range([x0, axisEnd])
      .nice(5);
    const x = (v: number): number => r1(scale(v));
    const ticks = scale
      .ticks(5)
      .filter((v) => Number.isInteger(v))
      .map((value) => ({ x: x(value), value, label: format(value) }));

    const titleY = top + 14;
    const headY = top + 34;
    let rowTop = top + 42;
    const rows: CountRow[] = [];
    const placed: Box[] = [];
    const marks: Box[] = [];

    for (const c of own) {
      const lines = wrapText(claimant(c), COUNTS.claimantWidth);
      const height = Math.max(COUNTS.rowMin, lines.length * COUNTS.lineHeight + 8);
      const y = r1(rowTop + Math.max(COUNTS.above, height / 2 + 2));
      const mark = markOf(c.figure, x, x0, x1);
      const row: CountRow = {
        claimId: c.id,
        source: c.cites[0]!.seed,
        claimantLines: lines,
        top: r1(rowTop),
        height,
        y,
        mark,
      };
      const mb = markBox(mark, y);
      if (mb) marks.push(mb);

      // The hedge in words, at a fixed place beside its mark.
      const hedge = hedgeOf(c.figure, mark, y, x0, words);
      if (hedge) {
        row.hedge = hedge;
        placed.push(hedge.box);
      }
      rows.push(row);
      rowTop += height;
    }

    // The source's words: beside the mark on its line, else just above the line; where
    // neither has room, only in the tooltip and the table.
    for (const row of rows) {
      const c = own.find((cl) => cl.id === row.claimId)!;
      const text = quoted(c.stated);
      const label = placeStated(text, row, x0, x1, [...placed, ...marks]);
      if (label) {
        row.stated = label;
        placed.push(label.box);
      }
    }

    const axisY = r1(rowTop + 16);
    const height = r1(axisY + 6 - top);
    panels.push({
      questionId: question.id,
      title: question.label,
      ...(question.unit ? { unit: question.unit } : {}),
      titleY: r1(titleY),
      headY: r1(headY),
      top: r1(top),
      height,
      x0,
      axisEnd,
      x1,
      ticks,
      axisY,
      rows,
    });
    top += height + COUNTS.panelGap;
  }

  return {
    width,
    height: r1(Math.max(0, top - COUNTS.panelGap)),
    sourceX: COUNTS.sourceX,
    claimantX: COUNTS.claimantX,
    panels,
  };
}

function markOf(f: Figure, x: (v: number) => number, x0: number, x1: number): CountMark {
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

function hedgeOf(f: Figure, mark: CountMark, y: number, x0: number, words: typeof DEFAULT_WORDS): CountLabel | undefined {
  const label = (x: number, baseline: number, text: string, anchor: CountLabel['anchor']): CountLabel => ({
    x: r1(x),
    y: r1(baseline),
    text,
    anchor,
    box: textBox(x, baseline, textWidth(text), anchor),
  });
  if (mark.kind === 'band') return label(mark.x, y - 10, words.about, 'middle');
  if (mark.kind === 'zero') return label(mark.x + 8, y + 4, words.none, 'start');
  if (mark.kind === 'missing') return label(x0 + 5, y + 4, f.type === 'text' ? words.notACount : words.notGiven, 'start');
  return undefined;
}

/**
 * Tries the places a row's quote can go, in order, and takes the first that stays inside the plot
 * and hits nothing already `taken` (other labels, marks); undefined when none is free.
 */
export function placeStated(text: string, row: CountRow, x0: number, x1: number, taken: readonly Box[]): CountLabel | undefined {
  const w = textWidth(text);
  const { y } = row;
  const own = markBox(row.mark, y);
  // Where the row's ink is: the mark, or the hedge words when there is no mark.
  const left = own?.x0 ?? row.hedge?.box.x0 ?? x0;
  const right = Math.max(own?.x1 ?? x0, row.hedge?.box.x1 ?? x0);
  const openLeft = row.mark.kind === 'open' && row.mark.direction === 'left';
  const markX = 'x' in row.mark ? row.mark.x : left;
  const line = y + 4;
  const over = y - 10;
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
  const candidates: Candidate[] = [
    // Beside the mark, on the row's line.
    [right + 8, line, 'start'],
    [left - 8, line, 'end'],
    ...overMark,
    // Above the line, against either edge of the plot.
    [x1, over, 'end'],
    [x0, over, 'start'],
  ];
  for (const [x, baseline, anchor] of candidates) {
    const box = textBox(x, baseline, w, anchor);
    if (box.x0 < x0 || box.x1 > x1) continue;
    if (taken.some((b) => overlaps(box, b))) continue;
    return { x: r1(x), y: r1(baseline), text, anchor, box };
  }
  return undefined;
}

import type { Event } from '../../lib/schemas/index.ts';
import { DEFAULT_LANES, laneOf, type Lane } from '../../lib/event-kinds.ts';
import { compareDates } from '../../lib/data/dates.ts';
import { textWidth, wrapText } from '../../charts/text.ts';
import type { TimelineMark } from './timeline.ts';

/**
 * A compact timeline of a whole chronology: one cell per lane and period that has events, a
 * period being a month (or a year, for events the sources date only to the year). Months without
 * events are left out, so a chronology that spans years with a few crowded weeks stays small;
 * each event is its own mark, in date order within its cell.
 */
export interface StripLayout {
  width: number;
  height: number;
  orientation: 'horizontal' | 'vertical';
  /** The periods, in order, each with its words (month, and year where it changes) and its band. */
  bins: Array<{ key: string; lines: string[]; x: number; y: number; width: number; height: number }>;
  /** The lanes, each with its band; `lines` is its label, broken to fit (drawn in the horizontal strip only). */
  lanes: Array<{ key: string; lines: string[]; x: number; y: number; width: number; height: number }>;
  marks: TimelineMark[];
  /** Events without a date: listed in the text, not drawn. */
  omitted: string[];
}

export interface StripOptions {
  width: number;
  /** Horizontal: periods left to right, lanes as rows. Vertical (phones): periods down, lanes as columns. */
  orientation: 'horizontal' | 'vertical';
  /** Text size in SVG units, for fitting labels. */
  text: number;
  lanes?: readonly Lane[];
  /** A month's short name. */
  monthName?: (d: Date) => string;
}

/** Distance between marks in a cell, and the mark's own size. */
const STEP = 18;
const PAD = 10;
const LINE = 16;

/** The period an event falls in: its year for a date known only to the year, else its month. */
export const binOf = (e: Event): string => (e.when!.date.length === 4 ? e.when!.date : e.when!.date.slice(0, 7));

export function layoutStrip(events: readonly Event[], options: StripOptions): StripLayout {
  const { width, orientation, text } = options;
  const lanes = options.lanes ?? DEFAULT_LANES;
  const monthName =
    options.monthName ?? ((d: Date) => new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(d));
  const kinds = { eventKinds: lanes };
  const omitted = events.filter((e) => !e.when).map((e) => e.id);
  const dated = events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.when)
    .sort((a, b) => compareDates(a.e.when!.date, b.e.when!.date) || a.i - b.i)
    .map(({ e }) => e);
  // A year-only period sorts before the months of that year ('2019' < '2019-01').
  const keys = [...new Set(dated.map(binOf))].sort();
  const cell = (bin: string, lane: string): Event[] =>
    dated.filter((e) => binOf(e) === bin && laneOf(kinds, e.kind).key === lane);
  const most = (bin: string): number => Math.max(1, ...lanes.map((l) => cell(bin, l.key).length));
  const lines = keys.map((key, i) => {
    const year = key.slice(0, 4);
    if (key.length === 4) return [year];
    const month = monthName(new Date(`${key}-01T00:00:00Z`));
    return i > 0 && keys[i - 1]!.slice(0, 4) === year ? [month] : [month, year];
  });
  // The room the widest period's words take (a year is set in semibold).
  const periodWidth = Math.ceil(
    Math.max(0, ...lines.flat().map((line) => textWidth(line, text, { strong: /^\d{4}$/.test(line) }))),
  );

  const marks: TimelineMark[] = [];
  const place = (bin: string, lane: Lane, x0: number, y0: number, perRow: number): void => {
    cell(bin, lane.key).forEach((e, i) => {
      const mark: TimelineMark = {
        id: e.id,
        lane: lane.key,
        shape: lane.shape,
        colour: lane.colour,
        x: x0 + PAD / 2 + STEP / 2 + (i % perRow) * STEP,
        y: y0 + PAD / 2 + STEP / 2 + Math.floor(i / perRow) * STEP,
        emphasis: false,
      };
      if (e.when!.approximate) mark.approximate = true;
      marks.push(mark);
    });
  };

  if (orientation === 'horizontal') {
    // Lane names wrap at about 13 characters, in a column as wide as the widest line.
    const laneLines = lanes.map((lane) => wrapText(lane.label, 7 * text, text));
    const left = Math.ceil(Math.max(...laneLines.flat().map((line) => textWidth(line, text)))) + 14;
    const available = width - left - 4;
    const minBin = periodWidth + 8;
    // The fewest rows per cell with which every period fits across.
    let rows = 1;
    const binWidth = (key: string, r: number): number => Math.max(minBin, Math.ceil(most(key) / r) * STEP + PAD);
    while (rows < 50 && keys.reduce((w, k) => w + binWidth(k, rows), 0) > available) rows++;
    const spare = Math.max(0, available - keys.reduce((w, k) => w + binWidth(k, rows), 0)) / Math.max(1, keys.length);
    let x = left;
    const bins = keys.map((key, i) => {
      const w = binWidth(key, rows) + spare;
      const bin = { key, lines: lines[i]!, x, y: 0, width: w, height: 0 };
      x += w;
      return bin;
    });
    let y = 4;
    const laneBands = lanes.map((lane, l) => {
      const laneRows = Math.max(
        1,
        ...bins.map((b) => Math.ceil(cell(b.key, lane.key).length / Math.floor((b.width - PAD) / STEP))),
      );
      const label = laneLines[l]!;
      const h = Math.max(laneRows * STEP + PAD, label.length * 15 + 10);
      for (const b of bins)
        place(
          b.key,
          lane,
          b.x + (b.width - PAD - Math.min(most(b.key), Math.floor((b.width - PAD) / STEP)) * STEP) / 2,
          y,
          Math.floor((b.width - PAD) / STEP),
        );
      const band = { key: lane.key, lines: label, x: 0, y, width: left, height: h };
      y += h;
      return band;
    });
    const labelsTop = y + 4;
    for (const b of bins) {
      b.y = labelsTop;
      b.height = LINE * 2 + 4;
    }
    return { width, height: labelsTop + LINE * 2 + 8, orientation, bins, lanes: laneBands, marks, omitted };
  }

  // Vertical: the periods' words in a column at the left, then one column per lane.
  const left = periodWidth + 14;
  const colWidth = (width - left - 4) / lanes.length;
  const perRow = Math.max(1, Math.floor((colWidth - PAD) / STEP));
  const laneBands = lanes.map((lane, i) => ({
    key: lane.key,
    lines: [],
    x: left + i * colWidth,
    y: 0,
    width: colWidth,
    height: 0,
  }));
  let y = 4;
  const bins = keys.map((key, i) => {
    const h = Math.max(Math.ceil(most(key) / perRow) * STEP + PAD, lines[i]!.length * LINE + 8);
    lanes.forEach((lane, j) => {
      const n = Math.min(cell(key, lane.key).length, perRow);
      place(key, lane, laneBands[j]!.x + (colWidth - PAD - n * STEP) / 2, y, perRow);
    });
    const bin = { key, lines: lines[i]!, x: 0, y, width: left, height: h };
    y += h;
    return bin;
  });
  for (const band of laneBands) band.height = y;
  return { width, height: y + 4, orientation, bins, lanes: laneBands, marks, omitted };
}

import { figuresConflict } from '../../lib/claims.ts';
import { compareDates } from '../../lib/data/dates.ts';
import { isSeedCitation, type Citation, type Claim, type Event, type Question } from '../../lib/schemas/index.ts';
import { incidentKinds } from '../../lib/event-kinds.ts';
import { wrapText } from '../counts/counts.ts';
import type { Dataset } from '../../lib/data/load.ts';
import { sourceName } from '../../lib/sources/names.ts';
import { r1 } from '../../charts/round.ts';

/**
 * "Who reported what": key facts down the side, the source documents across the top (and one
 * column for references outside them), and in each cell whether that source states the fact,
 * leaves it out, or gives a different figure or day from another source.
 *
 * Rows are derived from the data, never chosen by hand:
 *  (a) events: the explainer's key events, plus every incident (the kinds of the lanes the
 *      explainer marks `incident`, {@link MatrixInput.incidentKinds}) that begins between the first day of the earliest key event
 *      and the last day of the latest one; in date order. A source states an event when
 *      the event's `cites` or its `when.cite` quote that source.
 *  (b) questions: every question, in the data's order. A source states one when a claim answering
 *      it cites that source, and differs when one of its figures cannot be true together with
 *      a figure another source gives (see {@link figuresConflict}: "six" and "at least eight"
 *      conflict; "a number of" and "six" do not). That is symmetric: when two sources disagree,
 *      both are marked; nothing picks a side.
 *
 * Pure: records in, rows, columns and cells with their geometry out, rounded to a tenth of a unit.
 */

/** The column key for references outside the seeds. */
export const EXTERNAL = 'external';

export type CellState = 'states' | 'omits' | 'differs';

export interface MatrixColumn {
  /** A seed id ("000") or {@link EXTERNAL}. */
  key: string;
  label: string;
  /** The label wrapped to the column's width, one heading line each. */
  lines: string[];
  /** Baseline of the heading's first line: headings end on one baseline, whatever their number of lines. */
  y: number;
  /** Centre of the column. */
  x: number;
}

export interface MatrixRow {
  /** An event or question id. */
  id: string;
  kind: 'event' | 'question';
  label: string;
  lines: string[];
  top: number;
  height: number;
  /** Centre line of the row. */
  y: number;
}

export interface MatrixCell {
  row: string;
  column: string;
  state: CellState;
  x: number;
  y: number;
  r: number;
  /** What the source says: for an event, its citations of that source; for a question, its claims. */
  cites: Citation[];
  claims: string[];
}

export interface MatrixGroup {
  kind: 'event' | 'question';
  label: string;
  /** Baseline of the group's heading. */
  y: number;
}

export interface MatrixLayout {
  width: number;
  height: number;
  /** Right edge of the row labels; the columns start after it. */
  labelRight: number;
  /** Baseline of the column headings' first line. */
  headY: number;
  /** The span of the seed columns, for a heading over them. */
  seedSpan: { x0: number; x1: number; y: number };
  columns: MatrixColumn[];
  groups: MatrixGroup[];
  rows: MatrixRow[];
  cells: MatrixCell[];
}

export interface MatrixInput {
  /** Seed ids in column order. */
  seeds: readonly string[];
  /** Each seed's name for readers, as its column heading; a seed without one is headed by its id. */
  names?: Readonly<Record<string, string>>;
  events: readonly Event[];
  /** Ids of the explainer's key events. */
  keyEvents: readonly string[];
  /** Kinds of event that count as incidents for rule (a). */
  incidentKinds: readonly string[];
  questions: readonly Question[];
  claims: readonly Claim[];
}

/** The matrix's input, taken from a verified dataset. */
export function matrixInput(data: Dataset): MatrixInput {
  return {
    seeds: data.seedSources.map((s) => s.id),
    names: Object.fromEntries(
      data.seedSources.map((s) => [s.id, sourceName(data.seedSources, s.id, 'short', { capital: true })]),
    ),
    events: data.events,
    keyEvents: data.explainer.keyEvents,
    incidentKinds: incidentKinds(data.explainer),
    questions: data.questions,
    claims: data.claims,
  };
}

export interface MatrixOptions {
  width: number;
  /** Column heading of the external column. */
  externalLabel?: string;
  /** Group headings. */
  groupLabels?: { event: string; question: string };
}

/** Layout constants, in SVG units at a 720-unit-wide chart. */
export const MATRIX = {
  columnWidth: 72,
  /** Extra space before the external column, to set it apart. */
  externalGap: 12,
  right: 6,
  /** Height of the heading band with one-line column headings; each further line adds a line's height. */
  headHeight: 46,
  headSize: 11,
  groupHeight: 30,
  rowMin: 26,
  lineHeight: 14,
  labelSize: 12,
  radius: 7,
} as const;

/** First day and the day after the last, as YYYY-MM-DD strings, of a partial date such as `2021-02`. */
function span(date: string, until?: string): [string, string] {
  const start = (s: string): string => (s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);
  const end = (s: string): string => {
    if (s.length === 4) return `${Number(s) + 1}-01-01`;
    if (s.length === 7) {
      const [y, m] = s.split('-').map(Number) as [number, number];
      return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    }
    const d = new Date(`${s}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  };
  return [start(date), end(until ?? date)];
}

/** Rule (a): key events, plus incidents that begin between the first and last key event; by date. */
export function matrixEvents(events: readonly Event[], keyEvents: readonly string[], incidents: readonly string[]): Event[] {
  const keys = new Set(keyEvents);
  const keyed = events.filter((e) => keys.has(e.id));
  const dated = keyed.filter((e) => e.when).map((e) => span(e.when!.date, e.when!.until));
  const from = dated.length ? dated.map((s) => s[0]).sort()[0]! : undefined;
  const to = dated.length
    ? dated
        .map((s) => s[1])
        .sort()
        .at(-1)!
    : undefined;
  const chosen = events.filter((e) => {
    if (keys.has(e.id)) return true;
    if (!incidents.includes(e.kind) || !e.when || !from || !to) return false;
    const [s] = span(e.when.date, e.when.until);
    return s >= from && s < to;
  });
  // Date order; undated key events last; ties keep the data's order.
  return chosen
    .map((e, i) => ({ e, i, d: e.when ? span(e.when.date, e.when.until)[0] : '9999' }))
    .sort((a, b) => compareDates(a.d, b.d) || a.i - b.i)
    .map(({ e }) => e);
}

/** The state of each seed for one question, by rule (b). */
export function questionStates(
  questionId: string,
  claims: readonly Claim[],
  seeds: readonly string[],
): Map<string, { state: CellState; claims: Claim[] }> {
  const own = claims.filter((c) => c.question === questionId);
  const bySeed = new Map(seeds.map((s) => [s, own.filter((c) => c.cites.some((cite) => cite.seed === s))]));
  const out = new Map<string, { state: CellState; claims: Claim[] }>();
  for (const s of seeds) {
    const mine = bySeed.get(s)!;
    if (mine.length === 0) {
      out.set(s, { state: 'omits', claims: [] });
      continue;
    }
    const differs = seeds.some(
      (t) => t !== s && mine.some((c) => bySeed.get(t)!.some((d) => figuresConflict(c.figure, d.figure))),
    );
    out.set(s, { state: differs ? 'differs' : 'states', claims: bySeed.get(s)! });
  }
  return out;
}

/** Lays out the matrix. Column order: the seeds as given, then the external column. */
export function layoutSourceMatrix(input: MatrixInput, options: MatrixOptions): MatrixLayout {
  const { width } = options;
  const groupLabels = options.groupLabels ?? { event: 'Events', question: 'Questions of fact and number' };
  const columnsRight = width - MATRIX.right;
  const nSeeds = input.seeds.length;
  const columnsLeft = columnsRight - (nSeeds + 1) * MATRIX.columnWidth - MATRIX.externalGap;
  const labelRight = r1(columnsLeft - 8);
  const heading = (label: string): string[] => wrapText(label, MATRIX.columnWidth - 4, MATRIX.headSize);
  const heads: Array<Omit<MatrixColumn, 'y'>> = [
    ...input.seeds.map((s, i) => {
      const label = input.names?.[s] ?? s;
      return { key: s, label, lines: heading(label), x: r1(columnsLeft + (i + 0.5) * MATRIX.columnWidth) };
    }),
    {
      key: EXTERNAL,
      label: options.externalLabel ?? 'External',
      lines: heading(options.externalLabel ?? 'External'),
      x: r1(columnsLeft + MATRIX.externalGap + (nSeeds + 0.5) * MATRIX.columnWidth),
    },
  ];
  const extraHeadLines = Math.max(...heads.map((c) => c.lines.length)) - 1;
  const headY = 38 + extraHeadLines * MATRIX.lineHeight;
  const columns: MatrixColumn[] = heads.map((c) => ({ ...c, y: r1(headY - (c.lines.length - 1) * MATRIX.lineHeight) }));

  const groups: MatrixGroup[] = [];
  const rows: MatrixRow[] = [];
  const cells: MatrixCell[] = [];
  let top = MATRIX.headHeight + extraHeadLines * MATRIX.lineHeight;

  const addRow = (
    id: string,
    kind: MatrixRow['kind'],
    label: string,
    states: Map<string, Omit<MatrixCell, 'row' | 'column' | 'x' | 'y' | 'r'>>,
  ): void => {
    const lines = wrapText(label, labelRight, MATRIX.labelSize);
    const height = Math.max(MATRIX.rowMin, lines.length * MATRIX.lineHeight + 10);
    const y = r1(top + height / 2);
    rows.push({ id, kind, label, lines, top: r1(top), height, y });
    for (const col of columns) {
      const s = states.get(col.key) ?? { state: 'omits' as const, cites: [], claims: [] };
      cells.push({ row: id, column: col.key, x: col.x, y, r: MATRIX.radius, ...s });
    }
    top += height;
  };

  const events = matrixEvents(input.events, input.keyEvents, input.incidentKinds);
  if (events.length) {
    groups.push({ kind: 'event', label: groupLabels.event, y: r1(top + 20) });
    top += MATRIX.groupHeight;
    for (const e of events) {
      const all: Citation[] = [...e.cites, ...(e.when ? [e.when.cite] : [])];
      const states = new Map<string, Omit<MatrixCell, 'row' | 'column' | 'x' | 'y' | 'r'>>();
      for (const col of columns) {
        const cites = all.filter((c) => (col.key === EXTERNAL ? !isSeedCitation(c) : isSeedCitation(c) && c.seed === col.key));
        states.set(col.key, { state: cites.length ? 'states' : 'omits', cites, claims: [] });
      }
      addRow(e.id, 'event', e.title, states);
    }
  }

  if (input.questions.length) {
    groups.push({ kind: 'question', label: groupLabels.question, y: r1(top + 20) });
    top += MATRIX.groupHeight;
    for (const q of input.questions) {
      const byseed = questionStates(q.id, input.claims, input.seeds);
      const states = new Map<string, Omit<MatrixCell, 'row' | 'column' | 'x' | 'y' | 'r'>>();
      for (const [seed, { state, claims }] of byseed) {
        states.set(seed, {
          state,
          cites: claims.flatMap((c) => c.cites.filter((cite) => cite.seed === seed)),
          claims: claims.map((c) => c.id),
        });
      }
      // Claims cite only the seeds, so the external column stays empty for questions.
      addRow(q.id, 'question', q.label, states);
    }
  }

  const seedsLeft = columns[0]!.x - MATRIX.columnWidth / 2;
  const seedsRight = nSeeds ? columns[nSeeds - 1]!.x + MATRIX.columnWidth / 2 : seedsLeft;
  return {
    width,
    height: r1(top + 4),
    labelRight,
    headY,
    seedSpan: { x0: r1(seedsLeft), x1: r1(seedsRight), y: 16 },
    columns,
    groups,
    rows,
    cells,
  };
}

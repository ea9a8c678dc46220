import { figuresConflict } from '../../lib/claims.ts';
import { compareDates } from '../../lib/data/dates.ts';
import { isSeedCitation, type Citation, type Claim, type Event, type Question } from '../../lib/schemas/index.ts';
import { incidentKinds } from '../../lib/event-kinds.ts';
import { textWidth, wrapText } from '../../charts/text.ts';
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
/** The column key for the sources grouped past the limit (see {@link MatrixOptions.maxColumns}). */
export const OTHERS = 'others';

export type CellState = 'states' | 'omits' | 'differs';

export interface MatrixColumn {
  /** A seed id ("000"), {@link OTHERS} or {@link EXTERNAL}. */
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
  /** Baseline of the label's first line. */
  labelY: number;
  top: number;
  height: number;
  /** Line the row's marks sit on: its centre, or under its label when stacked. */
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
  /** For the column of grouped sources: how many of them state the fact, differ, or omit it. */
  tally?: Record<CellState, number>;
}

export interface MatrixGroup {
  kind: 'event' | 'question';
  label: string;
  /** Baseline of the group's heading. */
  y: number;
}

/**
 * A stretch of the matrix printed whole, from `top` to `bottom` in the layout's units: the
 * component draws each as its own chart, so a long matrix breaks between parts on paper, and
 * every part opens with the column headings.
 */
export interface MatrixPart {
  top: number;
  bottom: number;
}

export interface MatrixLayout {
  width: number;
  height: number;
  /** Size of the row labels and headings, in units. */
  fontSize: number;
  lineHeight: number;
  columnWidth: number;
  /** Whether each row's label sits on its own lines above its marks (the phone layout). */
  stacked: boolean;
  /**
   * Where the column headings are drawn: at the top of every part when the labels sit beside the
   * marks; at the top of every group, turned upright, when stacked. The y of the headings' foot.
   */
  headBands: number[];
  /** Top to bottom, each no taller than {@link MatrixOptions.partHeight}; one when it is not given. */
  parts: MatrixPart[];
  /** The seeds grouped into the {@link OTHERS} column, when there are more than the limit. */
  grouped: string[];
  /** Right edge of the row labels; the columns start after it. */
  labelRight: number;
  /** Baseline of the column headings' first line. */
  headY: number;
  /** The span of the seed columns, for a heading over them: its baseline this far above each head band's foot. */
  seedSpan: { x0: number; x1: number; above: number };
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
  /** Size of the labels and headings (12 unless given). */
  fontSize?: number;
  /** Each row's label on its own lines above its marks, the headings upright over the columns: for a phone. */
  stacked?: boolean;
  /** Past this many source columns, the last ones are grouped into one ({@link MATRIX.maxColumns} unless given). */
  maxColumns?: number;
  /** Heading of the grouped column, from the number of sources in it. */
  othersLabel?: (n: number) => string;
  /** Column heading of the external column. */
  externalLabel?: string;
  /** Group headings. */
  groupLabels?: { event: string; question: string };
  /**
   * Tallest part, in units: past it, the matrix goes on in a new part that repeats the column
   * headings and the group's heading, continued. Without it the matrix is one part.
   */
  partHeight?: number;
  /** A group's heading where it goes on in a new part ("Events, continued" unless given). */
  continued?: (label: string) => string;
}

/** Layout constants, in SVG units at a 720-unit-wide chart. */
export const MATRIX = {
  columnWidth: 72,
  /** Extra space before the external column, to set it apart. */
  externalGap: 12,
  right: 6,
  /** Height of the heading band with one-line column headings; each further line adds a line's height. */
  headHeight: 46,
  groupHeight: 30,
  rowMin: 26,
  lineHeight: 14,
  labelSize: 12,
  radius: 7,
  /**
   * Tallest part of the wide layout: the print edition draws a chart at most 180 mm tall in its
   * 170 mm column (src/styles/global.css), so 608 units wide, a part of 640 prints at full size.
   */
  printPart: 640,
  /**
   * Most source columns drawn one by one: past a dozen, a matrix grows with every source until it
   * outweighs the chapter; the rest share a column, and each one's detail stays on its own page.
   */
  maxColumns: 12,
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

/** How a cell stands, of a group of sources: at odds if any is, stated if any states it, else omitted. */
function groupState(tally: Record<CellState, number>): CellState {
  return tally.differs > 0 ? 'differs' : tally.states > 0 ? 'states' : 'omits';
}

type CellFacts = Omit<MatrixCell, 'row' | 'column' | 'x' | 'y' | 'r'>;

/**
 * Lays out the matrix. Column order: the seeds as given (past `maxColumns`, the first ones and
 * then one column for the rest), then the external column.
 */
export function layoutSourceMatrix(input: MatrixInput, options: MatrixOptions): MatrixLayout {
  const { width } = options;
  const stacked = options.stacked ?? false;
  const size = options.fontSize ?? MATRIX.labelSize;
  const k = size / MATRIX.labelSize;
  const lineHeight = r1(MATRIX.lineHeight * k);
  const groupLabels = options.groupLabels ?? { event: 'Events', question: 'Questions of fact and number' };
  const maxColumns = options.maxColumns ?? MATRIX.maxColumns;
  const grouping = input.seeds.length > maxColumns;
  const shown = grouping ? input.seeds.slice(0, maxColumns - 1) : input.seeds;
  const grouped = grouping ? input.seeds.slice(maxColumns - 1) : [];
  const nSeeds = shown.length + (grouping ? 1 : 0);
  const columnsRight = width - MATRIX.right;
  // Stacked, the columns share the full width; beside the labels, each is wide enough for its heading.
  const gap = stacked ? MATRIX.externalGap / 2 : MATRIX.externalGap;
  const columnWidth = stacked ? r1((columnsRight - gap) / (nSeeds + 1)) : r1(MATRIX.columnWidth * Math.max(1, k * 0.9));
  const columnsLeft = stacked ? 0 : columnsRight - (nSeeds + 1) * columnWidth - gap;
  const labelRight = stacked ? r1(columnsRight) : r1(columnsLeft - 8);
  // Upright headings need no wrapping; level ones wrap to their column. Both are set in semibold at the chart's size.
  const headStyle = { strong: true };
  const heading = (label: string): string[] => (stacked ? [label] : wrapText(label, columnWidth - 4, size, headStyle));
  const othersLabel = options.othersLabel ?? ((n: number) => `${n} other sources`);
  const heads: Array<Omit<MatrixColumn, 'y'>> = [
    ...shown.map((s, i) => {
      const label = input.names?.[s] ?? s;
      return { key: s, label, lines: heading(label), x: r1(columnsLeft + (i + 0.5) * columnWidth) };
    }),
    ...(grouping
      ? [
          {
            key: OTHERS,
            label: othersLabel(grouped.length),
            lines: heading(othersLabel(grouped.length)),
            x: r1(columnsLeft + (shown.length + 0.5) * columnWidth),
          },
        ]
      : []),
    {
      key: EXTERNAL,
      label: options.externalLabel ?? 'External',
      lines: heading(options.externalLabel ?? 'External'),
      x: r1(columnsLeft + gap + (nSeeds + 0.5) * columnWidth),
    },
  ];
  const extraHeadLines = Math.max(...heads.map((c) => c.lines.length)) - 1;
  // Upright headings stand as tall as the longest one.
  const uprightHeight = stacked ? Math.max(...heads.map((c) => textWidth(c.label, size, headStyle))) + 10 : 0;
  const headY = stacked ? 0 : r1((38 + extraHeadLines * MATRIX.lineHeight) * k);
  // Each heading's first line, in a band whose foot is at 0.
  const columns: MatrixColumn[] = heads.map((c) => ({ ...c, y: r1(-(c.lines.length - 1) * lineHeight) }));
  const headHeight = stacked ? 0 : r1((MATRIX.headHeight + extraHeadLines * MATRIX.lineHeight) * k);
  const partHeight = options.partHeight ?? Infinity;
  const continued = options.continued ?? ((label: string) => `${label}, continued`);

  /** Rows, headings and parts with no part taller than `limit`. */
  const place = (limit: number) => {
    const groups: MatrixGroup[] = [];
    const rows: MatrixRow[] = [];
    const cells: MatrixCell[] = [];
    const headBands: number[] = [];
    const parts: MatrixPart[] = [];
    let top = 0;
    let partTop = 0;
    // The group rows are being added to, and whether its heading is still to be drawn.
    let group: { kind: MatrixGroup['kind']; label: string; drawn: boolean } | undefined;

    const groupHeading = (kind: MatrixGroup['kind'], label: string): void => {
      groups.push({ kind, label, y: r1(top + 20 * k) });
      top += MATRIX.groupHeight * k;
      if (stacked) {
        headBands.push(r1(top + uprightHeight - 4));
        top += uprightHeight;
      }
    };
    const headingHeight = MATRIX.groupHeight * k + uprightHeight;
    const openPart = (): void => {
      if (rows.length) {
        parts.push({ top: r1(partTop), bottom: r1(top) });
        partTop = top;
      }
      if (!stacked) {
        headBands.push(r1(top + headY));
        top += headHeight;
      }
    };
    const startGroup = (kind: MatrixGroup['kind'], label: string): void => {
      group = { kind, label, drawn: false };
    };

    /** A row's height and where its label and marks sit, from the top of the row. */
    const measure = (lines: string[]): { height: number; y: number; labelY: number } => {
      if (stacked) {
        const labelY = size + 6;
        const y = labelY + (lines.length - 1) * lineHeight + 8 + MATRIX.radius + 4;
        return { height: y + MATRIX.radius + 8, y, labelY };
      }
      const height = Math.max(MATRIX.rowMin * k, lines.length * lineHeight + 10);
      return { height, y: height / 2, labelY: height / 2 + 4 * k - ((lines.length - 1) * lineHeight) / 2 };
    };

    const addRow = (id: string, kind: MatrixRow['kind'], label: string, states: Map<string, CellFacts>): void => {
      const lines = wrapText(label, labelRight, size);
      const m = measure(lines);
      const g = group!;
      // A group's heading goes with its first row; a row that would make its part too tall opens
      // the next, under the column headings and its group's heading, continued.
      const need = (g.drawn ? 0 : headingHeight) + m.height;
      if (!rows.length) openPart();
      else if (top + need - partTop > limit) {
        openPart();
        if (g.drawn) groupHeading(g.kind, continued(g.label));
      }
      if (!g.drawn) {
        groupHeading(g.kind, g.label);
        g.drawn = true;
      }
      const height = r1(m.height);
      const y = r1(top + m.y);
      const labelY = r1(top + m.labelY);
      rows.push({ id, kind, label, lines, labelY, top: r1(top), height, y });
      for (const col of columns) {
        const s = states.get(col.key) ?? { state: 'omits' as const, cites: [], claims: [] };
        cells.push({ row: id, column: col.key, x: col.x, y, r: MATRIX.radius, ...s });
      }
      top += height;
    };

    /** The grouped sources' column: how many state, differ, omit; never their passages, which stay on each source's page. */
    const others = (each: (seed: string) => CellState): CellFacts => {
      const tally: Record<CellState, number> = { states: 0, differs: 0, omits: 0 };
      for (const seed of grouped) tally[each(seed)] += 1;
      return { state: groupState(tally), cites: [], claims: [], tally };
    };

    const events = matrixEvents(input.events, input.keyEvents, input.incidentKinds);
    if (events.length) {
      startGroup('event', groupLabels.event);
      for (const e of events) {
        const all: Citation[] = [...e.cites, ...(e.when ? [e.when.cite] : [])];
        const bySeed = (seed: string): Citation[] => all.filter((c) => isSeedCitation(c) && c.seed === seed);
        const states = new Map<string, CellFacts>();
        for (const col of columns) {
          if (col.key === OTHERS) {
            states.set(
              OTHERS,
              others((seed) => (bySeed(seed).length ? 'states' : 'omits')),
            );
            continue;
          }
          const cites = col.key === EXTERNAL ? all.filter((c) => !isSeedCitation(c)) : bySeed(col.key);
          states.set(col.key, { state: cites.length ? 'states' : 'omits', cites, claims: [] });
        }
        addRow(e.id, 'event', e.title, states);
      }
    }

    if (input.questions.length) {
      startGroup('question', groupLabels.question);
      for (const q of input.questions) {
        const byseed = questionStates(q.id, input.claims, input.seeds);
        const states = new Map<string, CellFacts>();
        for (const seed of shown) {
          const { state, claims } = byseed.get(seed)!;
          states.set(seed, {
            state,
            cites: claims.flatMap((c) => c.cites.filter((cite) => cite.seed === seed)),
            claims: claims.map((c) => c.id),
          });
        }
        if (grouping)
          states.set(
            OTHERS,
            others((seed) => byseed.get(seed)!.state),
          );
        // Claims cite only the seeds, so the external column stays empty for questions.
        addRow(q.id, 'question', q.label, states);
      }
    }
    parts.push({ top: r1(partTop), bottom: r1(top + 4) });
    return { groups, rows, cells, headBands, parts, height: r1(top + 4) };
  };
  // As few parts as the limit allows, and of even height: the lowest limit that needs no more of
  // them, found to a unit, so that no part is left with a row or two.
  let placed = place(partHeight);
  if (placed.parts.length > 1) {
    let [low, high] = [0, Math.min(partHeight, placed.height)];
    while (high - low > 1) {
      const mid = (low + high) / 2;
      const trial = place(mid);
      if (trial.parts.length <= placed.parts.length && trial.parts.every((part) => part.bottom - part.top <= mid + 4)) high = mid;
      else low = mid;
    }
    placed = place(high);
  }
  const { groups, rows, cells, headBands, parts } = placed;

  const seedsLeft = columns[0]!.x - columnWidth / 2;
  const seedsRight = nSeeds ? columns[nSeeds - 1]!.x + columnWidth / 2 : seedsLeft;
  return {
    width,
    height: placed.height,
    parts,
    fontSize: size,
    lineHeight,
    columnWidth,
    stacked,
    headBands,
    grouped,
    labelRight,
    headY,
    seedSpan: { x0: r1(seedsLeft), x1: r1(seedsRight), above: r1(headY - 16 * k) },
    columns,
    groups,
    rows,
    cells,
  };
}

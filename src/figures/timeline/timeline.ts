import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonth } from 'd3-time';
import type { Event } from '../../lib/schemas/index.ts';
import { DEFAULT_LANES, laneOf, type Lane } from '../../lib/event-kinds.ts';
import type { MarkerShape } from '../../charts/shapes.ts';
import { compareDates } from '../../lib/data/dates.ts';
import { overlaps, type Box } from '../../charts/boxes.ts';
import { textWidth, wrapText } from '../../charts/text.ts';

/** A lane's key, as the explainer declares it. */
export type LaneKey = string;
export type Shape = MarkerShape;

export interface TimelineMark {
  id: string;
  lane: LaneKey;
  shape: Shape;
  /** The lane's colour slot. */
  colour: number;
  /** Centre, or the start of a span. */
  x: number;
  y: number;
  /** For dates known only to the month or year, or periods: the span's end. */
  x1?: number;
  /** Events of an emphasised lane are drawn larger and always labelled. */
  emphasis: boolean;
  /** The event began before the range shown (drawn with an arrow). */
  clipped?: boolean;
  /** The sources date it loosely. */
  approximate?: boolean;
  label?: { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end'; lines?: string[] };
  /** A vertical layout's span: its end, down the page. */
  y1?: number;
  /** A line from the mark to a label set apart from it. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface TimelinePanel {
  /** Top of the panel in the SVG. */
  top: number;
  height: number;
  x0: number;
  x1: number;
  /** Each lane's label, broken into the lines drawn left of it. */
  lanes: Array<{ key: LaneKey; label: string; lines: string[]; y: number }>;
  ticks: Array<{ x: number; label: string; major: boolean }>;
  marks: TimelineMark[];
}

export interface TimelineLayout {
  width: number;
  height: number;
  overview: TimelinePanel;
  /** The zoomed days, or undefined when no event falls in them. */
  detail?: TimelinePanel & {
    /** Where the zoomed days sit on the overview's axis. */
    bracket: { x0: number; x1: number; y: number };
    /** A span to measure, e.g. the days between two events the text compares. */
    gap?: { x0: number; x1: number; y: number; label: string };
  };
  /** Events left out: undated, or outside the range. */
  omitted: string[];
}

export interface TimelineOptions {
  width: number;
  /** First and last day shown, YYYY-MM-DD. */
  from: string;
  to: string;
  /** Days shown in the detail panel, and (optionally) two events whose distance in days is marked. */
  detail?: { from: string; to: string; gap?: [string, string] };
  /** Events labelled on the overview besides those of emphasised lanes. */
  labelled?: readonly string[];
  /** Short labels for marks; defaults to the event title. */
  shortTitle?: (e: Event) => string;
  monthFormat?: (d: Date) => string;
  dayFormat?: (d: Date) => string;
  /** The explainer's lanes, top to bottom; by default one lane for every event. */
  lanes?: readonly Lane[];
}

/** The chart text's size in SVG units: at the 608-unit width it renders at 13 px, 12 px at 560. */
export const WIDE_TEXT = 13;
const MARGIN = { left: 118, right: 16 };
const LANE_GAP = 34;
const OVERVIEW_TOP = 22;
const LABEL_LINE = 16;

/** The UTC day a partial date starts on and the day after it ends (`2020-01` → 1 Jan to 1 Feb). */
export function dateSpan(partial: string, until?: string): [Date, Date] {
  const start = (s: string): Date => new Date(`${s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s}T00:00:00Z`);
  const end = (s: string): Date => {
    const d = start(s);
    if (s.length === 4) return new Date(Date.UTC(d.getUTCFullYear() + 1, 0, 1));
    if (s.length === 7) return utcMonth.offset(d, 1);
    return utcDay.offset(d, 1);
  };
  return [start(partial), end(until ?? partial)];
}

/** The events that overlap the range, and the ids of those that do not or have no date. */
export function splitByRange(
  events: readonly Event[],
  rangeStart: Date,
  rangeEnd: Date,
): { inRange: Event[]; omitted: string[] } {
  const inRange: Event[] = [];
  const omitted: string[] = [];
  for (const e of events) {
    if (!e.when) {
      omitted.push(e.id);
      continue;
    }
    const [s, t] = dateSpan(e.when.date, e.when.until);
    if (t <= rangeStart || s >= rangeEnd) omitted.push(e.id);
    else inRange.push(e);
  }
  return { inRange, omitted };
}

/** True if the event's date is a single day (drawn as a point rather than a span). */
function isPoint(e: Event): boolean {
  return !!e.when && e.when.date.length === 10 && e.when.until === undefined;
}

/** A tick's words: the year at January, else the month's short name. */
export const monthTick = (d: Date): string =>
  d.getUTCMonth() === 0
    ? String(d.getUTCFullYear())
    : new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(d);
const defaultDay = (d: Date): string => String(d.getUTCDate());

/**
 * Lays out a timeline: an overview of the whole range with one lane per kind of event, and a
 * detail panel that spreads out a few crowded days. Pure: events and size in, positions out.
 */
export function layoutTimeline(events: readonly Event[], options: TimelineOptions): TimelineLayout {
  const { width, from, to } = options;
  const monthFormat = options.monthFormat ?? monthTick;
  const dayFormat = options.dayFormat ?? defaultDay;
  const short = options.shortTitle ?? ((e: Event) => e.title);
  const labelled = new Set(options.labelled ?? []);
  const lanes = options.lanes ?? DEFAULT_LANES;
  const kinds = { eventKinds: lanes };
  const [rangeStart] = dateSpan(from);
  const [, rangeEnd] = dateSpan(to);
  const x = scaleUtc()
    .domain([rangeStart, rangeEnd])
    .range([MARGIN.left, width - MARGIN.right]);

  const { inRange, omitted } = splitByRange(events, rangeStart, rangeEnd);

  const laneLines = (label: string): string[] => wrapText(label, MARGIN.left - 14, WIDE_TEXT);
  const lanesY = (top: number, gap: number) =>
    lanes.map((l, i) => ({ key: l.key, label: l.label, lines: laneLines(l.label), y: top + i * gap + gap / 2 }));

  // Overview.
  const overviewLanes = lanesY(OVERVIEW_TOP, LANE_GAP);
  const yOf = (lane: LaneKey, rows: Array<{ key: LaneKey; y: number }>): number => rows.find((l) => l.key === lane)!.y;
  const overviewMarks: TimelineMark[] = inRange.map((e) => {
    const lane = laneOf(kinds, e.kind);
    const [s, t] = dateSpan(e.when!.date, e.when!.until);
    const x0 = x(s < rangeStart ? rangeStart : s);
    const x1 = x(t > rangeEnd ? rangeEnd : t);
    const emphasis = lane.emphasis && e.when!.date >= from;
    const point = isPoint(e);
    const cx = point ? x(s) + (x(utcDay.offset(s, 1)) - x(s)) / 2 : x0;
    const mark: TimelineMark = {
      id: e.id,
      lane: lane.key,
      shape: lane.shape,
      colour: lane.colour,
      x: cx,
      y: yOf(lane.key, overviewLanes),
      emphasis,
    };
    if (!point) mark.x1 = x1;
    if (s < rangeStart) mark.clipped = true;
    if (e.when!.approximate) mark.approximate = true;
    return mark;
  });
  // Labels on the overview: emphasised and chosen events, above their lane, kept apart.
  placeLabels(
    overviewMarks.filter((m) => m.emphasis || labelled.has(m.id)),
    (m) => short(inRange.find((e) => e.id === m.id)!),
    OVERVIEW_TOP - 4,
    width - MARGIN.right,
    MARGIN.left,
  );
  // Labels stack upwards when they collide; move the whole overview down to make room for them.
  const highest = Math.min(OVERVIEW_TOP, ...overviewMarks.flatMap((m) => (m.label ? [m.label.y] : [])));
  const shift = Math.max(0, 16 - highest);
  for (const lane of overviewLanes) lane.y += shift;
  for (const m of overviewMarks) {
    m.y += shift;
    if (m.label) m.label.y += shift;
  }
  const overviewHeight = shift + OVERVIEW_TOP + lanes.length * LANE_GAP + 22;
  const overview: TimelinePanel = {
    top: 0,
    height: overviewHeight,
    x0: MARGIN.left,
    x1: width - MARGIN.right,
    lanes: overviewLanes,
    ticks: x.ticks(utcMonth.every(3)!).map((d) => ({ x: x(d), label: monthFormat(d), major: d.getUTCMonth() === 0 })),
    marks: overviewMarks,
  };

  const layout: TimelineLayout = { width, height: overviewHeight, overview, omitted };
  if (!options.detail) return layout;

  // Detail panel: only events known to the day (or day ranges) inside the zoomed days.
  const [dStart] = dateSpan(options.detail.from);
  const [, dEnd] = dateSpan(options.detail.to);
  const dayEvents = inRange.filter((e) => {
    if (e.when!.date.length !== 10) return false;
    const [s, t] = dateSpan(e.when!.date, e.when!.until);
    return s < dEnd && t > dStart;
  });
  if (dayEvents.length === 0) return layout;

  // One row per event, in date order, so every label has its own line however crowded the
  // days; the mark's x still places the day on the panel's own day axis.
  const top = overviewHeight + 40;
  const ROW = 24;
  const rowsTop = top + 56;
  const dx = scaleUtc()
    .domain([dStart, dEnd])
    .range([MARGIN.left, width - MARGIN.right]);
  const dayWidth = dx(utcDay.offset(dStart, 1)) - dx(dStart);
  const ordered = dayEvents
    .map((e, i) => ({ e, i }))
    // Same day: the data's own order, which the editors keep chronological within a day.
    .sort((a, b) => compareDates(a.e.when!.date, b.e.when!.date) || a.i - b.i)
    .map(({ e }) => e);
  const mid = (MARGIN.left + width - MARGIN.right) / 2;
  const detailMarks: TimelineMark[] = ordered.map((e, row) => {
    const lane = laneOf(kinds, e.kind);
    const [s, t] = dateSpan(e.when!.date, e.when!.until);
    const y = rowsTop + row * ROW;
    const point = isPoint(e);
    const x0 = point ? dx(s) + dayWidth / 2 : dx(s < dStart ? dStart : s);
    const mark: TimelineMark = {
      id: e.id,
      lane: lane.key,
      shape: lane.shape,
      colour: lane.colour,
      x: x0,
      y,
      emphasis: lane.emphasis,
    };
    if (!point) mark.x1 = dx(t > dEnd ? dEnd : t);
    if (e.when!.approximate) mark.approximate = true;
    const right = mark.x1 ?? x0;
    // Clear of the mark, which is larger for an emphasised lane.
    const pad = lane.emphasis ? 14 : 10;
    mark.label =
      x0 < mid
        ? { x: right + pad, y: y + 4, text: short(e), anchor: 'start' }
        : { x: x0 - pad, y: y + 4, text: short(e), anchor: 'end' };
    return mark;
  });
  const detailHeight = 56 + ordered.length * ROW + 6;
  const detail: NonNullable<TimelineLayout['detail']> = {
    top,
    height: detailHeight,
    x0: MARGIN.left,
    x1: width - MARGIN.right,
    lanes: [],
    ticks: dx
      .ticks(utcDay.every(1)!)
      .slice(0, -1)
      .map((d) => ({ x: dx(d) + dayWidth / 2, label: dayFormat(d), major: false })),
    marks: detailMarks,
    bracket: { x0: x(dStart), x1: x(dEnd), y: overviewHeight - 14 },
  };
  const gap = options.detail.gap;
  if (gap) {
    const a = detailMarks.find((m) => m.id === gap[0]);
    const b = detailMarks.find((m) => m.id === gap[1]);
    const ea = dayEvents.find((e) => e.id === gap[0]);
    const eb = dayEvents.find((e) => e.id === gap[1]);
    if (a && b && ea && eb) {
      const days = Math.round((dateSpan(eb.when!.date)[0].getTime() - dateSpan(ea.when!.date)[0].getTime()) / 86_400_000);
      detail.gap = { x0: a.x, x1: b.x, y: top + 40, label: `${days} days` };
    }
  }
  layout.detail = detail;
  layout.height = top + detailHeight;
  return layout;
}

/**
 * Puts each mark's label above it, moving it up a line at a time until it no longer overlaps an
 * earlier label; labels that would run off the right edge are right-aligned.
 */
function placeLabels(
  marks: TimelineMark[],
  text: (m: TimelineMark) => string,
  baseline: number,
  right: number,
  left: number,
): void {
  const placed: Box[] = [];
  for (const m of [...marks].sort((a, b) => a.x - b.x)) {
    const t = text(m);
    // An emphasised lane's labels are set in semibold.
    const w = textWidth(t, WIDE_TEXT, { strong: m.emphasis });
    let anchor: 'start' | 'middle' | 'end' = 'middle';
    let x0 = m.x - w / 2;
    if (x0 < left) {
      anchor = 'start';
      x0 = m.x - 4;
    }
    if (x0 + w > right) {
      anchor = 'end';
      x0 = m.x + 4 - w;
    }
    // The label's line, a line's height tall so that labels a line apart never touch; kept 6 units from its neighbours across.
    const box = (y: number): Box => ({ x: x0, y: y - LABEL_LINE + 4, width: w, height: LABEL_LINE - 1 });
    let y = baseline;
    while (placed.some((p) => overlaps(box(y), p, 6, 0))) y -= LABEL_LINE;
    placed.push(box(y));
    m.label = { x: anchor === 'middle' ? m.x : anchor === 'start' ? m.x - 4 : m.x + 4, y, text: t, anchor };
  }
}

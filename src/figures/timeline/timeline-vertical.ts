import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonth } from 'd3-time';
import type { Event } from '../../lib/schemas/index.ts';
import { DEFAULT_LANES, laneOf } from '../../lib/event-kinds.ts';
import { compareDates } from '../../lib/data/dates.ts';
import { wrapText } from '../../charts/text.ts';
import { dateSpan, monthTick, splitByRange, type TimelineMark, type TimelineOptions } from './timeline.ts';

/**
 * The timeline for a phone: time runs down the page, the lanes are narrow columns, and labels
 * sit right of them, wrapped to fit. Same events, same options as the wide `layoutTimeline`.
 */
export interface VerticalTimeline {
  width: number;
  height: number;
  /** Each lane's column, left to right in the explainer's order. */
  columns: Array<{ key: string; x: number }>;
  overview: {
    top: number;
    bottom: number;
    ticks: Array<{ y: number; label: string; major: boolean }>;
    marks: TimelineMark[];
  };
  detail?: {
    top: number;
    /** Where the zoomed days sit on the overview's axis. */
    bracket: { y0: number; y1: number };
    /** Each row's day, drawn when it differs from the row above. */
    days: Array<{ y: number; label: string }>;
    marks: TimelineMark[];
    gap?: { y0: number; y1: number; label: string };
    bottom: number;
  };
  omitted: string[];
}

/** The chart text's size in SVG units: at the 288-unit width of a 320 px phone it renders at 12 px. */
export const NARROW_TEXT = 13.5;
const LINE = 17;
const AXIS_X = 52;
const COLUMN_GAP = 19;
/** Height of a month on the overview's axis. */
const MONTH = 26;

/**
 * Lays out the timeline vertically at `width` units (320 for a phone): an overview with one
 * column per lane and a label for each emphasised or chosen event, then the detail days, one
 * row per event. Every event in range is a mark; nothing is cut at the edges.
 */
export function layoutTimelineVertical(events: readonly Event[], options: TimelineOptions): VerticalTimeline {
  const { width, from, to } = options;
  const short = options.shortTitle ?? ((e: Event) => e.title);
  const monthFormat = options.monthFormat ?? monthTick;
  const dayFormat = options.dayFormat ?? ((d: Date) => String(d.getUTCDate()));
  const labelled = new Set(options.labelled ?? []);
  const lanes = options.lanes ?? DEFAULT_LANES;
  const kinds = { eventKinds: lanes };
  const columns = lanes.map((l, i) => ({ key: l.key, x: AXIS_X + 14 + i * COLUMN_GAP }));
  const colX = (key: string): number => columns.find((c) => c.key === key)!.x;
  const labelX = columns[columns.length - 1]!.x + 22;
  // Labels wrap to the room right of the columns; an emphasised lane's are set in semibold.
  const wrapLabel = (text: string, strong: boolean): string[] => wrapText(text, width - labelX - 4, NARROW_TEXT, { strong });

  const [rangeStart] = dateSpan(from);
  const [, rangeEnd] = dateSpan(to);
  const top = 12;
  const months = utcMonth.count(rangeStart, rangeEnd);
  const y = scaleUtc()
    .domain([rangeStart, rangeEnd])
    .range([top, top + months * MONTH]);

  const { inRange, omitted } = splitByRange(events, rangeStart, rangeEnd);

  const marks: TimelineMark[] = inRange.map((e) => {
    const lane = laneOf(kinds, e.kind);
    const [s, t] = dateSpan(e.when!.date, e.when!.until);
    const point = e.when!.date.length === 10 && e.when!.until === undefined;
    const mark: TimelineMark = {
      id: e.id,
      lane: lane.key,
      shape: lane.shape,
      colour: lane.colour,
      x: colX(lane.key),
      y: point ? (y(s) + y(utcDay.offset(s, 1))) / 2 : y(s < rangeStart ? rangeStart : s),
      emphasis: lane.emphasis && e.when!.date >= from,
    };
    if (!point) mark.y1 = y(t > rangeEnd ? rangeEnd : t);
    if (s < rangeStart) mark.clipped = true;
    if (e.when!.approximate) mark.approximate = true;
    return mark;
  });
  // Labels right of the columns, in date order, each pushed down below the one before.
  let next = top;
  for (const m of [...marks].filter((m) => m.emphasis || labelled.has(m.id)).sort((a, b) => a.y - b.y)) {
    const text = short(inRange.find((e) => e.id === m.id)!);
    const lines = wrapLabel(text, m.emphasis);
    const ly = Math.max(m.y + 4, next + NARROW_TEXT);
    m.label = { x: labelX, y: ly, text, anchor: 'start', lines };
    m.leader = { x1: m.x + 9, y1: m.y, x2: labelX - 4, y2: ly - 4 };
    next = ly + (lines.length - 1) * LINE + 6;
  }
  const overviewBottom = Math.max(top + months * MONTH, next + 6);
  const overview = {
    top,
    bottom: overviewBottom,
    ticks: y.ticks(utcMonth.every(3)!).map((d) => ({ y: y(d), label: monthFormat(d), major: d.getUTCMonth() === 0 })),
    marks,
  };
  const layout: VerticalTimeline = { width, height: overviewBottom + 8, columns, overview, omitted };
  if (!options.detail) return layout;

  const [dStart] = dateSpan(options.detail.from);
  const [, dEnd] = dateSpan(options.detail.to);
  const dayEvents = inRange
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => {
      if (e.when!.date.length !== 10) return false;
      const [s, t] = dateSpan(e.when!.date, e.when!.until);
      return s < dEnd && t > dStart;
    })
    .sort((a, b) => compareDates(a.e.when!.date, b.e.when!.date) || a.i - b.i)
    .map(({ e }) => e);
  if (dayEvents.length === 0) return layout;

  // A heading of two lines, then one row per event.
  const detailTop = overviewBottom + 30;
  let rowY = detailTop + 2 * LINE + 14;
  const days: Array<{ y: number; label: string }> = [];
  let lastDay = '';
  const detailMarks: TimelineMark[] = dayEvents.map((e) => {
    const lane = laneOf(kinds, e.kind);
    const text = short(e);
    const lines = wrapLabel(text, lane.emphasis);
    const mark: TimelineMark = {
      id: e.id,
      lane: lane.key,
      shape: lane.shape,
      colour: lane.colour,
      x: colX(lane.key),
      y: rowY,
      emphasis: lane.emphasis,
      label: { x: labelX, y: rowY + 5, text, anchor: 'start', lines },
    };
    // A span of days: a short bar down its column, so it reads as a span, not a day.
    if (e.when!.until !== undefined) {
      mark.y = rowY - 8;
      mark.y1 = rowY + 8;
    }
    if (e.when!.approximate) mark.approximate = true;
    if (e.when!.date !== lastDay) {
      days.push({ y: rowY + 5, label: dayFormat(dateSpan(e.when!.date)[0]) });
      lastDay = e.when!.date;
    }
    rowY += Math.max(lines.length * LINE, 22) + 8;
    return mark;
  });
  const detail: NonNullable<VerticalTimeline['detail']> = {
    top: detailTop,
    bracket: { y0: y(dStart), y1: y(dEnd) },
    days,
    marks: detailMarks,
    bottom: rowY,
  };
  const gap = options.detail.gap;
  const a = gap && detailMarks.find((m) => m.id === gap[0]);
  const b = gap && detailMarks.find((m) => m.id === gap[1]);
  if (gap && a && b) {
    const [sa] = dateSpan(dayEvents.find((e) => e.id === gap[0])!.when!.date);
    const [sb] = dateSpan(dayEvents.find((e) => e.id === gap[1])!.when!.date);
    detail.gap = { y0: a.y, y1: b.y, label: `${utcDay.count(sa, sb)} days` };
  }
  layout.detail = detail;
  layout.height = rowY;
  return layout;
}

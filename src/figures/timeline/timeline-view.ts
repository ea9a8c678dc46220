import { eventDateText, eventHref, eventTimesText } from '../../lib/chronology.ts';
import type { Dataset } from '../../lib/data/load.ts';
import { kindLabel } from '../../lib/event-kinds.ts';
import type { Event } from '../../lib/schemas/index.ts';
import { layoutTimeline, type TimelineLayout, type TimelineMark, type TimelineOptions } from './timeline.ts';
import { layoutTimelineVertical, type VerticalTimeline } from './timeline-vertical.ts';

/** The timeline's props as parsed from the chapter (see ./figure.ts). */
export interface TimelineViewProps {
  from: string;
  to: string;
  detailFrom: string;
  detailTo: string;
  gapFrom?: string | undefined;
  gapTo?: string | undefined;
  labelled?: readonly string[] | undefined;
  title?: string | undefined;
  summary?: string | undefined;
}

/** One mark as drawn, with its link, name, tooltip and description; `key` is unique in its layout. */
export interface TimelineViewMark {
  mark: TimelineMark;
  key: string;
  href: string;
  name: string;
  tip: string;
  description: string;
}

/** Everything the timeline's component renders, worked out from the data. */
export interface TimelineView {
  layout: TimelineLayout;
  /** Each mark of both panels of the wide layout. */
  marks: TimelineViewMark[];
  /** The phone layout: time running down, and its marks. */
  narrow: { layout: VerticalTimeline; marks: TimelineViewMark[] };
  /** The detail panel's heading: its month, in the explainer's language. */
  detailMonth: string;
  /** The table: every event drawn, once, in the order first drawn. */
  rows: Array<{ key: string; date: string; approximate: boolean; kind: string; href: string; title: string; times: string }>;
  /** Events in range that the figure cannot draw because the sources give no date. */
  undated: string[];
}

/** A mark's tooltip: its date, whether approximate, its title and any clock times. */
export function timelineTip(e: Event, locale: string): string {
  const times = eventTimesText(e, locale);
  return `${eventDateText(e, locale)}${e.when?.approximate ? ' (approximate)' : ''}: ${e.title}.${times.length ? ` Time: ${times.join('; ')}.` : ''}`;
}

/** A mark's accessible name: the words its label shows, when it has one, then the event and its date. */
export function timelineMarkName(m: TimelineMark, e: Event, locale: string): string {
  const shown = m.label && m.label.text !== e.title ? `${m.label.text}: ` : '';
  return `${shown}${e.title}, ${eventDateText(e, locale)}`;
}

/** The wide layout's width in SVG units: the figure column's at most. */
export const WIDE_WIDTH = 608;
/** The phone layout's width. */
export const NARROW_WIDTH = 320;

/**
 * The timeline at 608 units wide and, for phones, at 320 running down, each mark linked where the chapters first mention its event
 * (`links`), else to the chronology.
 */
export function timelineView(
  data: Pick<Dataset, 'events' | 'explainer'>,
  links: ReadonlyMap<string, string>,
  props: TimelineViewProps,
): TimelineView {
  const locale = data.explainer.dateLocale ?? data.explainer.lang;
  const { gapFrom, gapTo } = props;
  const options: Omit<TimelineOptions, 'width'> = {
    from: props.from,
    to: props.to,
    detail: {
      from: props.detailFrom,
      to: props.detailTo,
      ...(gapFrom && gapTo ? { gap: [gapFrom, gapTo] as [string, string] } : {}),
    },
    labelled: props.labelled ?? [],
    dayFormat: (d) => new Intl.DateTimeFormat(locale, { day: 'numeric', timeZone: 'UTC' }).format(d),
    lanes: data.explainer.eventKinds,
  };
  const layout = layoutTimeline(data.events, { ...options, width: WIDE_WIDTH });
  const vertical = layoutTimelineVertical(data.events, { ...options, width: NARROW_WIDTH });
  const byId = new Map(data.events.map((e) => [e.id, e]));
  const event = (id: string): Event => {
    const e = byId.get(id);
    if (!e) throw new Error(`TimelineFigure: the layout drew an unknown event "${id}"`);
    return e;
  };
  const hrefOf = (id: string): string => links.get(id) ?? eventHref(id);
  const viewMarks = (parts: Array<[string, readonly TimelineMark[]]>): TimelineViewMark[] =>
    parts.flatMap(([part, list]) =>
      list.map((m) => {
        const e = event(m.id);
        const tip = timelineTip(e, locale);
        return {
          mark: m,
          key: `${part}-${m.id}`,
          href: hrefOf(m.id),
          name: timelineMarkName(m, e, locale),
          tip,
          description: `${tip} ${kindLabel(data.explainer, e.kind)}.`,
        };
      }),
    );
  const marks = viewMarks([
    ['overview', layout.overview.marks],
    ['detail', layout.detail?.marks ?? []],
  ]);
  const narrowMarks = viewMarks([
    ['overview', vertical.overview.marks],
    ['detail', vertical.detail?.marks ?? []],
  ]);
  const drawn = [...new Set(marks.map((m) => m.mark.id))].map(event);
  return {
    layout,
    marks,
    narrow: { layout: vertical, marks: narrowMarks },
    detailMonth: new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${props.detailFrom}T00:00:00Z`),
    ),
    rows: drawn.map((e) => ({
      key: e.id,
      date: eventDateText(e, locale),
      approximate: !!e.when?.approximate,
      kind: kindLabel(data.explainer, e.kind),
      href: hrefOf(e.id),
      title: e.title,
      times: eventTimesText(e, locale).join('; '),
    })),
    undated: layout.omitted
      .map(event)
      .filter((e) => !e.when)
      .map((e) => e.title),
  };
}

import { eventDateText } from '../../lib/chronology.ts';
import type { Dataset } from '../../lib/data/load.ts';
import { kindLabel } from '../../lib/event-kinds.ts';
import type { Event } from '../../lib/schemas/index.ts';
import { binOf, layoutStrip, type StripLayout } from './strip.ts';
import { timelineTip, type TimelineViewMark } from './timeline-view.ts';
import { WIDE_TEXT } from './timeline.ts';
import { NARROW_TEXT } from './timeline-vertical.ts';

/** Everything the chronology's timeline renders: both layouts, and the events it cannot draw. */
export interface StripView {
  wide: { layout: StripLayout; marks: TimelineViewMark[] };
  narrow: { layout: StripLayout; marks: TimelineViewMark[] };
  /** The period with the most events, in words, and how many: the figure's finding. */
  busiest: { words: string; count: number } | undefined;
  /** How many events are drawn. */
  dated: number;
  /** Titles of the events without a date. */
  undated: string[];
}

/**
 * The whole chronology as a strip, 608 units across and, for phones, 320 wide running down;
 * each mark linked by `hrefOf` (on the chronology page, to its own card).
 */
export function stripView(data: Pick<Dataset, 'events' | 'explainer'>, hrefOf: (id: string) => string): StripView {
  const locale = data.explainer.dateLocale ?? data.explainer.lang;
  const lanes = data.explainer.eventKinds;
  const monthName = (d: Date): string => new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(d);
  const byId = new Map(data.events.map((e) => [e.id, e]));
  const event = (id: string): Event => byId.get(id)!;
  const viewOf = (layout: StripLayout): { layout: StripLayout; marks: TimelineViewMark[] } => ({
    layout,
    marks: layout.marks.map((mark) => {
      const e = event(mark.id);
      const tip = timelineTip(e, locale);
      return {
        mark,
        key: mark.id,
        href: hrefOf(mark.id),
        name: `${e.title}, ${eventDateText(e, locale)}`,
        tip,
        description: `${tip} ${kindLabel(data.explainer, e.kind)}.`,
      };
    }),
  });
  const wide = viewOf(layoutStrip(data.events, { width: 608, orientation: 'horizontal', text: WIDE_TEXT, lanes, monthName }));
  const narrow = viewOf(layoutStrip(data.events, { width: 320, orientation: 'vertical', text: NARROW_TEXT, lanes, monthName }));
  const counts = new Map<string, number>();
  for (const e of data.events) if (e.when) counts.set(binOf(e), (counts.get(binOf(e)) ?? 0) + 1);
  // The first of the busiest periods, in date order.
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  const words = (key: string): string =>
    key.length === 4
      ? key
      : new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(`${key}-01T00:00:00Z`),
        );
  return {
    wide,
    narrow,
    busiest: top ? { words: words(top[0]), count: top[1] } : undefined,
    dated: wide.layout.marks.length,
    undated: wide.layout.omitted.map((id) => event(id).title),
  };
}

import { eventDateText, eventHref, namesOf } from '../chronology.ts';
import { firstWeekdayAfter, lastWeekdayBefore, weekdayOf } from '../data/dates.ts';
import { smartQuotes } from '../format/typography.ts';
import { Event } from '../schemas/events.ts';
import type { CheckContext, Kind } from './kind.ts';
import { paths } from '../urls.ts';

export { Event } from '../schemas/events.ts';

/** Something that happened, with when, where and who; each lives on the chronology. */
export const events: Kind<'events', 'event', Event> = {
  key: 'events',
  name: 'event',
  file: 'content/data/events.yaml',
  schema: Event,
  references: [
    { field: 'places[]', to: 'places' },
    { field: 'actors[]', to: 'actors' },
    { field: 'relatesTo', to: 'events' },
    { field: 'attributions[].actor', to: 'actors' },
  ],
  noun: { one: 'event', many: 'events' },
  label: (e) => e.title,
  href: (e) => eventHref(e.id),
  // An event's note also shows the words its date rests on.
  cites: (e) => [...(e.when ? [e.when.cite] : []), ...e.cites],
  typeset: (e) => ({ ...e, title: smartQuotes(e.title), summary: smartQuotes(e.summary) }),
  search: (list, data) => {
    const locale = data.explainer.dateLocale ?? data.explainer.lang;
    const names = namesOf(data);
    return list.map((e) => {
      const date = eventDateText(e, locale);
      const who = [...e.places.map(names.place), ...e.actors.map(names.actor)];
      return {
        url: paths.event(e.id),
        kind: 'event',
        section: 'chronology',
        title: e.title,
        line: `${date}: ${e.summary}`,
        body: [{ text: date }, { text: e.summary }, ...(who.length ? [{ text: `Involves ${who.join(', ')}.` }] : [])],
      };
    });
  },
  check: (list, ctx) => {
    for (const e of list) checkDerivedDate(e, ctx);
  },
};

/** A date counted back (or on) from a weekday must agree with the count. */
function checkDerivedDate(e: Event, ctx: CheckContext): void {
  const w = e.when;
  if (!w || w.basis !== 'derived') return;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(w.date)) {
    ctx.issues.push({
      file: ctx.file,
      record: e.id,
      field: 'when.date',
      message: 'a date derived from a weekday must be a full date, YYYY-MM-DD',
    });
    return;
  }
  const [expected, relation, from] = w.before
    ? [lastWeekdayBefore(w.weekday, w.before), 'last', `before ${w.before}`]
    : [firstWeekdayAfter(w.weekday, w.after!), 'first', `after ${w.after!}`];
  if (expected !== w.date) {
    ctx.issues.push({
      file: ctx.file,
      record: e.id,
      field: 'when.date',
      message: `${w.date} is a ${weekdayOf(w.date)}, but the ${relation} ${w.weekday} ${from} is ${expected}`,
    });
  }
}

import { eventDateText } from '../../lib/chronology.ts';
import type { Event } from '../../lib/schemas/index.ts';

/** "a, b and c": items in running text. */
export function listText(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}` : (items[0] ?? '');
}

/** "UN envoys" stays as it is mid-sentence; "Aftershocks felt in the capital" becomes "aftershocks felt in the capital". */
export const midSentence = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** "1 place", "8 places". */
export const counted = (k: number, one: string, many: string): string => `${k} ${k === 1 ? one : many}`;

/** "25 February": a full date without its year. */
const dayMonth = (e: Event, locale: string): string =>
  e.when && e.when.date.length === 10
    ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
        new Date(`${e.when.date}T00:00:00Z`),
      )
    : eventDateText(e, locale);

/** "25 February and 27 June 2021": one year at the end when they share it. */
export function datesText(events: readonly Event[], locale: string): string {
  const years = new Set(events.map((e) => e.when?.date.slice(0, 4)));
  const sameYear = years.size === 1 && events.every((e) => e.when?.date.length === 10);
  const joined = listText(events.map((e) => (sameYear ? dayMonth(e, locale) : eventDateText(e, locale))));
  return sameYear ? `${joined} ${[...years][0]!}` : joined;
}

import { WEEKDAYS } from '../schemas/when.ts';

/** Weekday name of an ISO date (read as a calendar date, no time zone involved). */
export function weekdayOf(isoDate: string): (typeof WEEKDAYS)[number] {
  return WEEKDAYS[new Date(`${isoDate}T00:00:00Z`).getUTCDay()]!;
}

/** The last date strictly before `before` that falls on `weekday`. */
export function lastWeekdayBefore(weekday: (typeof WEEKDAYS)[number], before: string): string {
  const d = new Date(`${before}T00:00:00Z`);
  do d.setUTCDate(d.getUTCDate() - 1);
  while (WEEKDAYS[d.getUTCDay()] !== weekday);
  return d.toISOString().slice(0, 10);
}

/** The first date strictly after `after` that falls on `weekday`. */
export function firstWeekdayAfter(weekday: (typeof WEEKDAYS)[number], after: string): string {
  const d = new Date(`${after}T00:00:00Z`);
  do d.setUTCDate(d.getUTCDate() + 1);
  while (WEEKDAYS[d.getUTCDay()] !== weekday);
  return d.toISOString().slice(0, 10);
}

/** Sort key for partial dates: `2020` sorts before `2020-01`, which sorts before `2020-01-03`. */
export function dateSortKey(partial: string): string {
  return partial.padEnd(10, '-');
}

/**
 * Orders partial dates: coarser before finer within a period. Code-point order on purpose:
 * locale collation can ignore the hyphens and misorder "2021-02" and "2021-02-15".
 */
export function compareDates(a: string, b: string): number {
  const ka = dateSortKey(a);
  const kb = dateSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

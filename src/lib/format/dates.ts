/**
 * Dates in one style everywhere: "15 February 2021", "January 2020", "2015". Formatting is
 * done on the calendar date in UTC so no reader's or builder's time zone can shift a day.
 */
export function formatPartialDate(partial: string, lang = 'en-GB'): string {
  const [y, m, d] = partial.split('-');
  if (m === undefined) return y!;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, d === undefined ? 1 : Number(d)));
  const opts: Intl.DateTimeFormatOptions =
    d === undefined
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, opts).format(date);
}

/** A local clock time as readers expect it: "6 p.m.", "2 a.m.", "6:30 p.m.". */
export function formatClock(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const suffix = h < 12 ? 'a.m.' : 'p.m.';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${h12} ${suffix}` : `${h12}:${String(m).padStart(2, '0')} ${suffix}`;
}

/** A date range or single date. */
export function formatWhen(date: string, until?: string, lang?: string): string {
  return until ? `${formatPartialDate(date, lang)} – ${formatPartialDate(until, lang)}` : formatPartialDate(date, lang);
}

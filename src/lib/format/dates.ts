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

const zoneFormats = new Map<string, Intl.DateTimeFormat>();
function zoneFormat(zone: string): Intl.DateTimeFormat {
  let f = zoneFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    zoneFormats.set(zone, f);
  }
  return f;
}

/** True if the engine's time-zone database knows the zone. */
export function isKnownZone(zone: string): boolean {
  try {
    zoneFormat(zone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in a zone at an instant (milliseconds since the epoch), as `YYYY-MM-DDTHH:MM`. */
export function clockIn(instant: number, zone: string): string {
  const parts = Object.fromEntries(
    zoneFormat(zone)
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

const wallMs = (local: string): number =>
  Date.UTC(
    Number(local.slice(0, 4)),
    Number(local.slice(5, 7)) - 1,
    Number(local.slice(8, 10)),
    Number(local.slice(11, 13)),
    Number(local.slice(14, 16)),
  );

/**
 * The instant a local clock time names in a zone, by the time-zone database (the zone's offset
 * on that date, summer time included), as an ISO string in UTC: `2021-02-26T00:00Z`.
 */
export function instantOf(local: string, zone: string): string {
  // Guess the instant as if the zone were UTC, then correct by the offset the zone had then;
  // twice, in case the first correction crossed a change of offset.
  let guess = wallMs(local);
  for (let i = 0; i < 2; i++) guess -= wallMs(clockIn(guess, zone)) - wallMs(local);
  return `${new Date(guess).toISOString().slice(0, 16)}Z`;
}

/** A reported clock time: as the source states it, where, and the instant the engine derives. */
export interface ReportedTime {
  at: string;
  where: string;
  zone: string;
  instant: string;
}

/**
 * Where clock times reported for one event name different instants, what each of the others
 * was by the first one's clock: "6 p.m. on 25 February 2021 in Lisbon was 3 a.m. on
 * 26 February 2021 in Tokyo (the sources give 4 a.m.)". Empty when they agree.
 */
export function timeDisagreements(times: readonly ReportedTime[], lang?: string): string[] {
  const [first, ...rest] = times;
  if (!first) return [];
  const clock = (local: string): string => `${formatClock(local.slice(11))} on ${formatPartialDate(local.slice(0, 10), lang)}`;
  return rest
    .filter((t) => t.instant !== first.instant)
    .map((t) => {
      const there = clockIn(Date.parse(first.instant), t.zone);
      const given = there.slice(0, 10) === t.at.slice(0, 10) ? formatClock(t.at.slice(11)) : clock(t.at);
      return `${clock(first.at)} in ${first.where} was ${clock(there)} in ${t.where} (the sources give ${given})`;
    });
}

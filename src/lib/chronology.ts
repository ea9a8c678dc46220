import type { Dataset } from './data/load.ts';
import { compareDates } from './data/dates.ts';
import type { Event } from './schemas/index.ts';
import { formatClock, formatPartialDate, formatWhen, timeDisagreements } from './format/dates.ts';

/**
 * Events in date order. An undated event that names the event it relates to (`relatesTo`) comes
 * straight after that event, so an undated report of an aftershock sits beside the earthquake; other
 * undated events come last, in data order.
 */
export function eventsByDate(events: readonly Event[]): Event[] {
  const beside = new Map<string, Event[]>();
  for (const e of events) {
    if (!e.when && e.relatesTo) beside.set(e.relatesTo, [...(beside.get(e.relatesTo) ?? []), e]);
  }
  const dated = events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.when)
    .toSorted((a, b) => compareDates(a.e.when!.date, b.e.when!.date) || a.i - b.i)
    .map(({ e }) => e);
  const out: Event[] = [];
  const seen = new Set<string>();
  const visit = (e: Event): void => {
    if (seen.has(e.id)) return;
    seen.add(e.id);
    out.push(e);
    for (const f of beside.get(e.id) ?? []) visit(f);
  };
  for (const e of dated) visit(e);
  // Undated events that relate to nothing dated, and any that only relate to one another.
  for (const e of events) if (!e.when && !e.relatesTo) visit(e);
  for (const e of events) visit(e);
  return out;
}

/** How readers are told where an event's date comes from. */
export function dateBasisText(e: Event, locale: string): string | undefined {
  const w = e.when;
  if (!w) return undefined;
  const loose = w.approximate ? 'Approximate. ' : '';
  switch (w.basis) {
    case 'stated':
      return `${loose}Date as the sources state it.`;
    case 'derived': {
      const from = w.before
        ? `the last ${w.weekday} before ${formatPartialDate(w.before, locale)}`
        : `the first ${w.weekday} after ${formatPartialDate(w.after!, locale)}`;
      return `${loose}The source says only “${w.weekday}”: ${from}, counting from ${w.reference}.`;
    }
    case 'external':
      return `${loose}Date from another publication; the reports do not give it.`;
  }
}

/** The date line of an event: "25 February 2021", or "Not dated in the reports". */
export function eventDateText(e: Event, locale: string): string {
  return e.when ? formatWhen(e.when.date, e.when.until, locale) : 'Not dated in the reports';
}

/** "around 6 p.m. on 25 February 2021 in Lisbon" for each clock time the sources give, as they give it. */
export function eventStatedTimes(e: Event, locale: string): string[] {
  return e.times.map(
    (t) =>
      `${t.approximate ? 'around ' : ''}${formatClock(t.at.slice(11))} on ${formatPartialDate(t.at.slice(0, 10), locale)} in ${t.where}`,
  );
}

/** Where an event's clock times name different instants, what one clock said when the other said its time. */
export function eventTimesNote(e: Event, locale: string): string | undefined {
  const off = timeDisagreements(e.times, locale);
  return off.length > 0 ? off.join('; ') : undefined;
}

/** The clock times as the sources give them and, where they do not agree, by how much. */
export function eventTimesText(e: Event, locale: string): string[] {
  const note = eventTimesNote(e, locale);
  return [...eventStatedTimes(e, locale), ...(note ? [`but ${note}`] : [])];
}

/** Anchor of an event on the chronology page. */
export { eventHref } from './urls.ts';

/** Names of records by id, for lists of links. */
export function namesOf(data: Dataset): { actor: (id: string) => string; place: (id: string) => string } {
  const actors = new Map(data.actors.map((a) => [a.id, a.name]));
  const places = new Map(data.places.map((p) => [p.id, p.name]));
  return { actor: (id) => actors.get(id) ?? id, place: (id) => places.get(id) ?? id };
}

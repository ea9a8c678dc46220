import { eventDateText } from '../chronology.ts';
import type { Dataset } from '../data/load.ts';
import type { Event, Place } from '../schemas/index.ts';
import { wrapText } from './map-text.ts';
import type { LabelLine } from './map-types.ts';
import { laneLabel } from './map-words.ts';
import type { MarkerShape } from './shapes.ts';
import { LANES, laneOf } from './timeline.ts';

/** A place with coordinates, so it can be marked. */
export type Located = Place & { coordinates: NonNullable<Place['coordinates']> };

/** What a place is marked as: the lane of its most serious event, or `reference` for a place named only to locate an area. */
export type MapRole = (typeof LANES)[number]['key'] | 'reference';

/** A place on the map and the events it stands for. */
export interface MarkedPlace {
  place: Located;
  /** Events shown at the place. */
  own: Event[];
  /** Events drawn as the area around it. */
  nearby: Event[];
  role: MapRole;
  shape: MarkerShape;
  approximate: boolean;
}

/** How serious each role is, lower first: a place with a strike and an attack is marked as a strike. */
export const ROLE_RANK: Record<MapRole, number> = { strikes: 0, attacks: 1, context: 2, words: 3, reference: 4 };

/** What the key and the table call each role. */
export const ROLE_LABELS: Record<MapRole, string> = {
  strikes: laneLabel('strikes'),
  attacks: laneLabel('attacks'),
  context: laneLabel('context'),
  words: laneLabel('words'),
  reference: 'Place named to locate a strike area',
};

/** Marker radius by role: the more serious, the larger, and a reference place smallest. */
export const ROLE_R: Record<MapRole, number> = { strikes: 6, attacks: 5.5, context: 5, words: 5, reference: 4 };

/** Events by date as written (undated last); ties keep the data's order. */
export const byDate = (events: readonly Event[]): Event[] =>
  events.toSorted((a, b) => (a.when?.date ?? '9999').localeCompare(b.when?.date ?? '9999'));

/**
 * Every place with coordinates that appears in an event, most serious first, with its events in
 * date order. At the places of an area (`area.places`), the area's events (`area.events`) count
 * as nearby rather than their own, so a place named only to locate the area is a `reference`.
 */
export function markPlaces(
  data: Pick<Dataset, 'places' | 'events'>,
  area: { places: ReadonlySet<string>; events: ReadonlySet<string> },
): MarkedPlace[] {
  return data.places
    .filter((p): p is Located => !!p.coordinates)
    .map((place) => {
      const all = byDate(data.events.filter((e) => e.places.includes(place.id)));
      const own = area.places.has(place.id) ? all.filter((e) => !area.events.has(e.id)) : all;
      const nearby = area.places.has(place.id) ? all.filter((e) => area.events.has(e.id)) : [];
      const lane = own.map((e) => laneOf(e.kind)).toSorted((a, b) => ROLE_RANK[a.key] - ROLE_RANK[b.key])[0];
      return {
        place,
        own,
        nearby,
        role: lane?.key ?? ('reference' as const),
        shape: lane?.shape ?? 'circle',
        // The editors say so in the place's name or its role.
        approximate: /\bapprox/i.test(place.role) || /\bapprox/i.test(place.name),
      };
    })
    .filter((m) => m.own.length + m.nearby.length > 0)
    .toSorted((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role]);
}

/** The roles on the map, most serious first: the key's entries. */
export const rolesOf = (marked: readonly MarkedPlace[]): MapRole[] =>
  [...new Set(marked.map((m) => m.role))].toSorted((a, b) => ROLE_RANK[a] - ROLE_RANK[b]);

/** A place's label: its name wrapped, bold where it was struck, and "(approx.)" where its position is. */
export function placeLabel(m: MarkedPlace): LabelLine[] {
  const lines = wrapText(m.place.name, 24).map((text) => ({ text, strong: m.role === 'strikes' }));
  if (m.approximate) lines[lines.length - 1]!.text += ' (approx.)';
  return lines;
}

/** A place's tooltip: the place, and every event at it or, at a site the sources do not give, near it. */
export function placeTip(m: MarkedPlace, locale: string): string {
  const eventLine = (e: Event): string => `${e.title}, ${eventDateText(e, locale)}`;
  const where = `${m.place.name} (${m.place.country})${m.approximate ? ', position approximate' : ''}`;
  const parts = [...m.own.map(eventLine), ...m.nearby.map((e) => `nearby, at a site the sources do not give: ${eventLine(e)}`)];
  return `${where}: ${parts.join('; ')}.`;
}

/** "33.315° N, 44.366° E": to three decimals, about a hundred metres, enough to find the place. */
export function coordText(p: Located): string {
  const { lat, lon } = p.coordinates;
  return `${Math.abs(lat).toFixed(3)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lon).toFixed(3)}° ${lon >= 0 ? 'E' : 'W'}`;
}

/** A place's entry on the people-and-places page. */
export { placeHref } from '../urls.ts';

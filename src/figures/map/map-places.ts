import { eventDateText } from '../../lib/chronology.ts';
import { compareDates } from '../../lib/data/dates.ts';
import type { Dataset } from '../../lib/data/load.ts';
import type { Event, Place } from '../../lib/schemas/index.ts';
import { wrapText } from '../../charts/text.ts';
import { MAP_TYPE } from '../../cartography/text.ts';
import type { LabelLine } from '../../cartography/types.ts';
import { laneOf, REFERENCE, roleRank, type KindsConfig } from '../../lib/event-kinds.ts';
import type { MarkerShape } from '../../charts/shapes.ts';

/** A place with coordinates, so it can be marked. */
export type Located = Place & { coordinates: NonNullable<Place['coordinates']> };

/** What a place is marked as: the lane of its most serious event, or `reference` for a place named only to locate an area. */
export type MapRole = string;

/** A place on the map and the events it stands for. */
export interface MarkedPlace {
  place: Located;
  /** Events shown at the place. */
  own: Event[];
  /** Events drawn as the area around it. */
  nearby: Event[];
  role: MapRole;
  shape: MarkerShape;
  /** The lane's colour slot; none for a reference place. */
  colour?: number;
  /** Its lane is one the explainer emphasises. */
  emphasis: boolean;
  approximate: boolean;
}

/** Events by date as written (undated last); ties keep the data's order. */
export const byDate = (events: readonly Event[]): Event[] =>
  events.toSorted((a, b) => compareDates(a.when?.date ?? '9999', b.when?.date ?? '9999'));

/**
 * Every place with coordinates that appears in an event (of `shown`, when given), most serious
 * first, with its events in date order. At the places of an area (`area.places`), the area's
 * events (`area.events`) count as nearby rather than their own, even where an event does not
 * name the place, so a place named only to locate the area is a `reference`.
 */
export function markPlaces(
  data: Pick<Dataset, 'places' | 'events'> & { explainer: KindsConfig },
  area: { places: ReadonlySet<string>; events: ReadonlySet<string> },
  shown?: ReadonlySet<string>,
): MarkedPlace[] {
  const rank = (role: string): number => roleRank(data.explainer, role);
  const events = shown ? data.events.filter((e) => shown.has(e.id) || area.events.has(e.id)) : data.events;
  return data.places
    .filter((p): p is Located => !!p.coordinates)
    .map((place) => {
      const all = byDate(events.filter((e) => e.places.includes(place.id)));
      const own = area.places.has(place.id) ? all.filter((e) => !area.events.has(e.id)) : all;
      // The area is drawn around its places, so each of its events is near them, named there or not.
      const nearby = area.places.has(place.id) ? byDate(events.filter((e) => area.events.has(e.id))) : [];
      const lane = own.map((e) => laneOf(data.explainer, e.kind)).toSorted((a, b) => rank(a.key) - rank(b.key))[0];
      return {
        place,
        own,
        nearby,
        role: lane?.key ?? REFERENCE,
        shape: lane?.shape ?? 'circle',
        ...(lane && { colour: lane.colour }),
        emphasis: lane?.emphasis ?? false,
        // The editors say so in the place's name or its role.
        approximate: /\bapprox/i.test(place.role) || /\bapprox/i.test(place.name),
      };
    })
    .filter((m) => m.own.length + m.nearby.length > 0)
    .toSorted((a, b) => rank(a.role) - rank(b.role));
}

/** The roles on the map, most serious first: the key's entries. */
export const rolesOf = (marked: readonly MarkedPlace[], config: KindsConfig): MapRole[] =>
  [...new Set(marked.map((m) => m.role))].toSorted((a, b) => roleRank(config, a) - roleRank(config, b));

/**
 * A place's label: its name wrapped to `width` units (about 24 characters unless given), bold
 * where its lane is emphasised, and "(approx.)" where its position is.
 */
export function placeLabel(m: MarkedPlace, width = 165): LabelLine[] {
  const strong = m.emphasis;
  const lines = wrapText(m.place.name, width, MAP_TYPE.label, { strong }).map((text) => ({ text, strong }));
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
export { placeHref } from '../../lib/urls.ts';

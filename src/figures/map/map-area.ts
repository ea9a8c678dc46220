import { resolveCitation, type ResolvedCitation } from '../../lib/citations/resolve.ts';
import type { Dataset } from '../../lib/data/load.ts';
import type { Event, Place } from '../../lib/schemas/index.ts';
import { byDate, type Located } from './map-places.ts';
import { wrapText } from '../../charts/text.ts';
import { MAP_TYPE } from '../../cartography/text.ts';
import type { LabelLine } from '../../cartography/types.ts';
import { datesText, listText } from './map-words.ts';
import { laneOf, type KindsConfig } from '../../lib/event-kinds.ts';

/**
 * Events whose exact site the sources do not give, drawn as an area around the places they do
 * name (an event "between" two towns). Empty when the map has no such area.
 */
export interface EventArea {
  places: Located[];
  events: Event[];
}

/** The area's places and events from their ids; throws, naming the figure, when an id is wrong or one list is missing. */
export function resolveArea(
  data: Pick<Dataset, 'places' | 'events'>,
  placeIds: readonly string[],
  eventIds: readonly string[],
): EventArea {
  const placeById = new Map(data.places.map((p) => [p.id, p]));
  const eventById = new Map(data.events.map((e) => [e.id, e]));
  const places: Located[] = placeIds.map((id) => {
    const p = placeById.get(id);
    if (!p) throw new Error(`MapFigure: areaAround names an unknown place "${id}"`);
    if (!p.coordinates) throw new Error(`MapFigure: areaAround place "${id}" has no coordinates`);
    return p as Located;
  });
  const events: Event[] = eventIds.map((id) => {
    const e = eventById.get(id);
    if (!e) throw new Error(`MapFigure: areaEvents names an unknown event "${id}"`);
    return e;
  });
  if (places.length > 0 !== events.length > 0) throw new Error('MapFigure: areaAround and areaEvents go together');
  return { places, events };
}

const spellings = (p: Place): string[] => [p.name, ...p.spellings];

/**
 * For each of the area's events, the citations that name one of its places: the evidence for
 * drawing the event there. Throws for an event with none, as nothing would justify the area.
 */
export function areaCitations(data: Dataset, area: EventArea): Array<{ event: Event; cites: ResolvedCitation[] }> {
  return area.events.map((e) => {
    const cites = e.cites.filter((c) => {
      const text = 'quote' in c ? c.quote : c.detail;
      return area.places.some((p) => spellings(p).some((s) => text.includes(s)));
    });
    if (cites.length === 0)
      throw new Error(
        `MapFigure: event "${e.id}" has no citation naming ${area.places.map((p) => p.name).join(' or ')}, so it cannot be drawn near them`,
      );
    return { event: e, cites: cites.map((c) => resolveCitation(data, c)) };
  });
}

/** How the area is named and described on the map, in its tooltip and in the table. */
export interface AreaWords {
  /** The lanes of its events ("Earthquakes"). */
  title: string;
  /** "25 February and 27 June 2021". */
  dates: string;
  label: LabelLine[];
  /** The label for the phone layout, in the little room there is: the dates are in the title and the tooltip, the reason in the key. */
  narrowLabel: LabelLine[];
  /** Its `data-key`, linking the ellipse, its label and its table row. */
  key: string;
  tip: string;
  /** The places it is drawn around, in running text. */
  around: string;
}

/** The area's words; for a map with no area, empty ones. */
export function areaWords(area: EventArea, locale: string, config: Pick<KindsConfig, 'eventKinds'>): AreaWords {
  const title = [...new Set(area.events.map((e) => laneOf(config, e.kind).label))].join(', ');
  const dates = datesText(byDate(area.events), locale);
  const around = listText(area.places.map((p) => p.name));
  return {
    title,
    dates,
    label: [
      { text: title, strong: true },
      ...wrapText(dates, 205, MAP_TYPE.label).map((text) => ({ text })),
      ...wrapText('approximate: the sources give no exact site', 180, MAP_TYPE.label).map((text) => ({ text, soft: true })),
    ],
    narrowLabel: [
      { text: title, strong: true },
      { text: 'approximate', soft: true },
    ],
    key: `area-${area.events.map((e) => e.id).join('-')}`,
    tip: `${title}, ${dates}. Approximate area: the sources give no exact site, only that it was near ${around}.`,
    around,
  };
}

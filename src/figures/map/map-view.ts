import type { Topology } from 'topojson-specification';
import { eventDateText, eventHref } from '../../lib/chronology.ts';
import { resolveCitation, type ResolvedCitation } from '../../lib/citations/resolve.ts';
import type { Dataset } from '../../lib/data/load.ts';
import type { Event } from '../../lib/schemas/index.ts';
import { areaCitations, areaWords, resolveArea } from './map-area.ts';
import { mapSource, mapSummary, mapTitle } from './map-caption.ts';
import { hitBoxes, markerReach } from '../../cartography/geometry.ts';
import { roleLabel, roleRadius } from '../../lib/event-kinds.ts';
import { coordText, markPlaces, placeHref, placeLabel, placeTip, rolesOf, type MapRole, type MarkedPlace } from './map-places.ts';
import { extentAround } from '../../cartography/projection.ts';
import { layoutMap } from '../../cartography/map.ts';
import type { Box, LabelLine, LonLatBox, MapArea, MapLayout, MapMarker, MapOptions } from '../../cartography/types.ts';
import { midSentence } from './map-words.ts';
import type { MarkerShape } from '../../charts/shapes.ts';

/** The map's props as parsed from the chapter (see ./figure.ts). */
export interface MapFigureProps {
  /** The events the map shows; by default every event with a place to mark. */
  events?: readonly string[] | undefined;
  /** Places with coordinates that the area encloses, e.g. two towns a site lies between. */
  areaAround?: readonly string[] | undefined;
  /** Events drawn as that area rather than at its places. */
  areaEvents?: readonly string[] | undefined;
  /** The frame; by default the countries of the marked places, with a margin. */
  extent?: LonLatBox | undefined;
}

/** An event as a table lists it: its date, and a link to it. */
export interface EventItem {
  date: string;
  href: string;
  title: string;
}

/** One layout of the map and the marks drawn on it, ready for the parts to render. */
export interface MapDrawing {
  layout: MapLayout;
  /** `name` is the words the marker's label shows, as its accessible name; `tip` describes it. */
  marks: Array<{
    marker: MapMarker;
    role: MapRole;
    colour?: number | undefined;
    href: string;
    name: string;
    tip: string;
    hits: Box[];
  }>;
  area?: { shape: MapArea; key: string; href: string; name: string; tip: string; hits: Box[] };
}

/** Everything the map figure's parts render, worked out from the data: the wide layout, the phone one, and what they share. */
export interface MapView {
  title: string;
  summary: string;
  source: string;
  wide: MapDrawing;
  narrow: MapDrawing;
  legend: {
    roles: Array<{ role: MapRole; colour?: number | undefined; shape: MarkerShape; label: string }>;
    /** The area's name mid-sentence, when there is one. */
    area?: string;
    /** Whether any marker was moved aside. */
    moved: boolean;
  };
  places: Array<{
    id: string;
    name: string;
    href: string;
    role: string;
    country: string;
    /** The events there, then those nearby (drawn as the area). */
    events: Array<EventItem & { nearby: boolean }>;
    coordinates: string;
    approximate: boolean;
    source: ResolvedCitation;
  }>;
  areaRow?: {
    key: string;
    name: string;
    around: string;
    countries: string;
    events: Array<EventItem & { cites: ResolvedCitation[] }>;
  };
}

/**
 * A label's lines as one line of words: what a reader sees on the map, so what speech input
 * must be able to say (WCAG 2.5.3, label in name).
 */
export const labelText = (lines: readonly LabelLine[]): string => lines.map((l) => l.text).join(' ');

/** The wide layout's width, the figure column's on a desktop; and the phone layout's. */
export const WIDE_WIDTH = 608;
export const NARROW_WIDTH = 320;

/**
 * The map of where the events happened: every place that has coordinates and appears in an
 * event (of `props.events`, when given), marked by the most serious kind of event there, on the
 * topology's borders, with the words, key and table that go with it. Laid out twice: wide,
 * framing the countries of the marked places with an inset; and for phones, cropped to the
 * marked places with shorter label lines. `links` gives the page each event links to (falling
 * back to the chronology).
 */
export function mapView(data: Dataset, topology: Topology, links: ReadonlyMap<string, string>, props: MapFigureProps): MapView {
  const locale = data.explainer.dateLocale ?? data.explainer.lang;
  const eventLink = (e: Event): EventItem => ({
    date: eventDateText(e, locale),
    href: links.get(e.id) ?? eventHref(e.id),
    title: e.title,
  });

  const known = new Set(data.events.map((e) => e.id));
  const unknown = (props.events ?? []).find((id) => !known.has(id));
  if (unknown) throw new Error(`MapFigure: events names an unknown event "${unknown}"`);
  const area = resolveArea(data, props.areaAround ?? [], props.areaEvents ?? []);
  const hasArea = area.places.length > 0;
  const marked = markPlaces(
    data,
    { places: new Set(area.places.map((p) => p.id)), events: new Set(area.events.map((e) => e.id)) },
    props.events && new Set(props.events),
  );
  if (marked.length === 0) throw new Error('MapFigure: none of its events has a place with coordinates to mark');
  const cites = areaCitations(data, area);
  const words = areaWords(area, locale, data.explainer);

  // The wide layout frames the countries of the marked places (those the topology knows) and the places.
  const countryNames = new Set(
    (topology.objects.countries as unknown as { geometries: Array<{ properties?: { name?: string } }> }).geometries.map(
      (g) => g.properties?.name ?? '',
    ),
  );
  const focus = [...new Set(marked.map((m) => m.place.country))].filter((c) => countryNames.has(c));
  const points = marked.map((m) => m.place.coordinates);
  const byId = new Map(marked.map((m) => [m.place.id, m]));
  const firstEvent = area.events[0];

  const draw = (
    width: number,
    extent: LonLatBox,
    { labelWidth, areaLabel, inset }: { labelWidth: number; areaLabel: LabelLine[]; inset: MapOptions['inset'] },
  ): MapDrawing => {
    const layout = layoutMap(
      topology,
      marked.map((m) => ({
        id: m.place.id,
        lon: m.place.coordinates.lon,
        lat: m.place.coordinates.lat,
        shape: m.shape,
        r: roleRadius(data.explainer, m.role),
        label: placeLabel(m, labelWidth),
        approximate: m.approximate,
      })),
      hasArea ? [{ id: words.key, around: area.places.map((p) => p.coordinates), label: areaLabel }] : [],
      { width, extent, focus, ...(inset && { inset }) },
    );
    const shape = layout.areas[0];
    return {
      layout,
      marks: layout.markers.map((marker) => {
        const m: MarkedPlace = byId.get(marker.id)!;
        return {
          marker,
          role: m.role,
          colour: m.colour,
          href: placeHref(marker.id),
          name: labelText(marker.label.lines),
          tip: placeTip(m, locale),
          hits: hitBoxes(marker.x, marker.y, markerReach(marker.shape, marker.r), marker.label),
        };
      }),
      ...(shape && {
        area: {
          shape,
          key: words.key,
          href: firstEvent ? eventLink(firstEvent).href : '',
          name: labelText(shape.label.lines),
          tip: words.tip,
          hits: hitBoxes(shape.cx, shape.cy, Math.max(shape.rx, shape.ry), shape.label),
        },
      }),
    };
  };
  const wide = draw(WIDE_WIDTH, props.extent ?? extentAround(topology, focus, points), {
    labelWidth: 165,
    areaLabel: words.label,
    inset: { width: 126, height: 100, zoomOut: 3.4 },
  });
  // On a phone, only what matters: the marked places, with room around them to read where they are.
  const narrow = draw(NARROW_WIDTH, extentAround(topology, [], points, { margin: 0.22, minSpan: 3.5 }), {
    labelWidth: 95,
    areaLabel: words.narrowLabel,
    inset: { width: 84, height: 68, zoomOut: 4 },
  });

  const sources = new Map(marked.map((m) => [m.place.id, resolveCitation(data, m.place.coordinates.cite)]));
  return {
    title: mapTitle([...marked.flatMap((m) => m.own), ...area.events], locale),
    summary: mapSummary(marked.length, hasArea ? words : undefined),
    source: mapSource([...sources.values()], cites),
    wide,
    narrow,
    legend: {
      roles: rolesOf(marked, data.explainer).map((role) => {
        const lane = data.explainer.eventKinds.find((l) => l.key === role);
        return { role, colour: lane?.colour, shape: lane?.shape ?? 'circle', label: roleLabel(data.explainer, role) };
      }),
      ...(hasArea && { area: midSentence(words.title) }),
      moved: [wide, narrow].some((d) => d.layout.markers.some((m) => m.at)),
    },
    places: marked.map((m) => ({
      id: m.place.id,
      name: m.place.name,
      href: placeHref(m.place.id),
      role: roleLabel(data.explainer, m.role),
      country: m.place.country,
      events: [
        ...m.own.map((e) => ({ ...eventLink(e), nearby: false })),
        ...m.nearby.map((e) => ({ ...eventLink(e), nearby: true })),
      ],
      coordinates: coordText(m.place),
      approximate: m.approximate,
      source: sources.get(m.place.id)!,
    })),
    ...(hasArea && {
      areaRow: {
        key: words.key,
        name: midSentence(words.title),
        around: words.around,
        countries: [...new Set(area.places.map((p) => p.country))].join(', '),
        events: cites.map(({ event, cites: c }) => ({ ...eventLink(event), cites: c })),
      },
    }),
  };
}

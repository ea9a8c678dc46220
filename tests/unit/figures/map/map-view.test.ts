import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-50m.json';
import { mapView, NARROW_WIDTH, WIDE_WIDTH, type MapDrawing } from '../../../../src/figures/map/map-view.ts';
import { MAP_TYPE } from '../../../../src/cartography/text.ts';
import { loadDataset } from '../../../../src/lib/data/load.ts';
import { roleRank } from '../../../../src/lib/event-kinds.ts';

const data = loadDataset(process.cwd());
const topology = world as unknown as Topology;
const links = new Map([['february-strike', '/chapters/february-strike/#when-february-strike']]);
// As the February strike chapter draws it.
const props = {
  events: ['erbil-attack', 'north-baghdad-attack', 'green-zone-attack', 'february-strike'],
  areaAround: ['abu-kamal', 'al-qaim'],
  areaEvents: ['february-strike'],
};
// Laying out both widths from the 1:50m atlas takes seconds on a busy machine.
const view = mapView(data, topology, links, props);

describe('mapView', () => {
  it('mapView(data, topology, links, props) gives every marker its place’s role, link, tooltip and hit boxes', () => {
    expect(view.wide.marks.map((m) => m.marker.id)).toEqual(view.wide.layout.markers.map((m) => m.id));
    for (const m of view.wide.marks) {
      expect(m.href).toBe(`/people-and-places/#place-${m.marker.id}`);
      expect(m.tip).toMatch(/^.+ \(.+\).*: .+\.$/);
      expect(m.hits.length).toBeGreaterThan(0);
    }
    // The area's places are named only to locate it.
    expect(view.wide.marks.filter((m) => m.role === 'reference').map((m) => m.marker.id)).toEqual(
      expect.arrayContaining(['abu-kamal', 'al-qaim']),
    );
  });

  it('names each marker and the area by the words their labels show, on one line, and keeps the tooltip to describe them', () => {
    const mark = (id: string) => view.wide.marks.find((m) => m.marker.id === id)!;
    // Set on several lines on the phone's map.
    const narrow = view.narrow.marks.find((m) => m.marker.id === 'erbil-airport')!;
    expect(narrow.marker.label.lines.length).toBeGreaterThan(1);
    expect(narrow.name).toBe('Erbil International Airport');
    expect(mark('erbil-airport').name).toBe('Erbil International Airport');
    expect(mark('al-qaim').name).toBe('Al-Qaim (approx.)');
    expect(mark('erbil-airport').tip).toMatch(/^Erbil International Airport \(Iraq\): Rocket attack on Erbil, /);
    expect(view.wide.area?.name).toBe('US strikes 25 February 2021 approximate: the sources give no exact site');
    expect(view.narrow.area?.name).toBe('US strikes approximate');
  });

  it('draws the area, linked where the chapter first mentions its first event, and lists it in the key and the table', () => {
    expect(view.wide.area?.key).toBe('area-february-strike');
    expect(view.wide.area?.href).toBe('/chapters/february-strike/#when-february-strike');
    expect(view.legend.area).toBe('US strikes');
    expect(view.areaRow?.events.map((e) => e.cites.length > 0)).toEqual([true]);
    expect(view.summary).toMatch(/are drawn as an area, because the sources give no exact site\.$/);
  });

  it('has a table row for every marker, and a key entry for every role shown', () => {
    expect(view.places.map((p) => p.id).toSorted()).toEqual(view.wide.marks.map((m) => m.marker.id).toSorted());
    const roles = view.legend.roles.map((r) => r.role);
    expect(new Set(roles)).toEqual(new Set(view.wide.marks.map((m) => m.role)));
    expect(roles).toEqual(roles.toSorted((a, b) => roleRank(data.explainer, a) - roleRank(data.explainer, b)));
    expect(view.title).toMatch(/^Where it happened, /);
  });

  it('links an event the chapters do not date to the chronology', () => {
    const nearby = view.places.flatMap((p) => p.events).find((e) => !e.href.startsWith('/chapters/'));
    expect(nearby?.href).toMatch(/^\/chronology\/#event-/);
  });

  it('draws no area without areaAround and areaEvents', () => {
    const plain = mapView(data, topology, links, {});
    expect(plain.wide.area).toBeUndefined();
    expect(plain.areaRow).toBeUndefined();
    expect(plain.wide.marks.some((m) => m.role === 'reference')).toBe(false);
  }, 30_000);

  // Every mark, label and area of a layout, as boxes that must lie inside its viewBox.
  const boxes = (d: MapDrawing) => [
    ...d.layout.markers.flatMap((m) => [m.label.box, { x: m.x - m.r, y: m.y - m.r, width: 2 * m.r, height: 2 * m.r }]),
    ...d.layout.areas.map((a) => a.label.box),
    ...d.layout.countryLabels.map((c) => c.box),
  ];
  const within = (d: MapDrawing) =>
    boxes(d).every((b) => b.x >= 0 && b.y >= 0 && b.x + b.width <= d.layout.width && b.y + b.height <= d.layout.height);

  it('lays the map out twice, 608 units wide and 320 for phones, every mark of one in the other and inside its frame', () => {
    expect(view.wide.layout.width).toBe(WIDE_WIDTH);
    expect(view.narrow.layout.width).toBe(NARROW_WIDTH);
    expect(view.narrow.marks.map((m) => m.marker.id)).toEqual(view.wide.marks.map((m) => m.marker.id));
    expect(within(view.wide)).toBe(true);
    expect(within(view.narrow)).toBe(true);
    // Text at 13.5 units: at least 12 px at the narrowest width each layout is shown at.
    expect(MAP_TYPE.label * (560 / WIDE_WIDTH)).toBeGreaterThanOrEqual(12);
    expect(MAP_TYPE.label * (288 / NARROW_WIDTH)).toBeGreaterThanOrEqual(12);
  });

  it('crops the phone layout to the marked places, so it shows them larger than the wide one', () => {
    const span = (d: MapDrawing) => {
      const xs = d.layout.markers.map((m) => m.x);
      return (Math.max(...xs) - Math.min(...xs)) / d.layout.width;
    };
    expect(span(view.narrow)).toBeGreaterThan(span(view.wide) * 1.5);
    // Labels wrap shorter on a phone.
    const lines = (d: MapDrawing) => d.layout.markers.reduce((k, m) => k + m.label.lines.length, 0);
    expect(lines(view.narrow)).toBeGreaterThan(lines(view.wide));
  });

  it('shows only the events it is given, with the area’s own', () => {
    const june = mapView(data, topology, links, {
      events: ['june-strikes'],
      areaAround: ['abu-kamal', 'al-qaim'],
      areaEvents: ['june-strikes'],
    });
    expect(june.places.map((p) => p.id).toSorted()).toEqual(['abu-kamal', 'al-qaim']);
    expect(june.title).toBe('Where it happened, June 2021');
    expect(june.areaRow?.events.map((e) => e.title)).toEqual([data.events.find((e) => e.id === 'june-strikes')!.title]);
    const february = mapView(data, topology, links, {
      events: ['erbil-attack', 'february-strike'],
      areaAround: ['abu-kamal', 'al-qaim'],
      areaEvents: ['february-strike'],
    });
    expect(february.places.map((p) => p.id).toSorted()).toEqual(['abu-kamal', 'al-qaim', 'erbil', 'erbil-airport']);
    expect(february.places.flatMap((p) => p.events.map((e) => e.date))).not.toContainEqual(expect.stringMatching(/June/));
  }, 30_000);

  it('names an unknown event, and a map with nothing to mark, in one line', () => {
    expect(() => mapView(data, topology, links, { events: ['no-such-event'] })).toThrow(
      'MapFigure: events names an unknown event "no-such-event"',
    );
    expect(() => mapView(data, topology, links, { events: ['june-strikes'] })).toThrow(
      'MapFigure: none of its events has a place with coordinates to mark',
    );
  });

  it('gives a source line a reader can read: the borders, who the coordinates come from, who places the area', () => {
    expect(view.source).toMatch(/^Natural Earth; coordinates from Wikipedia; the area from .+\.$/);
    expect(view.source).not.toMatch(/package|1:50m|paragraph/);
  });
});

import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-50m.json';
import { mapView } from '../../../../src/figures/map/map-view.ts';
import { loadDataset } from '../../../../src/lib/data/load.ts';
import { roleRank } from '../../../../src/lib/event-kinds.ts';

const data = loadDataset(process.cwd());
const topology = world as unknown as Topology;
const links = new Map([['february-strike', '/chapters/february-strike/#when-february-strike']]);
// As the February strike chapter draws it.
const props = { areaAround: ['abu-kamal', 'al-qaim'], areaEvents: ['february-strike', 'june-strikes'] };
const view = mapView(data, topology, links, props);

describe('mapView', () => {
  it('mapView(data, topology, links, props) gives every marker its place’s role, link, tooltip and hit boxes', () => {
    expect(view.marks.map((m) => m.marker.id)).toEqual(view.layout.markers.map((m) => m.id));
    for (const m of view.marks) {
      expect(m.href).toBe(`/people-and-places/#place-${m.marker.id}`);
      expect(m.tip).toMatch(/^.+ \(.+\).*: .+\.$/);
      expect(m.hits.length).toBeGreaterThan(0);
    }
    // The area's places are named only to locate it.
    expect(view.marks.filter((m) => m.role === 'reference').map((m) => m.marker.id)).toEqual(
      expect.arrayContaining(['abu-kamal', 'al-qaim']),
    );
  });

  it('names each marker and the area by the words their labels show, on one line, and keeps the tooltip to describe them', () => {
    const mark = (id: string) => view.marks.find((m) => m.marker.id === id)!;
    // Set on two lines on the map.
    expect(mark('erbil-airport').marker.label.lines.length).toBe(2);
    expect(mark('erbil-airport').name).toBe('Erbil International Airport');
    expect(mark('al-qaim').name).toBe('Al-Qaim (approx.)');
    expect(mark('erbil-airport').tip).toMatch(/^Erbil International Airport \(Iraq\): Rocket attack on Erbil, /);
    expect(view.area?.name).toBe('US strikes 25 February and 27 June 2021 approximate: the sources give no exact site');
  });

  it('draws the area, linked where the chapter first mentions its first event, and lists it in the key and the table', () => {
    expect(view.area?.key).toBe('area-february-strike-june-strikes');
    expect(view.area?.href).toBe('/chapters/february-strike/#when-february-strike');
    expect(view.legend.area).toBe('US strikes');
    expect(view.areaRow?.events.map((e) => e.cites.length > 0)).toEqual([true, true]);
    expect(view.summary).toMatch(/are drawn as an area, because the sources give no exact site\.$/);
  });

  it('has a table row for every marker, and a key entry for every role shown', () => {
    expect(view.places.map((p) => p.id).toSorted()).toEqual(view.marks.map((m) => m.marker.id).toSorted());
    const roles = view.legend.roles.map((r) => r.role);
    expect(new Set(roles)).toEqual(new Set(view.marks.map((m) => m.role)));
    expect(roles).toEqual(roles.toSorted((a, b) => roleRank(data.explainer, a) - roleRank(data.explainer, b)));
    expect(view.source).toMatch(/^borders from Natural Earth .*\.$/);
    expect(view.title).toMatch(/^Where it happened, /);
  });

  it('links an event the chapters do not date to the chronology', () => {
    const nearby = view.places.flatMap((p) => p.events).find((e) => !e.href.startsWith('/chapters/'));
    expect(nearby?.href).toMatch(/^\/chronology\/#event-/);
  });

  it('draws no area without areaAround and areaEvents', () => {
    const plain = mapView(data, topology, links, {});
    expect(plain.area).toBeUndefined();
    expect(plain.areaRow).toBeUndefined();
    expect(plain.marks.some((m) => m.role === 'reference')).toBe(false);
  });
});

import { geoDistance } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-50m.json';
import { overlaps } from '../../../src/charts/boxes.ts';
import {
  extentAround,
  insetProjection,
  layoutMap,
  mapProjection,
  markerReach,
  type Box,
  type MapLayout,
  type MapPlaceInput,
  type MapOptions,
} from '../../../src/cartography/map.ts';

const topology = world as unknown as Topology;
const extent = { west: 35, south: 29, east: 49, north: 38.5 };
const options: MapOptions = {
  width: 720,
  extent,
  focus: ['Iraq', 'Syria'],
  inset: { width: 150, height: 118, zoomOut: 3.4 },
};
const place = (id: string, lon: number, lat: number, name = id, shape: MapPlaceInput['shape'] = 'triangle'): MapPlaceInput => ({
  id,
  lon,
  lat,
  shape,
  label: [{ text: name }],
});
// Real places of a story on this map: two pairs a few kilometres apart, one pair 20 km apart.
const places: MapPlaceInput[] = [
  place('baghdad', 44.3661, 33.3153, 'Baghdad', 'diamond'),
  place('erbil', 44.009189, 36.191188, 'Erbil'),
  place('erbil-airport', 43.96306, 36.2375, 'Erbil International Airport'),
  place('green-zone', 44.390259, 33.307577, 'Green Zone'),
  place('balad', 44.36667, 33.93333, 'Base north of Baghdad'),
  place('ain-al-asad', 42.4412, 33.7856083, 'Ain al-Asad air base'),
  place('al-qaim', 41.13889, 34.36694, 'Al-Qaim (approx.)', 'circle'),
  place('abu-kamal', 40.93667, 34.45361, 'Abu Kamal', 'circle'),
];
const area = {
  id: 'strike-area',
  around: [
    { lon: 41.13889, lat: 34.36694 },
    { lon: 40.93667, lat: 34.45361 },
  ],
  label: [{ text: 'US strikes', strong: true }, { text: '25 February and 27 June 2021' }, { text: 'approximate', soft: true }],
};

/** Every label box on the map, named, and every marker's box. */
function boxes(layout: MapLayout): { labels: Array<[string, Box]>; marks: Array<[string, Box]> } {
  return {
    labels: [
      ...layout.markers.map((m): [string, Box] => [m.id, m.label.box]),
      ...layout.areas.map((a): [string, Box] => [a.id, a.label.box]),
      ...layout.countryLabels.map((c): [string, Box] => [c.name, c.box]),
    ],
    marks: layout.markers.map((m): [string, Box] => {
      const r = markerReach(m.shape, m.r);
      return [m.id, { x: m.x - r, y: m.y - r, width: 2 * r, height: 2 * r }];
    }),
  };
}

function expectNoOverlaps(layout: MapLayout): void {
  const { labels, marks } = boxes(layout);
  const clashes: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++)
      if (overlaps(labels[i]![1], labels[j]![1])) clashes.push(`${labels[i]![0]} / ${labels[j]![0]}`);
    for (const [id, box] of marks) if (overlaps(labels[i]![1], box)) clashes.push(`label ${labels[i]![0]} / marker ${id}`);
  }
  expect(clashes).toEqual([]);
}

const layout = layoutMap(topology, places, [area], options);

// Each layout projects and clips the 1:50m world atlas: about a second a call on a busy two-core
// machine, so a case of several layouts took 3 of the default 5 s when lint and types ran beside it.
describe('layoutMap', { timeout: 15_000 }, () => {
  it('keeps every marked place inside the frame, at its projected position unless moved aside', () => {
    const { projection, height } = mapProjection(extent, 720);
    expect(layout.height).toBe(height);
    expect(layout.markers).toHaveLength(places.length);
    for (const p of places) {
      const m = layout.markers.find((x) => x.id === p.id)!;
      const [x, y] = projection([p.lon, p.lat])!;
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(layout.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(layout.height);
      const at = m.at ?? m;
      expect(Math.abs(at.x - x)).toBeLessThanOrEqual(0.05);
      expect(Math.abs(at.y - y)).toBeLessThanOrEqual(0.05);
      expect(m.x).toBeGreaterThan(0);
      expect(m.x).toBeLessThan(layout.width);
    }
  });

  it('frames the whole extent it is given', () => {
    const { projection, height } = mapProjection(extent, 720);
    for (const [lon, lat] of [
      [extent.west, extent.south],
      [extent.west, extent.north],
      [extent.east, extent.south],
      [extent.east, extent.north],
      [(extent.west + extent.east) / 2, extent.north],
    ] as Array<[number, number]>) {
      const [x, y] = projection([lon, lat])!;
      expect(x).toBeGreaterThanOrEqual(-0.5);
      expect(x).toBeLessThanOrEqual(720.5);
      expect(y).toBeGreaterThanOrEqual(-0.5);
      expect(y).toBeLessThanOrEqual(height + 0.5);
    }
  });

  it('moves aside a marker that would cover another, keeping its true spot', () => {
    const gz = layout.markers.find((m) => m.id === 'green-zone')!;
    const bg = layout.markers.find((m) => m.id === 'baghdad')!;
    expect(bg.at).toBeUndefined();
    expect(gz.at).toBeDefined();
    expect(Math.hypot(gz.x - bg.x, gz.y - bg.y)).toBeGreaterThanOrEqual(markerReach('diamond', 5) + markerReach('triangle', 5));
  });

  it('never lets labels overlap each other or a marker', () => {
    expectNoOverlaps(layout);
    // Country names are placed too, inside the frame.
    expect(layout.countryLabels.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Iraq', 'Syria', 'Iran', 'Turkey', 'Jordan', 'Saudi Arabia']),
    );
  });

  it('separates the labels of two places so close their first choices would collide', () => {
    // About 30 km apart: the markers clear each other, their labels would not.
    const close = [place('a', 42, 33, 'A place with a long name'), place('b', 42.3, 33.06, 'Another long place name')];
    const l = layoutMap(topology, close, [], options);
    const [a, b] = l.markers;
    expect(a!.at ?? b!.at).toBeUndefined();
    const right = (m: typeof a) => ({
      x: m!.x + markerReach('triangle', 5) + 3,
      y: m!.y - 7,
      width: m!.label.box.width,
      height: 14,
    });
    expect(overlaps(right(a), right(b))).toBe(true);
    // Both would take the right-hand spot first; one of them had to go elsewhere.
    expect(a!.label.anchor === 'start' && b!.label.anchor === 'start' && a!.label.box.y === b!.label.box.y).toBe(false);
    expectNoOverlaps(l);
  });

  it('falls back to a leader line in a crowd, still without overlaps', () => {
    const crowd = Array.from({ length: 7 }, (_, i) =>
      place(`p${i}`, 43 + (i % 3) * 0.3, 33 + Math.floor(i / 3) * 0.25, `Place number ${i} with a long name`),
    );
    const l = layoutMap(topology, crowd, [], options);
    expect(l.markers.some((m) => m.label.leader)).toBe(true);
    expectNoOverlaps(l);
    for (const m of l.markers) {
      const { box } = m.label;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(l.width);
      expect(box.y + box.height).toBeLessThanOrEqual(l.height);
    }
  });

  it('draws an area as an ellipse that encloses its points', () => {
    const [a] = layout.areas;
    const { projection } = mapProjection(extent, 720);
    const t = (-a!.rotate * Math.PI) / 180;
    for (const p of area.around) {
      const [x, y] = projection([p.lon, p.lat])!;
      const dx = (x - a!.cx) * Math.cos(t) - (y - a!.cy) * Math.sin(t);
      const dy = (x - a!.cx) * Math.sin(t) + (y - a!.cy) * Math.cos(t);
      expect((dx / a!.rx) ** 2 + (dy / a!.ry) ** 2).toBeLessThan(1);
    }
  });

  it('gives a scale bar whose length matches its label within 1%', () => {
    const { projection } = mapProjection(extent, 720);
    const { length, km, label } = layout.scaleBar;
    expect(label).toBe(`${km} km`);
    expect([50, 100, 200, 500]).toContain(km);
    const cy = layout.height / 2;
    const a = projection.invert!([layout.width / 2 - length / 2, cy])!;
    const b = projection.invert!([layout.width / 2 + length / 2, cy])!;
    const measured = geoDistance(a, b) * 6371.0088;
    expect(Math.abs(measured - km) / km).toBeLessThan(0.01);
  });

  it('draws the main map’s extent as a rectangle inside the inset that contains the whole extent', () => {
    const inset = layout.inset!;
    const r = inset.extent;
    expect(r.x).toBeGreaterThan(inset.x);
    expect(r.y).toBeGreaterThan(inset.y);
    expect(r.x + r.width).toBeLessThan(inset.x + inset.width);
    expect(r.y + r.height).toBeLessThan(inset.y + inset.height);
    expect(r.width / r.height).toBeCloseTo(layout.width / layout.height, 1);
    const { projection } = mapProjection(extent, 720);
    const { projection: ip } = insetProjection(projection, layout.width, layout.height, inset, 3.4);
    for (let lon = extent.west; lon <= extent.east; lon += 1) {
      for (const lat of [extent.south, extent.north]) {
        const [x, y] = ip([lon, lat])!;
        expect(x).toBeGreaterThanOrEqual(r.x - 0.1);
        expect(x).toBeLessThanOrEqual(r.x + r.width + 0.1);
        expect(y).toBeGreaterThanOrEqual(r.y - 0.1);
        expect(y).toBeLessThanOrEqual(r.y + r.height + 0.1);
      }
    }
  });

  it('is deterministic, with every number rounded to one decimal', () => {
    const again = layoutMap(topology, places, [area], options);
    expect(again).toEqual(layout);
    const json = JSON.stringify(layout);
    expect(json).not.toMatch(/\d\.\d{2,}/);
    expect(layout.countries.find((c) => c.name === 'Iraq')?.focus).toBe(true);
    expect(layout.countries.find((c) => c.name === 'Iran')?.focus).toBe(false);
    expect(layout.countries.find((c) => c.name === 'Brazil')).toBeUndefined();
  });

  it('refuses a place outside the extent', () => {
    expect(() => layoutMap(topology, [place('paris', 2.35, 48.86)], [], options)).toThrow(/outside the map's extent/);
  });
});

describe('extentAround', () => {
  it('frames the named countries and the points with a margin', () => {
    const box = extentAround(topology, ['Iraq', 'Syria'], [{ lon: 44, lat: 36 }]);
    expect(box.west).toBeLessThan(35.8);
    expect(box.east).toBeGreaterThan(48.5);
    expect(box.south).toBeLessThan(29.1);
    expect(box.north).toBeGreaterThan(37.3);
    expect(box.east - box.west).toBeLessThan(16);
  });

  it('widens a frame of a few close points to minSpan degrees, around them', () => {
    const towns = [
      { lon: 40.94, lat: 34.45 },
      { lon: 41.14, lat: 34.37 },
    ];
    const tight = extentAround(topology, [], towns, { margin: 0.2 });
    expect(tight.east - tight.west).toBeLessThan(1);
    const wide = extentAround(topology, [], towns, { margin: 0.2, minSpan: 3.5 });
    expect(wide.east - wide.west).toBeGreaterThanOrEqual(3.5);
    expect(wide.north - wide.south).toBeGreaterThanOrEqual(3.5);
    expect((wide.west + wide.east) / 2).toBeCloseTo(41.04, 0);
    expect((wide.south + wide.north) / 2).toBeCloseTo(34.41, 0);
  });
});

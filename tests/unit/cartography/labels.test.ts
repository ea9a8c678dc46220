import { geoContains, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-50m.json';
import { placeCountryLabels } from '../../../src/cartography/country-labels.ts';
import { overlaps } from '../../../src/charts/boxes.ts';
import { labelPlacer } from '../../../src/cartography/labels.ts';
import type { PlacedMarker } from '../../../src/cartography/markers.ts';
import { mapProjection } from '../../../src/cartography/projection.ts';
import { labelSize, MAP_TYPE } from '../../../src/cartography/text.ts';

const frame = { x: 4, y: 4, width: 712, height: 500 };
const marker = (id: string, x: number, y: number, at?: { x: number; y: number }): PlacedMarker => ({
  id,
  x,
  y,
  shape: 'circle',
  r: 5,
  reach: 5,
  approximate: false,
  ...(at ? { at } : {}),
});
const around = (m: PlacedMarker) => ({ x: m.x - m.reach, y: m.y - m.reach, width: 2 * m.reach, height: 2 * m.reach });

describe('labelSize', () => {
  it('labelSize(lines) is the widest line plus a unit either side, by a line height per line', () => {
    const size = labelSize([{ text: 'Erbil' }, { text: 'Erbil', strong: true }]);
    expect(size.height).toBe(2 * MAP_TYPE.lineHeight);
    expect(size.width).toBeGreaterThan(labelSize([{ text: 'Erbil' }]).width);
  });
});

describe('labelPlacer', () => {
  it('place(owner, around, lines) sets a label to the right of its mark when there is room', () => {
    const m = marker('a', 200, 200);
    const label = labelPlacer(frame, [], [m]).place('a', around(m), [{ text: 'A place' }]);
    expect(label.anchor).toBe('start');
    expect(label.box.x).toBe(208);
    expect(label.leader).toBeUndefined();
  });

  it('sets the next label elsewhere rather than on one already placed, and keeps clear of claimed boxes', () => {
    const a = marker('a', 200, 200);
    const b = marker('b', 200, 214);
    const labels = labelPlacer(frame, [], [a, b]);
    const first = labels.place('a', around(a), [{ text: 'A long place name' }]);
    const second = labels.place('b', around(b), [{ text: 'A long place name' }]);
    expect(overlaps(first.box, second.box)).toBe(false);
    labels.claim({ x: 150, y: 150, width: 100, height: 100 });
    expect(labels.free({ x: 160, y: 160, width: 10, height: 10 }, 'c')).toBe(false);
    expect(labels.taken()).toContainEqual({ x: 150, y: 150, width: 100, height: 100 });
  });

  it('lets a label lie on an obstacle that names its owner, and no other', () => {
    const m = marker('a', 200, 200);
    const obstacle = { box: { x: 150, y: 150, width: 200, height: 100 }, except: new Set(['a']) };
    const labels = labelPlacer(frame, [obstacle], [m]);
    expect(labels.place('a', around(m), [{ text: 'Inside' }]).leader).toBeUndefined();
    expect(labels.free({ x: 160, y: 230, width: 10, height: 10 }, 'b')).toBe(false);
  });

  it('falls back to a leader line when every spot beside the mark is taken, and fails when nothing is free', () => {
    const m = marker('a', 200, 200);
    // A ring of markers around it takes every spot beside it.
    const ring = Array.from({ length: 8 }, (_, i) =>
      marker(`r${i}`, 200 + 14 * Math.cos((i * Math.PI) / 4), 200 + 14 * Math.sin((i * Math.PI) / 4)),
    );
    const label = labelPlacer(frame, [], [m, ...ring]).place('a', around(m), [{ text: 'Crowded' }]);
    expect(label.leader).toBeDefined();
    for (const r of ring) expect(overlaps(label.box, around(r))).toBe(false);
    const full = labelPlacer(frame, [{ box: frame }], [m]);
    expect(() => full.place('a', around(m), [{ text: 'Nowhere' }])).toThrow(/no room for the label of "a"/);
  });

  it('keeps labels off the line from a moved marker to its true spot', () => {
    const m = marker('a', 200, 200, { x: 240, y: 200 });
    const label = labelPlacer(frame, [], [m]).place('a', around(m), [{ text: 'Moved' }]);
    expect(label.anchor).not.toBe('start');
  });
});

describe('placeCountryLabels', () => {
  const topology = world as unknown as Topology;
  const countries = feature(topology, topology.objects.countries as GeometryCollection<{ name?: string }>) as FeatureCollection<
    Geometry,
    { name?: string }
  >;
  const { projection, height } = mapProjection({ west: 35, south: 29, east: 49, north: 38.5 }, 720);
  const box = { x: 4, y: 4, width: 712, height: height - 8 };

  it('placeCountryLabels(names, …) names each country inside its own borders, clear of what is placed', () => {
    const labels = labelPlacer(box, [], []);
    const [iraq, syria] = placeCountryLabels(['Iraq', 'Syria'], countries, projection, geoPath(projection), labels);
    for (const [label, name] of [
      [iraq!, 'Iraq'],
      [syria!, 'Syria'],
    ] as const) {
      const f = countries.features.find((c) => c.properties.name === name)!;
      expect(label.name).toBe(name);
      expect(geoContains(f, projection.invert!([label.x, label.y])!)).toBe(true);
    }
    expect(overlaps(iraq!.box, syria!.box)).toBe(false);
  });

  it('refuses a name the topology does not have', () => {
    expect(() => placeCountryLabels(['Atlantis'], countries, projection, geoPath(projection), labelPlacer(box, [], []))).toThrow(
      /no country named "Atlantis"/,
    );
  });
});

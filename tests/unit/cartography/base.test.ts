import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-50m.json';
import { drawBase, drawInset } from '../../../src/cartography/base.ts';
import { mapProjection } from '../../../src/cartography/projection.ts';

const topology = world as unknown as Topology;
const object = topology.objects.countries as GeometryCollection<{ name?: string }>;
const countries = feature(topology, object) as FeatureCollection<Geometry, { name?: string }>;
const { projection, height } = mapProjection({ west: 35, south: 29, east: 49, north: 38.5 }, 720);
const focus = new Set(['Iraq', 'Syria']);

describe('drawBase', () => {
  const base = drawBase(topology, object, countries, projection, focus);

  it('drawBase(…) keeps only the countries in the frame, marking the focus ones', () => {
    const names = base.countries.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Iraq', 'Syria', 'Iran', 'Jordan']));
    expect(names).not.toContain('Brazil');
    expect(base.countries.filter((c) => c.focus).map((c) => c.name)).toEqual(expect.arrayContaining(['Iraq', 'Syria']));
    expect(base.countries.filter((c) => c.focus)).toHaveLength(2);
  });

  it('draws borders of the focus countries apart from the others, and the coast, as path data', () => {
    for (const d of [base.borders, base.focusBorders, base.coast]) expect(d).toMatch(/^M[\d.-]+,[\d.-]+L/);
    expect(base.focusBorders).not.toBe(base.borders);
  });
});

describe('drawInset', () => {
  it('drawInset(…) draws the wider region in its box, with the main frame as a rectangle inside it', () => {
    const at = { x: 10, y: height - 128, width: 150, height: 118, zoomOut: 3.4 };
    const inset = drawInset(topology, object, { projection, width: 720, height }, at, focus);
    expect(inset).toMatchObject({ x: 10, y: at.y, width: 150, height: 118 });
    expect(inset.extent.x).toBeGreaterThan(inset.x);
    expect(inset.extent.x + inset.extent.width).toBeLessThan(inset.x + inset.width);
    expect(inset.extent.width / inset.extent.height).toBeCloseTo(720 / height, 1);
    for (const d of [inset.land, inset.focus, inset.borders]) expect(d.length).toBeGreaterThan(0);
  });
});

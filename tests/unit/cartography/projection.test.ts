import { describe, expect, it } from 'vitest';
import { kmPerUnit, mapProjection, scaleBar } from '../../../src/cartography/projection.ts';

const extent = { west: 35, south: 29, east: 49, north: 38.5 };
const { projection, height } = mapProjection(extent, 720);

describe('map projection', () => {
  it('kmPerUnit(projection, x, y) measures the ground a unit covers', () => {
    // About 1,300 km across 720 units at these latitudes.
    expect(kmPerUnit(projection, 360, height / 2)).toBeGreaterThan(1.5);
    expect(kmPerUnit(projection, 360, height / 2)).toBeLessThan(2.2);
  });

  it('scaleBar(projection, width, height) is a round distance, no wider than a fifth of the map, bottom right', () => {
    const { perUnit, bar } = scaleBar(projection, 720, height);
    expect(bar.label).toBe(`${bar.km} km`);
    expect(bar.length * perUnit).toBeCloseTo(bar.km, 6);
    expect(bar.length).toBeLessThanOrEqual(720 * 0.2);
    // The next round step up would not fit.
    expect(bar.km).toBe(200);
    expect(bar.x + bar.length).toBeCloseTo(720 - 16, 6);
    expect(bar.y).toBe(height - 14);
  });
});

import { describe, expect, it } from 'vitest';
import { areaShape } from '../../../src/cartography/area-shape.ts';
import { markerReach } from '../../../src/cartography/geometry.ts';
import { placeMarkers } from '../../../src/cartography/markers.ts';
import { mapProjection } from '../../../src/cartography/projection.ts';
import type { MapPlaceInput } from '../../../src/cartography/types.ts';

const { projection, height } = mapProjection({ west: 35, south: 29, east: 49, north: 38.5 }, 720);
const size = { width: 720, height, frame: { x: 4, y: 4, width: 712, height: height - 8 } };
const place = (id: string, lon: number, lat: number, shape: MapPlaceInput['shape'] = 'triangle'): MapPlaceInput => ({
  id,
  lon,
  lat,
  shape,
  label: [{ text: id }],
});

describe('placeMarkers', () => {
  it('placeMarkers(places, …) puts a marker at its place, moving aside one that would cover an earlier one', () => {
    const [a, b] = placeMarkers([place('a', 44.37, 33.32, 'diamond'), place('b', 44.39, 33.31)], projection, size, []);
    const [x, y] = projection([44.37, 33.32])!;
    expect(a).toMatchObject({ id: 'a', x, y, r: 5, reach: markerReach('diamond', 5), approximate: false });
    expect(a!.at).toBeUndefined();
    // b keeps its true spot in `at`, and clears a.
    const [bx, by] = projection([44.39, 33.31])!;
    expect(b!.at).toEqual({ x: bx, y: by });
    expect(Math.hypot(b!.x - a!.x, b!.y - a!.y)).toBeGreaterThanOrEqual(a!.reach + b!.reach + 2);
  });

  it('moves a marker aside past the obstacles it is given, such as the inset', () => {
    const [x, y] = projection([44, 36])!;
    // Below and to the right of the spot: where the second marker would go first.
    const obstacle = { box: { x: x + 6, y: y + 6, width: 40, height: 40 } };
    const [, b] = placeMarkers([place('a', 44, 36), place('b', 44, 36)], projection, size, [obstacle]);
    const reach = markerReach('triangle', 5);
    expect(b!.x).toBeCloseTo(x, 6);
    expect(b!.y).toBeCloseTo(y + 2 * reach + 6, 6);
  });

  // Blocked by no earlier marker, only by an obstacle or by the frame, a marker still moves aside.
  it('moves a marker off an obstacle it alone covers, such as the scale bar', () => {
    const [x, y] = projection([44, 36])!;
    const bar = { box: { x: x - 30, y: y - 4, width: 60, height: 8 } };
    const [a] = placeMarkers([place('a', 44, 36)], projection, size, [bar]);
    const reach = markerReach('triangle', 5);
    expect(a!.at).toEqual({ x, y });
    const box = { x: a!.x - reach, y: a!.y - reach, width: 2 * reach, height: 2 * reach };
    const apart =
      box.x + box.width <= bar.box.x ||
      bar.box.x + bar.box.width <= box.x ||
      box.y + box.height <= bar.box.y ||
      bar.box.y + bar.box.height <= box.y;
    expect(apart).toBe(true);
  });

  it('moves a marker that would cross the frame inside it', () => {
    const [x, y] = projection([44, 36])!;
    const frame = { x: x - 2, y: 4, width: 700, height: height - 8 };
    const [a] = placeMarkers([place('a', 44, 36)], projection, { ...size, frame }, []);
    const reach = markerReach('triangle', 5);
    expect(a!.at).toEqual({ x, y });
    expect(a!.x - reach).toBeGreaterThanOrEqual(frame.x);
  });

  it('refuses a place outside the map', () => {
    expect(() => placeMarkers([place('paris', 2.35, 48.86)], projection, size, [])).toThrow(/outside the map's extent/);
  });
});

describe('areaShape', () => {
  const around = [
    { lon: 41.13889, lat: 34.36694 },
    { lon: 40.93667, lat: 34.45361 },
  ];
  const markers = placeMarkers(
    around.map((p, i) => place(`p${i}`, p.lon, p.lat, 'circle')),
    projection,
    size,
    [],
  );
  const shape = areaShape({ id: 'area', around, label: [{ text: 'Area' }] }, projection, markers, 1.8);

  it('areaShape(area, …) is an ellipse along the line through its points that encloses them and their markers', () => {
    const t = (-shape.rotate * Math.PI) / 180;
    for (const m of markers) {
      // The far edge of each marker, along the ellipse's axis, is inside it.
      const dx = (m.x - shape.cx) * Math.cos(t) - (m.y - shape.cy) * Math.sin(t);
      const dy = (m.x - shape.cx) * Math.sin(t) + (m.y - shape.cy) * Math.cos(t);
      expect(((Math.abs(dx) + m.reach) / shape.rx) ** 2 + (dy / shape.ry) ** 2).toBeLessThan(1);
    }
    expect(shape.rx).toBeGreaterThanOrEqual(shape.ry);
  });

  it('names the markers at its points, whose labels may overlap it, and boxes the whole ellipse', () => {
    expect([...shape.inner]).toEqual(['p0', 'p1']);
    expect(shape.box.x).toBeLessThanOrEqual(shape.cx - shape.rx * Math.abs(Math.cos((shape.rotate * Math.PI) / 180)));
    expect(shape.box.width).toBeGreaterThanOrEqual(2 * shape.ry);
  });

  it('refuses an area with no points', () => {
    expect(() => areaShape({ id: 'none', around: [], label: [] }, projection, markers, 1.8)).toThrow(/has no points/);
  });
});

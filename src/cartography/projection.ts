import { geoBounds, geoConicConformal, geoDistance, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Box, LonLatBox, MapLayout } from './types.ts';

const EARTH_RADIUS_KM = 6371.0088;
const SCALE_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];

/** Points along the edges of a longitude–latitude box, one per degree, so it follows the parallels. */
function boxOutline(b: LonLatBox): Array<[number, number]> {
  const pts: Array<[number, number]> = [];
  const steps = (a: number, z: number) => Math.max(2, Math.ceil(Math.abs(z - a)));
  for (let i = 0, n = steps(b.west, b.east); i <= n; i++) {
    const lon = b.west + ((b.east - b.west) * i) / n;
    pts.push([lon, b.south], [lon, b.north]);
  }
  for (let i = 0, n = steps(b.south, b.north); i <= n; i++) {
    const lat = b.south + ((b.north - b.south) * i) / n;
    pts.push([b.west, lat], [b.east, lat]);
  }
  return pts;
}

/**
 * A conformal conic projection centred on the extent (standard parallels at one sixth and five
 * sixths of its height), scaled so the extent fills `width`; returns it with the height it needs.
 */
export function mapProjection(extent: LonLatBox, width: number): { projection: GeoProjection; height: number } {
  const span = extent.north - extent.south;
  const projection = geoConicConformal()
    .parallels([extent.south + span / 6, extent.north - span / 6])
    .rotate([-(extent.west + extent.east) / 2, 0])
    .fitWidth(width, { type: 'MultiPoint', coordinates: boxOutline(extent) });
  const [[, y0], [, y1]] = geoPath(projection).bounds({ type: 'MultiPoint', coordinates: boxOutline(extent) });
  const height = Math.ceil(y1 - y0);
  projection.translate([projection.translate()[0], projection.translate()[1] - y0]).clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, height };
}

/** Kilometres per SVG unit, measured horizontally at (x, y). */
export function kmPerUnit(projection: GeoProjection, x: number, y: number): number {
  const a = projection.invert!([x - 50, y])!;
  const b = projection.invert!([x + 50, y])!;
  return (geoDistance(a, b) * EARTH_RADIUS_KM) / 100;
}

/**
 * A scale bar in the bottom-right corner, as long as the largest round distance that fits in a
 * fifth of the width, measured at the centre (a conformal map's scale varies across it); with
 * the kilometres per unit it was measured at.
 */
export function scaleBar(
  projection: GeoProjection,
  width: number,
  height: number,
): { perUnit: number; bar: MapLayout['scaleBar'] } {
  const perUnit = kmPerUnit(projection, width / 2, height / 2);
  const km = [...SCALE_STEPS].reverse().find((s) => s / perUnit <= width * 0.2) ?? SCALE_STEPS[0]!;
  const length = km / perUnit;
  return { perUnit, bar: { x: width - 16 - length, y: height - 14, length, km, label: `${km} km` } };
}

/**
 * The main projection at a smaller scale for a locator inset drawn in `box`, showing `zoomOut`
 * times the main map's width. Being the same projection, it maps the main frame to a true
 * rectangle, `extent`, centred in the inset.
 */
export function insetProjection(
  projection: GeoProjection,
  width: number,
  height: number,
  box: Box,
  zoomOut: number,
): { projection: GeoProjection; extent: Box } {
  const k = box.width / width / zoomOut;
  const [tx, ty] = projection.translate();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const inset = geoConicConformal()
    .parallels((projection as ReturnType<typeof geoConicConformal>).parallels())
    .rotate(projection.rotate())
    .scale(projection.scale() * k)
    .translate([cx + (tx - width / 2) * k, cy + (ty - height / 2) * k])
    .clipExtent([
      [box.x, box.y],
      [box.x + box.width, box.y + box.height],
    ]);
  return {
    projection: inset,
    extent: { x: cx - (width / 2) * k, y: cy - (height / 2) * k, width: width * k, height: height * k },
  };
}

/**
 * The smallest longitude–latitude box holding the named countries and the points, widened by
 * `margin` (a fraction of its size) on every side, and to at least `minSpan` degrees each way.
 */
export function extentAround(
  topology: Topology,
  countries: readonly string[],
  points: ReadonlyArray<{ lon: number; lat: number }>,
  { margin = 0.06, object = 'countries', minSpan = 0 } = {},
): LonLatBox {
  const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  const add = (lon: number, lat: number) => {
    box.west = Math.min(box.west, lon);
    box.east = Math.max(box.east, lon);
    box.south = Math.min(box.south, lat);
    box.north = Math.max(box.north, lat);
  };
  for (const p of points) add(p.lon, p.lat);
  const world = feature(topology, topology.objects[object] as GeometryCollection<{ name?: string }>) as FeatureCollection<
    Geometry,
    { name?: string }
  >;
  for (const f of world.features) {
    if (!countries.includes(f.properties.name ?? '')) continue;
    const [[w, s], [e, n]] = geoBounds(f);
    add(w, s);
    add(e, n);
  }
  if (!Number.isFinite(box.west)) throw new Error('extentAround: nothing to frame');
  // A few places close together still need their surroundings to be read: widen to `minSpan` degrees.
  for (const [lo, hi] of [
    ['west', 'east'],
    ['south', 'north'],
  ] as const) {
    const grow = Math.max(0, minSpan - (box[hi] - box[lo])) / 2;
    box[lo] -= grow;
    box[hi] += grow;
  }
  const dLon = Math.max(box.east - box.west, 1) * margin;
  const dLat = Math.max(box.north - box.south, 1) * margin;
  return {
    west: Math.round((box.west - dLon) * 10) / 10,
    south: Math.round((box.south - dLat) * 10) / 10,
    east: Math.round((box.east + dLon) * 10) / 10,
    north: Math.round((box.north + dLat) * 10) / 10,
  };
}

import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { drawBase, drawInset, nameOf } from './base.ts';
import { placeCountryLabels } from './country-labels.ts';
import { areaShape } from './area-shape.ts';
import { markerBox, r1, type Obstacle } from './geometry.ts';
import { labelPlacer } from './labels.ts';
import { placeMarkers } from './markers.ts';
import { mapProjection, scaleBar } from './projection.ts';
import type { Box, MapArea, MapAreaInput, MapLabel, MapLayout, MapMarker, MapOptions, MapPlaceInput } from './types.ts';

/**
 * A locator map drawn at build time: countries from a TopoJSON world (Natural Earth), places
 * as markers, areas known only roughly as ellipses, labels placed so that none overlaps another
 * or a marker, a scale bar and a small inset of the wider region. Pure: data and size in,
 * projected points, SVG path data and label positions out, every number rounded to 0.1.
 *
 * This module is the map's public entry point; each step lives in a map-*.ts file of its own.
 */

export type * from './types.ts';
export { MAP_TYPE } from './text.ts';
export { hitBoxes, markerReach } from './geometry.ts';
export { extentAround, insetProjection, kmPerUnit, mapProjection } from './projection.ts';

const FRAME_MARGIN = 4;

/** Lays out the map: the base, the furniture, the markers and areas, then every label. */
export function layoutMap(
  topology: Topology,
  places: readonly MapPlaceInput[],
  areasIn: readonly MapAreaInput[],
  options: MapOptions,
): MapLayout {
  const { width } = options;
  const { projection, height } = mapProjection(options.extent, width);
  const path = geoPath(projection);
  const frame: Box = { x: FRAME_MARGIN, y: FRAME_MARGIN, width: width - 2 * FRAME_MARGIN, height: height - 2 * FRAME_MARGIN };
  const objectName = options.object ?? 'countries';
  const object = topology.objects[objectName] as GeometryCollection<{ name?: string }> | undefined;
  if (!object) throw new Error(`layoutMap: the topology has no object "${objectName}"`);
  const world = feature(topology, object) as FeatureCollection<Geometry, { name?: string }>;
  const focus = new Set(options.focus ?? []);
  const base = drawBase(topology, object, world, projection, focus);

  // Fixed furniture: the inset bottom left, the scale bar bottom right.
  const obstacles: Obstacle[] = [];
  let inset: MapLayout['inset'];
  if (options.inset) {
    const at = { ...options.inset, x: 10, y: height - 10 - options.inset.height };
    inset = drawInset(topology, object, { projection, width, height }, at, focus);
    obstacles.push({ box: { x: at.x - 4, y: at.y - 4, width: at.width + 8, height: at.height + 8 } });
  }
  const { perUnit, bar } = scaleBar(projection, width, height);
  obstacles.push({ box: { x: bar.x - 6, y: bar.y - 20, width: bar.length + 12, height: 26 } });

  const markers = placeMarkers(places, projection, { width, height, frame }, obstacles);
  const areaShapes = areasIn.map((a) => areaShape(a, projection, markers, perUnit));
  for (const a of areaShapes) obstacles.push({ box: a.box, except: new Set([...a.inner, a.input.id]) });

  // The places inside an area first, beside their markers; then the area's own label around
  // them; then the other places.
  const labels = labelPlacer(frame, obstacles, markers);
  const inner = new Set(areaShapes.flatMap((a) => [...a.inner]));
  const markerLabels = new Map<string, MapLabel>();
  const labelMarker = (i: number): void => {
    const m = markers[i]!;
    markerLabels.set(m.id, labels.place(m.id, markerBox(m.x, m.y, m.reach), places[i]!.label));
  };
  markers.forEach((m, i) => {
    if (inner.has(m.id)) labelMarker(i);
  });
  const areas: MapArea[] = areaShapes.map((a) => ({
    id: a.input.id,
    cx: r1(a.cx),
    cy: r1(a.cy),
    rx: r1(a.rx),
    ry: r1(a.ry),
    rotate: r1(a.rotate),
    label: labels.place(a.input.id, a.box, a.input.label),
  }));
  markers.forEach((m, i) => {
    if (!inner.has(m.id)) labelMarker(i);
  });
  const outMarkers: MapMarker[] = markers.map((m) => ({
    id: m.id,
    x: r1(m.x),
    y: r1(m.y),
    shape: m.shape,
    r: m.r,
    approximate: m.approximate,
    ...(m.at ? { at: { x: r1(m.at.x), y: r1(m.at.y) } } : {}),
    label: markerLabels.get(m.id)!,
  }));

  // Country names last, in the room the marks leave.
  const named =
    options.countryLabels ??
    world.features
      .filter((f) => focus.has(nameOf(f)) || path.area(f) >= width * height * 0.03)
      .map(nameOf)
      .filter(Boolean);

  return {
    width,
    height,
    ...base,
    countryLabels: placeCountryLabels(named, world, projection, path, labels),
    markers: outMarkers,
    areas,
    scaleBar: { x: r1(bar.x), y: r1(bar.y), length: r1(bar.length), km: bar.km, label: bar.label },
    ...(inset ? { inset } : {}),
  };
}

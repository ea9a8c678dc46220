import { geoPath, type GeoProjection } from 'd3-geo';
import { merge, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { r1 } from './geometry.ts';
import { pathData } from './path.ts';
import { insetProjection } from './projection.ts';
import type { MapCountry, MapLayout } from './types.ts';

type Countries = GeometryCollection<{ name?: string }>;
type Named = { properties?: { name?: string } | null };

/** A country's name as the topology gives it, or '' for one without. */
export const nameOf = (f: Feature<Geometry, { name?: string } | null>): string => f.properties?.name ?? '';

/**
 * The land under the marks: each country clipped to the frame (those entirely outside it left
 * out), and the borders and coastline, each drawn once as a mesh rather than as the outlines of
 * both countries that share them.
 */
export function drawBase(
  topology: Topology,
  object: Countries,
  world: FeatureCollection<Geometry, { name?: string }>,
  projection: GeoProjection,
  focus: ReadonlySet<string>,
): Pick<MapLayout, 'countries' | 'borders' | 'focusBorders' | 'coast'> {
  const countries: MapCountry[] = [];
  for (const f of world.features) {
    const d = pathData((ctx) => geoPath(projection, ctx)(f), 0.4);
    if (!d) continue;
    countries.push({ id: String(f.id ?? nameOf(f)), name: nameOf(f), d, focus: focus.has(nameOf(f)) });
  }
  const isFocus = (g: Named): boolean => focus.has(g.properties?.name ?? '');
  const meshPath = (filter: (a: Named, b: Named) => boolean): string => {
    const m: MultiLineString = mesh(topology, object, filter);
    return pathData((ctx) => geoPath(projection, ctx)(m), 0.4);
  };
  return {
    countries,
    borders: meshPath((a, b) => a !== b && !isFocus(a) && !isFocus(b)),
    focusBorders: meshPath((a, b) => a !== b && (isFocus(a) || isFocus(b))),
    coast: meshPath((a, b) => a === b),
  };
}

/**
 * The locator inset at (x, y): the same projection zoomed out, with all land as one shape, the
 * focus countries as another, the borders, and the main map's frame. At this size most of a
 * border's points are closer than a unit and a half apart, so they are thinned harder.
 */
export function drawInset(
  topology: Topology,
  object: Countries,
  main: { projection: GeoProjection; width: number; height: number },
  at: { x: number; y: number; width: number; height: number; zoomOut: number },
  focus: ReadonlySet<string>,
): NonNullable<MapLayout['inset']> {
  const { x, y, width, height } = at;
  const { projection: ip, extent } = insetProjection(
    main.projection,
    main.width,
    main.height,
    { x, y, width, height },
    at.zoomOut,
  );
  const draw = (g: Parameters<ReturnType<typeof geoPath>>[0]) => pathData((ctx) => geoPath(ip, ctx)(g), 1.2);
  const m: MultiLineString = mesh(topology, object, (a, b) => a !== b);
  const polygons = object.geometries as Array<TopoPolygon<{ name?: string }> | TopoMultiPolygon<{ name?: string }>>;
  return {
    x,
    y,
    width,
    height,
    land: draw(merge(topology, polygons)),
    focus: draw(
      merge(
        topology,
        polygons.filter((g) => focus.has(g.properties?.name ?? '')),
      ),
    ),
    borders: draw(m),
    extent: { x: r1(extent.x), y: r1(extent.y), width: r1(extent.width), height: r1(extent.height) },
  };
}

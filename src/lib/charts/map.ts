import { geoBounds, geoConicConformal, geoContains, geoDistance, geoPath, type GeoContext, type GeoProjection } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import type { MarkerShape } from './shapes.ts';

/**
 * A locator map drawn at build time: countries from a TopoJSON world (Natural Earth), places
 * as markers, areas known only roughly as ellipses, labels placed so that none overlaps another
 * or a marker, a scale bar and a small inset of the wider region. Pure: data and size in,
 * projected points, SVG path data and label positions out, every number rounded to 0.1.
 */

export interface LonLatBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** A line of a label; `strong` lines are set bold, `soft` ones in the secondary text colour. */
export interface LabelLine {
  text: string;
  strong?: boolean;
  soft?: boolean;
}

export interface MapPlaceInput {
  id: string;
  lon: number;
  lat: number;
  shape: MarkerShape;
  /** Lines of its label. */
  label: readonly LabelLine[];
  /** Marker radius in SVG units (default 5). */
  r?: number;
  /** Coordinates known only roughly. */
  approximate?: boolean;
}

export interface MapAreaInput {
  id: string;
  /** Points the area must enclose. */
  around: ReadonlyArray<{ lon: number; lat: number }>;
  label: readonly LabelLine[];
  /** Margin around the points, in kilometres (default 12). */
  padKm?: number;
}

export interface MapOptions {
  /** SVG width; the height follows from the extent. */
  width: number;
  /** The area that must be visible. */
  extent: LonLatBox;
  /** Names (as in the topology's `properties.name`) of countries drawn a shade darker. */
  focus?: readonly string[];
  /**
   * Countries to name. Default: the focus countries and every other country whose visible part
   * covers at least 3% of the frame.
   */
  countryLabels?: readonly string[];
  /** Locator inset in the bottom-left corner: its width, and how many times wider an area it shows. */
  inset?: { width: number; height: number; zoomOut: number };
  /** Name of the topology's object holding countries (default `countries`). */
  object?: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapLabel {
  /** Position of the first line's baseline; later lines follow every `LINE_HEIGHT` units. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: LabelLine[];
  box: Box;
  /** A line from the mark to a label set away from it. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface MapMarker {
  id: string;
  x: number;
  y: number;
  shape: MarkerShape;
  r: number;
  approximate: boolean;
  /** Where the place really is, when its marker had to be moved aside to stay clear of another. */
  at?: { x: number; y: number };
  label: MapLabel;
}

export interface MapArea {
  id: string;
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  /** Rotation of the ellipse, degrees clockwise. */
  rotate: number;
  label: MapLabel;
}

export interface MapCountry {
  id: string;
  name: string;
  d: string;
  focus: boolean;
}

export interface MapLayout {
  width: number;
  height: number;
  countries: MapCountry[];
  /** Borders between two countries, drawn once; those of a focus country separately. */
  borders: string;
  focusBorders: string;
  coast: string;
  countryLabels: Array<{ name: string; x: number; y: number; box: Box }>;
  markers: MapMarker[];
  areas: MapArea[];
  scaleBar: { x: number; y: number; length: number; km: number; label: string };
  inset?: {
    x: number;
    y: number;
    width: number;
    height: number;
    /** All land as one shape, the focus countries as another, and the borders. */
    land: string;
    focus: string;
    borders: string;
    /** The main map's frame, as it lies in the inset. */
    extent: Box;
  };
}

/** Type sizes used by the map, in SVG units at its full width. */
export const MAP_TYPE = { label: 12, country: 12, lineHeight: 14 } as const;
const FRAME_MARGIN = 4;
const GAP = 3;
const EARTH_RADIUS_KM = 6371.0088;

const r1 = (n: number): number => Math.round(n * 10) / 10 || 0;

// ── Text measurement ────────────────────────────────────────────────────────
// Approximate advance widths of Inter, in ems, slightly generous so estimated boxes contain
// the rendered text.
const NARROW = "iljI!|.,:;'’ ";
const SEMI = 'ftr()[]-‑–/"“”';
const WIDE = 'mwMW@%';

/** Estimated width of a line of text set in Inter at `size` units. */
export function textWidth(text: string, size: number, { strong = false, caps = false, tracking = 0 } = {}): number {
  let em = 0;
  let chars = 0;
  for (const ch of caps ? text.toUpperCase() : text) {
    chars += 1;
    if (NARROW.includes(ch)) em += 0.28;
    else if (SEMI.includes(ch)) em += 0.38;
    else if (WIDE.includes(ch)) em += 0.9;
    else if (/[0-9]/.test(ch)) em += 0.62;
    else if (/[A-Z]/.test(ch)) em += 0.72;
    else em += 0.57;
  }
  return em * size * (strong ? 1.06 : 1) + tracking * Math.max(chars - 1, 0);
}

/** Breaks text into lines of at most about `max` characters, at spaces. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function labelSize(lines: readonly LabelLine[]): { width: number; height: number } {
  const width = Math.max(...lines.map((l) => textWidth(l.text, MAP_TYPE.label, { strong: !!l.strong })));
  return { width: width + 2, height: lines.length * MAP_TYPE.lineHeight };
}

// ── Geometry helpers ────────────────────────────────────────────────────────
const overlaps = (a: Box, b: Box, pad = 0): boolean =>
  a.x < b.x + b.width + pad && a.x + a.width + pad > b.x && a.y < b.y + b.height + pad && a.y + a.height + pad > b.y;

const boxDistance = (a: Box, b: Box): number =>
  Math.hypot(
    Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width)),
    Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height)),
  );

const inside = (a: Box, frame: Box): boolean =>
  a.x >= frame.x && a.y >= frame.y && a.x + a.width <= frame.x + frame.width && a.y + a.height <= frame.y + frame.height;

/** Whether the segment (x1,y1)–(x2,y2) crosses the box (Liang–Barsky clipping). */
function segmentHitsBox(x1: number, y1: number, x2: number, y2: number, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const checks: Array<[number, number]> = [
    [-dx, x1 - b.x],
    [dx, b.x + b.width - x1],
    [-dy, y1 - b.y],
    [dy, b.y + b.height - y1],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** Whether two segments cross (touching at an end does not count). */
function segmentsCross(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  l: { x1: number; y1: number; x2: number; y2: number },
): boolean {
  const side = (ax: number, ay: number, bx: number, by: number, px: number, py: number) =>
    Math.sign((bx - ax) * (py - ay) - (by - ay) * (px - ax));
  return (
    side(x1, y1, x2, y2, l.x1, l.y1) * side(x1, y1, x2, y2, l.x2, l.y2) < 0 &&
    side(l.x1, l.y1, l.x2, l.y2, x1, y1) * side(l.x1, l.y1, l.x2, l.y2, x2, y2) < 0
  );
}

/** How far a marker's shape reaches from its centre (see shapes.ts). */
export function markerReach(shape: MarkerShape, r: number): number {
  return shape === 'diamond' ? r * 1.3 : shape === 'triangle' ? r * 1.15 : shape === 'square' ? r * 0.9 : r;
}

const markerBox = (x: number, y: number, reach: number): Box => ({
  x: x - reach,
  y: y - reach,
  width: reach * 2,
  height: reach * 2,
});

/**
 * Serialises projected geometry as SVG path data, rounded to 0.1, dropping points closer than
 * `minStep` units to the last one kept (which at a small scale drops most of them).
 */
function pathData(project: (ctx: PathContext) => void, minStep = 0.1): string {
  const ctx = new PathContext(minStep);
  project(ctx);
  return ctx.toString();
}

class PathContext implements GeoContext {
  #out: string[] = [];
  #ring: string[] = [];
  #x = NaN;
  #y = NaN;
  /** Extent of the current ring: x0, y0, x1, y1. */
  #extent = [0, 0, 0, 0];
  readonly #minStep: number;
  constructor(minStep: number) {
    this.#minStep = minStep;
  }
  moveTo(x: number, y: number): void {
    this.#flush();
    this.#x = r1(x);
    this.#y = r1(y);
    this.#ring = [`M${this.#x},${this.#y}`];
    this.#extent = [x, y, x, y];
  }
  lineTo(x: number, y: number): void {
    const e = this.#extent;
    this.#extent = [Math.min(e[0]!, x), Math.min(e[1]!, y), Math.max(e[2]!, x), Math.max(e[3]!, y)];
    const [px, py] = [r1(x), r1(y)];
    if (Math.hypot(px - this.#x, py - this.#y) < this.#minStep) return;
    this.#x = px;
    this.#y = py;
    this.#ring.push(`L${px},${py}`);
  }
  closePath(): void {
    if (this.#ring.length > 0) this.#ring.push('Z');
    this.#flush();
  }
  beginPath(): void {
    // Each ring begins with moveTo.
  }
  arc(): void {
    // Points are not drawn as paths here.
  }
  /** Keeps a ring or line only if something of it is left after rounding, and it is not a speck. */
  #flush(): void {
    const [x0, y0, x1, y1] = this.#extent as [number, number, number, number];
    const speck = Math.max(x1 - x0, y1 - y0) < this.#minStep * 2;
    if (!speck && this.#ring.filter((c) => c !== 'Z').length >= 2) this.#out.push(this.#ring.join(''));
    this.#ring = [];
  }
  toString(): string {
    this.#flush();
    return this.#out.join('');
  }
}

// ── Projection ──────────────────────────────────────────────────────────────
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

const SCALE_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];

/**
 * The smallest longitude–latitude box holding the named countries and the points, widened by
 * `margin` (a fraction of its size) on every side.
 */
export function extentAround(
  topology: Topology,
  countries: readonly string[],
  points: ReadonlyArray<{ lon: number; lat: number }>,
  { margin = 0.06, object = 'countries' } = {},
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
  const dLon = Math.max(box.east - box.west, 1) * margin;
  const dLat = Math.max(box.north - box.south, 1) * margin;
  return {
    west: Math.round((box.west - dLon) * 10) / 10,
    south: Math.round((box.south - dLat) * 10) / 10,
    east: Math.round((box.east + dLon) * 10) / 10,
    north: Math.round((box.north + dLat) * 10) / 10,
  };
}

// ── Layout ──────────────────────────────────────────────────────────────────
interface Obstacle {
  box: Box;
  /** Labels of these may overlap it (an area's own label, and its places'). */
  except?: ReadonlySet<string>;
}

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
  const nameOf = (f: Feature<Geometry, { name?: string } | null>): string => f.properties?.name ?? '';

  // Countries, clipped to the frame; those entirely outside it are left out.
  const countries: MapCountry[] = [];
  for (const f of world.features) {
    const d = pathData((ctx) => geoPath(projection, ctx)(f), 0.4);
    if (!d) continue;
    countries.push({ id: String(f.id ?? nameOf(f)), name: nameOf(f), d, focus: focus.has(nameOf(f)) });
  }
  const isFocus = (g: { properties?: { name?: string } | null }): boolean => focus.has(g.properties?.name ?? '');
  const meshPath = (filter: (a: { properties?: { name?: string } | null }, b: typeof a) => boolean): string => {
    const m: MultiLineString = mesh(topology, object, filter);
    return pathData((ctx) => geoPath(projection, ctx)(m), 0.4);
  };
  const borders = meshPath((a, b) => a !== b && !isFocus(a) && !isFocus(b));
  const focusBorders = meshPath((a, b) => a !== b && (isFocus(a) || isFocus(b)));
  const coast = meshPath((a, b) => a === b);

  // Fixed furniture: the inset bottom left, the scale bar bottom right.
  const obstacles: Obstacle[] = [];
  let inset: MapLayout['inset'];
  if (options.inset) {
    const { width: iw, height: ih, zoomOut } = options.inset;
    const x = 10;
    const y = height - 10 - ih;
    const { projection: ip, extent: extentBox } = insetProjection(
      projection,
      width,
      height,
      { x, y, width: iw, height: ih },
      zoomOut,
    );
    const draw = (g: Parameters<ReturnType<typeof geoPath>>[0]) => pathData((ctx) => geoPath(ip, ctx)(g), 1.2);
    const m: MultiLineString = mesh(topology, object, (a, b) => a !== b);
    const polygons = object.geometries as Array<TopoPolygon<{ name?: string }> | TopoMultiPolygon<{ name?: string }>>;
    inset = {
      x,
      y,
      width: iw,
      height: ih,
      land: draw(merge(topology, polygons)),
      focus: draw(
        merge(
          topology,
          polygons.filter((g) => focus.has(g.properties?.name ?? '')),
        ),
      ),
      borders: draw(m),
      extent: { x: r1(extentBox.x), y: r1(extentBox.y), width: r1(extentBox.width), height: r1(extentBox.height) },
    };
    obstacles.push({ box: { x: x - 4, y: y - 4, width: iw + 8, height: ih + 8 } });
  }

  const perUnit = kmPerUnit(projection, width / 2, height / 2);
  const km = [...SCALE_STEPS].reverse().find((s) => s / perUnit <= width * 0.2) ?? SCALE_STEPS[0]!;
  const barLength = km / perUnit;
  const scaleBar = { x: width - 16 - barLength, y: height - 14, length: barLength, km, label: `${km} km` };
  obstacles.push({ box: { x: scaleBar.x - 6, y: scaleBar.y - 20, width: barLength + 12, height: 26 } });

  // Markers, each at its place unless that would cover an earlier one: then moved aside, with
  // a line back to the true spot.
  const markers: Array<Omit<MapMarker, 'label'> & { reach: number }> = [];
  for (const p of places) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) throw new Error(`layoutMap: place "${p.id}" cannot be projected`);
    const [x, y] = xy;
    if (x < 0 || x > width || y < 0 || y > height) throw new Error(`layoutMap: place "${p.id}" lies outside the map's extent`);
    const r = p.r ?? 5;
    const reach = markerReach(p.shape, r);
    const clear = (cx: number, cy: number) =>
      markers.every((m) => Math.hypot(m.x - cx, m.y - cy) >= m.reach + reach + 2) &&
      inside(markerBox(cx, cy, reach), frame) &&
      obstacles.every((o) => !overlaps(markerBox(cx, cy, reach), o.box));
    let pos = { x, y };
    let moved = false;
    if (!clear(x, y)) {
      const blocker = markers.find((m) => Math.hypot(m.x - x, m.y - y) < m.reach + reach + 2)!;
      const away = Math.hypot(x - blocker.x, y - blocker.y) > 0.5 ? Math.atan2(y - blocker.y, x - blocker.x) : Math.PI / 4;
      search: for (let dist = blocker.reach + reach + 6; dist < 80; dist += 4) {
        for (const turn of [0, 1, -1, 2, -2, 3, -3, 4]) {
          const a = away + (turn * Math.PI) / 4;
          const c = { x: blocker.x + dist * Math.cos(a), y: blocker.y + dist * Math.sin(a) };
          if (clear(c.x, c.y)) {
            pos = c;
            moved = true;
            break search;
          }
        }
      }
    }
    markers.push({
      id: p.id,
      x: pos.x,
      y: pos.y,
      shape: p.shape,
      r,
      reach,
      approximate: !!p.approximate,
      ...(moved ? { at: { x, y } } : {}),
    });
  }

  // Areas: an ellipse around their points, along the line through the two furthest apart.
  const areaShapes = areasIn.map((a) => {
    const pts = a.around.map((p) => {
      const xy = projection([p.lon, p.lat]);
      if (!xy) throw new Error(`layoutMap: area "${a.id}" has a point that cannot be projected`);
      return xy;
    });
    if (pts.length === 0) throw new Error(`layoutMap: area "${a.id}" has no points`);
    let [p, q] = [pts[0]!, pts[0]!];
    for (const s of pts)
      for (const t of pts) if (Math.hypot(s[0] - t[0], s[1] - t[1]) > Math.hypot(p[0] - q[0], p[1] - q[1])) [p, q] = [s, t];
    const cx = (p[0] + q[0]) / 2;
    const cy = (p[1] + q[1]) / 2;
    const angle = Math.atan2(q[1] - p[1], q[0] - p[0]);
    const inner = markers.filter(
      (m) => a.around.length > 0 && pts.some((s) => Math.hypot(s[0] - (m.at ?? m).x, s[1] - (m.at ?? m).y) < 0.5),
    );
    const pad = Math.max((a.padKm ?? 12) / perUnit, Math.max(5, ...inner.map((m) => m.reach)) + 6);
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    // Semi-axes: the points' spread along and across the axis, plus the margin.
    const along = Math.max(...pts.map((s) => Math.abs((s[0] - cx) * cos + (s[1] - cy) * sin)));
    const across = Math.max(...pts.map((s) => Math.abs(-(s[0] - cx) * sin + (s[1] - cy) * cos)));
    const rx = along + pad;
    const ry = across + pad;
    const ex = Math.sqrt((rx * cos) ** 2 + (ry * sin) ** 2);
    const ey = Math.sqrt((rx * sin) ** 2 + (ry * cos) ** 2);
    const box: Box = { x: cx - ex, y: cy - ey, width: 2 * ex, height: 2 * ey };
    return { input: a, cx, cy, rx, ry, rotate: (angle * 180) / Math.PI, box, inner: new Set(inner.map((m) => m.id)) };
  });
  for (const a of areaShapes) obstacles.push({ box: a.box, except: new Set([...a.inner, a.input.id]) });

  // Labels, each clear of the frame's edge, the furniture, every marker and every label before it.
  const placed: Box[] = [];
  const leaders: Array<{ x1: number; y1: number; x2: number; y2: number }> = [];
  const connectors = markers.flatMap((m) => (m.at ? [{ x1: m.at.x, y1: m.at.y, x2: m.x, y2: m.y }] : []));
  const markerBoxes = markers.map((m) => ({ id: m.id, box: markerBox(m.x, m.y, m.reach + 1) }));

  const free = (box: Box, owner: string, pad = 0): boolean =>
    inside(box, frame) &&
    placed.every((b) => !overlaps(b, box, 2 + pad)) &&
    markerBoxes.every((m) => !overlaps(m.box, box, 1 + pad)) &&
    obstacles.every((o) => o.except?.has(owner) || !overlaps(o.box, box, 2)) &&
    [...leaders, ...connectors].every((l) => !segmentHitsBox(l.x1, l.y1, l.x2, l.y2, box));

  const leaderClear = (x1: number, y1: number, x2: number, y2: number, owner: string, strict: boolean): boolean =>
    placed.every((b) => !segmentHitsBox(x1, y1, x2, y2, b)) &&
    obstacles.every((o) => o.except?.has(owner) || !segmentHitsBox(x1, y1, x2, y2, o.box)) &&
    (!strict ||
      (markerBoxes.every((m) => m.id === owner || !segmentHitsBox(x1, y1, x2, y2, m.box)) &&
        [...leaders, ...connectors].every((l) => !segmentsCross(x1, y1, x2, y2, l))));

  /** Places a label beside a box (a marker's or an area's): beside it if possible, else on a leader line. */
  const placeLabel = (owner: string, around: Box, lines: readonly LabelLine[]): MapLabel => {
    const { width: w, height: h } = labelSize(lines);
    const cx = around.x + around.width / 2;
    const cy = around.y + around.height / 2;
    const left = around.x - GAP;
    const right = around.x + around.width + GAP;
    const top = around.y - GAP;
    const bottom = around.y + around.height + GAP;
    const diag = Math.min(around.width, around.height) * 0.15;
    const candidates: Array<{ box: Box; anchor: MapLabel['anchor'] }> = [
      { box: { x: right, y: cy - h / 2, width: w, height: h }, anchor: 'start' },
      { box: { x: left - w, y: cy - h / 2, width: w, height: h }, anchor: 'end' },
      { box: { x: cx - w / 2, y: top - h, width: w, height: h }, anchor: 'middle' },
      { box: { x: cx - w / 2, y: bottom, width: w, height: h }, anchor: 'middle' },
      { box: { x: right - diag, y: top - h + diag, width: w, height: h }, anchor: 'start' },
      { box: { x: right - diag, y: bottom - diag, width: w, height: h }, anchor: 'start' },
      { box: { x: left - w + diag, y: top - h + diag, width: w, height: h }, anchor: 'end' },
      { box: { x: left - w + diag, y: bottom - diag, width: w, height: h }, anchor: 'end' },
    ];
    let chosen: (typeof candidates)[number] | undefined = candidates.find((c) => free(c.box, owner));
    let leader: MapLabel['leader'];
    // Failing that, further out in widening rings, with a line back to the mark: first a line
    // that crosses nothing, then, in a crowd, one that may cross other marks and lines but
    // never a label.
    for (const strict of [true, false]) {
      if (chosen) break;
      search: for (let dist = 14; dist <= 320; dist += 6) {
        for (let deg = 0; deg < 360; deg += 15) {
          const a = (deg * Math.PI) / 180;
          const px = cx + (around.width / 2 + dist) * Math.cos(a);
          const py = cy + (around.height / 2 + dist) * Math.sin(a);
          const anchor: MapLabel['anchor'] = Math.cos(a) > 0.35 ? 'start' : Math.cos(a) < -0.35 ? 'end' : 'middle';
          const bx = anchor === 'start' ? px : anchor === 'end' ? px - w : px - w / 2;
          const by = Math.sin(a) > 0.35 ? py : Math.sin(a) < -0.35 ? py - h : py - h / 2;
          const box = { x: bx, y: by, width: w, height: h };
          if (!free(box, owner)) continue;
          // From the edge of the mark to the nearest point of the label's box.
          const tx = Math.min(Math.max(cx, box.x), box.x + box.width);
          const ty = Math.min(Math.max(cy, box.y), box.y + box.height);
          const len = Math.hypot(tx - cx, ty - cy);
          const start = Math.min(around.width, around.height) / 2 + 1;
          const x1 = cx + ((tx - cx) / len) * start;
          const y1 = cy + ((ty - cy) / len) * start;
          if (!leaderClear(x1, y1, tx, ty, owner, strict)) continue;
          chosen = { box, anchor };
          leader = { x1: r1(x1), y1: r1(y1), x2: r1(tx), y2: r1(ty) };
          break search;
        }
      }
    }
    if (!chosen) throw new Error(`layoutMap: no room for the label of "${owner}"`);
    placed.push(chosen.box);
    if (leader) leaders.push(leader);
    const { box, anchor } = chosen;
    const x = anchor === 'start' ? box.x + 1 : anchor === 'end' ? box.x + box.width - 1 : box.x + box.width / 2;
    return {
      x: r1(x),
      y: r1(box.y + MAP_TYPE.lineHeight / 2 + 4),
      anchor,
      lines: lines.map((l) => ({ ...l })),
      box: { x: r1(box.x), y: r1(box.y), width: r1(box.width), height: r1(box.height) },
      ...(leader ? { leader } : {}),
    };
  };

  // The places inside an area first, beside their markers; then the area's own label around
  // them; then the other places.
  const inner = new Set(areaShapes.flatMap((a) => [...a.inner]));
  const labels = new Map<string, MapLabel>();
  const labelMarker = (i: number): void => {
    const m = markers[i]!;
    labels.set(m.id, placeLabel(m.id, markerBox(m.x, m.y, m.reach), places[i]!.label));
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
    label: placeLabel(a.input.id, a.box, a.input.label),
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
    label: labels.get(m.id)!,
  }));

  // Country names: near the centre of the country's visible part, moved until clear.
  const frameArea = width * height;
  const named =
    options.countryLabels ??
    world.features
      .filter((f) => focus.has(nameOf(f)) || path.area(f) >= frameArea * 0.03)
      .map(nameOf)
      .filter(Boolean);
  const countryLabels: MapLayout['countryLabels'] = [];
  const tracking = 1.5;
  for (const name of named) {
    const f = world.features.find((g) => nameOf(g) === name);
    if (!f) throw new Error(`layoutMap: no country named "${name}" in the topology`);
    const [cx, cy] = path.centroid(f);
    if (!Number.isFinite(cx) || !Number.isFinite(cy)) continue;
    const text = name.toUpperCase();
    const w = textWidth(text, MAP_TYPE.country, { caps: true, strong: true, tracking }) + 2;
    const h = MAP_TYPE.lineHeight;
    // Of the spots near the centre where the name is clear of everything and over its own
    // country, the one with the most room around it, nearer the centre breaking ties.
    let found: Box | undefined;
    let best = -Infinity;
    for (let dist = 0; dist <= 160; dist += 6) {
      for (let deg = 0; deg < 360; deg += dist === 0 ? 360 : 20) {
        const a = (deg * Math.PI) / 180;
        const px = cx + dist * Math.cos(a);
        const py = cy + dist * Math.sin(a) * 0.7;
        const box = { x: px - w / 2, y: py - h / 2, width: w, height: h };
        if (!free(box, name, 6)) continue;
        const corners: Array<[number, number]> = [
          [box.x, box.y],
          [box.x + w, box.y],
          [box.x, box.y + h],
          [box.x + w, box.y + h],
        ];
        if (!corners.every((c) => geoContains(f, projection.invert!(c)!))) continue;
        const room = Math.min(40, ...[...placed, ...markerBoxes.map((m) => m.box)].map((b) => boxDistance(b, box)));
        const score = room - dist * 0.15;
        if (score > best + 1e-9) {
          best = score;
          found = box;
        }
      }
    }
    if (!found) continue;
    placed.push(found);
    countryLabels.push({
      name,
      x: r1(found.x + w / 2),
      y: r1(found.y + h / 2 + 4),
      box: { x: r1(found.x), y: r1(found.y), width: r1(found.width), height: r1(found.height) },
    });
  }

  return {
    width,
    height,
    countries,
    borders,
    focusBorders,
    coast,
    countryLabels,
    markers: outMarkers,
    areas,
    scaleBar: { x: r1(scaleBar.x), y: r1(scaleBar.y), length: r1(barLength), km, label: scaleBar.label },
    ...(inset ? { inset } : {}),
  };
}

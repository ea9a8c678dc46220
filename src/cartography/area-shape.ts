import type { GeoProjection } from 'd3-geo';
import type { PlacedMarker } from './markers.ts';
import type { Box, MapAreaInput } from './types.ts';

/** An area's ellipse before rounding, with the box around it and the markers inside it. */
export interface AreaShape {
  input: MapAreaInput;
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  rotate: number;
  box: Box;
  /** Ids of the markers at the area's points, whose labels may overlap it. */
  inner: Set<string>;
}

/**
 * An ellipse around an area's points, along the line through the two furthest apart, with a
 * margin of `padKm` (at `perUnit` kilometres per unit), and never less than the markers on its
 * points need, so that they sit inside it with room to spare.
 */
export function areaShape(
  a: MapAreaInput,
  projection: GeoProjection,
  markers: readonly PlacedMarker[],
  perUnit: number,
): AreaShape {
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
  // Half the width and height of the rotated ellipse's bounding box.
  const ex = Math.sqrt((rx * cos) ** 2 + (ry * sin) ** 2);
  const ey = Math.sqrt((rx * sin) ** 2 + (ry * cos) ** 2);
  const box: Box = { x: cx - ex, y: cy - ey, width: 2 * ex, height: 2 * ey };
  return { input: a, cx, cy, rx, ry, rotate: (angle * 180) / Math.PI, box, inner: new Set(inner.map((m) => m.id)) };
}

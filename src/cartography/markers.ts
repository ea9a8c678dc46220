import type { GeoProjection } from 'd3-geo';
import { overlaps } from '../charts/boxes.ts';
import { inside, markerBox, markerReach, type Obstacle } from './geometry.ts';
import type { Box, MapMarker, MapPlaceInput } from './types.ts';

const centre = (b: Box): { x: number; y: number } => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
/** `p` reflected through `q`: stepping away from it is stepping towards `p`. */
const mirror = (p: { x: number; y: number }, q: { x: number; y: number }) => ({ x: 2 * q.x - p.x, y: 2 * q.y - p.y });

/** A marker before it is labelled or rounded, with how far its shape reaches from its centre. */
export type PlacedMarker = Omit<MapMarker, 'label'> & { reach: number };

/**
 * Puts each place's marker at its projected position, in the order given, unless that would
 * cover an earlier marker: then it moves aside, in the first clear direction on widening rings
 * around the marker in the way, and keeps its true spot in `at` (drawn as a line back to a dot).
 * A marker blocked by no earlier marker, only by an obstacle or the frame, moves aside the same
 * way around its own spot. Throws for a place that cannot be projected or lies outside the map.
 */
export function placeMarkers(
  places: readonly MapPlaceInput[],
  projection: GeoProjection,
  size: { width: number; height: number; frame: Box },
  obstacles: readonly Obstacle[],
): PlacedMarker[] {
  const { width, height, frame } = size;
  const markers: PlacedMarker[] = [];
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
      // Rings around the earlier marker in the way; when none is, only an obstacle (the scale bar,
      // the inset) or the frame, rings around the place itself, first away from the obstacle's
      // centre or towards the frame's.
      const marker = markers.find((m) => Math.hypot(m.x - x, m.y - y) < m.reach + reach + 2);
      const blocker = marker ?? { x, y, reach: 0 };
      const obstacle = obstacles.find((o) => overlaps(markerBox(x, y, reach), o.box))?.box;
      const from = marker ?? (obstacle ? centre(obstacle) : mirror(centre(frame), { x, y }));
      const away = Math.hypot(x - from.x, y - from.y) > 0.5 ? Math.atan2(y - from.y, x - from.x) : Math.PI / 4;
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
  return markers;
}

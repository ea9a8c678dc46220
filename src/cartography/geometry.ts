import { r1 } from '../charts/round.ts';
import type { MarkerShape } from '../charts/shapes.ts';
import type { Box, MapLabel } from './types.ts';

/** A straight line between two points. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Something labels must keep clear of, such as the inset or an area. */
export interface Obstacle {
  box: Box;
  /** Labels of these may overlap it (an area's own label, and its places'). */
  except?: ReadonlySet<string>;
}

/** The charts' rounding, for the modules of this layer. */
export { r1 };

/** The shortest distance between two boxes; 0 when they touch or overlap. */
export const boxDistance = (a: Box, b: Box): number =>
  Math.hypot(
    Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width)),
    Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height)),
  );

/** Whether box `a` lies wholly inside `frame`. */
export const inside = (a: Box, frame: Box): boolean =>
  a.x >= frame.x && a.y >= frame.y && a.x + a.width <= frame.x + frame.width && a.y + a.height <= frame.y + frame.height;

/** Whether the segment (x1,y1)–(x2,y2) crosses the box (Liang–Barsky clipping). */
export function segmentHitsBox(x1: number, y1: number, x2: number, y2: number, b: Box): boolean {
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
export function segmentsCross(x1: number, y1: number, x2: number, y2: number, l: Segment): boolean {
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

/** The square a marker reaching `reach` from (x, y) takes up. */
export const markerBox = (x: number, y: number, reach: number): Box => ({
  x: x - reach,
  y: y - reach,
  width: reach * 2,
  height: reach * 2,
});

/**
 * Where a marker and its label answer the pointer: the label, and the mark (with the gap
 * between, when they touch), so that the pointer never falls through a crack between them.
 */
export function hitBoxes(x: number, y: number, reach: number, label: MapLabel): Box[] {
  const mark: Box = { x: x - reach - 2, y: y - reach - 2, width: 2 * reach + 4, height: 2 * reach + 4 };
  if (label.leader) return [mark, label.box];
  const x0 = Math.min(mark.x, label.box.x);
  const y0 = Math.min(mark.y, label.box.y);
  const x1 = Math.max(mark.x + mark.width, label.box.x + label.box.width);
  const y1 = Math.max(mark.y + mark.height, label.box.y + label.box.height);
  const beside = label.box.y < y && label.box.y + label.box.height > y;
  const stacked = label.box.x < x && label.box.x + label.box.width > x;
  return beside || stacked ? [{ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }] : [mark, label.box];
}

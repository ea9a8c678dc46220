import { r1 } from './round.ts';

/** A rectangle in SVG units, as an SVG `rect` takes it. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box between two edges across and two down, to the charts' tenth of a unit. */
export const boxFrom = (x0: number, x1: number, y0: number, y1: number): Box => ({
  x: r1(x0),
  y: r1(y0),
  width: r1(x1 - x0),
  height: r1(y1 - y0),
});

/** Whether two boxes overlap, or come closer than `pad` across and `padY` down. */
export const overlaps = (a: Box, b: Box, pad = 0, padY = pad): boolean =>
  a.x < b.x + b.width + pad && a.x + a.width + pad > b.x && a.y < b.y + b.height + padY && a.y + a.height + padY > b.y;

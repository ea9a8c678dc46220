import type { GeoContext } from 'd3-geo';
import { r1 } from './geometry.ts';

/**
 * Serialises projected geometry as SVG path data, rounded to 0.1, dropping points closer than
 * `minStep` units to the last one kept (which at a small scale drops most of them).
 */
export function pathData(project: (ctx: GeoContext) => void, minStep = 0.1): string {
  const ctx = new PathContext(minStep);
  project(ctx);
  return ctx.toString();
}

/** A d3-geo drawing context that writes rounded, thinned path data instead of drawing. */
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

/** Marker shapes, as SVG path data centred on (x, y) with "radius" r. */
export type MarkerShape = 'triangle' | 'diamond' | 'circle' | 'square';

const f = (n: number): string => String(Math.round(n * 100) / 100);

export function markPath(shape: MarkerShape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'triangle': {
      const h = r * 1.15;
      return `M${f(x)},${f(y - h)}L${f(x + h)},${f(y + h * 0.75)}L${f(x - h)},${f(y + h * 0.75)}Z`;
    }
    case 'diamond':
      return `M${f(x)},${f(y - r * 1.3)}L${f(x + r * 1.3)},${f(y)}L${f(x)},${f(y + r * 1.3)}L${f(x - r * 1.3)},${f(y)}Z`;
    case 'square':
      return `M${f(x - r * 0.9)},${f(y - r * 0.9)}h${f(r * 1.8)}v${f(r * 1.8)}h${f(-r * 1.8)}Z`;
    case 'circle':
      return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(r * 2)},0a${f(r)},${f(r)} 0 1,0 ${f(-r * 2)},0`;
  }
}

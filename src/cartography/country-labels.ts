import { geoContains, type GeoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { nameOf } from './base.ts';
import { boxDistance, r1 } from './geometry.ts';
import type { LabelPlacer } from './labels.ts';
import { textWidth } from '../charts/text.ts';
import { MAP_TYPE } from './text.ts';
import type { Box, MapLayout } from './types.ts';

const TRACKING = 1.5;
const MARGIN = 4;

/**
 * Names the countries in `names`, in capitals, each near the centre of its visible part and
 * moved until clear. Of the spots on widening rings (flattened, as names are wide) where the name
 * is clear of everything and over its own country, it takes the one with the most room around
 * it, nearer the centre breaking ties. A country with no such spot goes unnamed.
 */
export function placeCountryLabels(
  names: readonly string[],
  world: FeatureCollection<Geometry, { name?: string }>,
  projection: GeoProjection,
  path: GeoPath,
  labels: LabelPlacer,
): MapLayout['countryLabels'] {
  const countryLabels: MapLayout['countryLabels'] = [];
  for (const name of names) {
    const f = world.features.find((g) => nameOf(g) === name);
    if (!f) throw new Error(`layoutMap: no country named "${name}" in the topology`);
    const [cx, cy] = path.centroid(f);
    if (!Number.isFinite(cx) || !Number.isFinite(cy)) continue;
    const text = name.toUpperCase();
    const w = textWidth(text, MAP_TYPE.country, { caps: true, strong: true, tracking: TRACKING }) + 2;
    const h = MAP_TYPE.lineHeight;
    let found: Box | undefined;
    let best = -Infinity;
    for (let dist = 0; dist <= 160; dist += 6) {
      for (let deg = 0; deg < 360; deg += dist === 0 ? 360 : 20) {
        const a = (deg * Math.PI) / 180;
        const px = cx + dist * Math.cos(a);
        const py = cy + dist * Math.sin(a) * 0.7;
        const box = { x: px - w / 2, y: py - h / 2, width: w, height: h };
        if (!labels.free(box, name, 6)) continue;
        // The name and a little room either side of it, so that it ends short of a border.
        const corners: Array<[number, number]> = [
          [box.x - MARGIN, box.y],
          [box.x + w + MARGIN, box.y],
          [box.x - MARGIN, box.y + h],
          [box.x + w + MARGIN, box.y + h],
        ];
        if (!corners.every((c) => geoContains(f, projection.invert!(c)!))) continue;
        const room = Math.min(40, ...labels.taken().map((b) => boxDistance(b, box)));
        const score = room - dist * 0.15;
        if (score > best + 1e-9) {
          best = score;
          found = box;
        }
      }
    }
    if (!found) continue;
    labels.claim(found);
    countryLabels.push({
      name,
      x: r1(found.x + w / 2),
      y: r1(found.y + h / 2 + 4),
      box: { x: r1(found.x), y: r1(found.y), width: r1(found.width), height: r1(found.height) },
    });
  }
  return countryLabels;
}

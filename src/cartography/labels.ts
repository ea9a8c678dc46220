import { overlaps } from '../charts/boxes.ts';
import { inside, markerBox, r1, segmentHitsBox, segmentsCross, type Obstacle, type Segment } from './geometry.ts';
import type { PlacedMarker } from './markers.ts';
import { labelSize, MAP_TYPE } from './text.ts';
import type { Box, LabelLine, MapLabel } from './types.ts';

const GAP = 3;

/** Places labels one at a time, each clear of everything placed before it. */
export interface LabelPlacer {
  /** Whether a label of `owner` could take `box` (and keep `pad` more units from other labels and markers). */
  free(box: Box, owner: string, pad?: number): boolean;
  /** Places the label of `owner` beside the box of its mark: beside it if possible, else on a leader line. */
  place(owner: string, around: Box, lines: readonly LabelLine[]): MapLabel;
  /** Takes `box` for a label placed by other means, so that later labels keep clear of it. */
  claim(box: Box): void;
  /** Every box taken so far: labels, then markers. */
  taken(): Box[];
}

/**
 * A label placer for a map whose markers are placed: labels keep inside `frame` and clear of the
 * obstacles (except those that name their owner), of every marker, of the lines that join moved
 * markers to their true spots, and of every label and leader line placed before them.
 */
export function labelPlacer(frame: Box, obstacles: readonly Obstacle[], markers: readonly PlacedMarker[]): LabelPlacer {
  const placed: Box[] = [];
  const leaders: Segment[] = [];
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

  const place = (owner: string, around: Box, lines: readonly LabelLine[]): MapLabel => {
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

  return {
    free,
    place,
    claim: (box) => {
      placed.push(box);
    },
    taken: () => [...placed, ...markerBoxes.map((m) => m.box)],
  };
}

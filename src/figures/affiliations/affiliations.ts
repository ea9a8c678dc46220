import type { Actor, Affiliation } from '../../lib/schemas/index.ts';
import { r1 } from '../../charts/round.ts';
import { boxFrom, overlaps, type Box } from '../../charts/boxes.ts';
import { textWidth, wrapText } from '../../charts/text.ts';

/** Relations drawn as a hierarchy (the child sits below what it belongs to); `allied-with` links equals. */
const LATERAL: ReadonlySet<Affiliation['relation']> = new Set(['allied-with']);

export interface AffiliationNode {
  id: string;
  /** Centre of the box. */
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  depth: number;
}

export interface AffiliationEdge {
  from: string;
  to: string;
  relation: Affiliation['relation'];
  /** SVG path from the child (or first ally) to the parent (or second ally). */
  path: string;
  label: { x: number; y: number };
  dashed: boolean;
}

export interface AffiliationLayout {
  width: number;
  height: number;
  nodes: AffiliationNode[];
  edges: AffiliationEdge[];
}

export interface AffiliationOptions {
  width: number;
  /** The actor whose network is drawn: everything connected to it through the included relations. */
  focus: string;
  /** Relations to follow and draw. */
  relations: ReadonlyArray<Affiliation['relation']>;
  /** Kinds of actor left out (e.g. individual people). */
  excludeKinds?: ReadonlyArray<Actor['kind']>;
  /** Actors left out by id. */
  exclude?: readonly string[];
  /** The words shown on a link, used to keep link labels apart. */
  labelOf?: (relation: Affiliation['relation']) => string;
}

const BOX_WIDTH = 150;
/** The chart text's size in SVG units: at the 608-unit width it renders at 13 px, 12 px at 560. */
export const WIDE_TEXT = 13;
export const LINE_HEIGHT = 16;
const ROW_GAP = 120;
const TOP = 12;

/** Breaks an actor's name into lines no wider than `width` units at `size`, as the boxes set it: in semibold. */
export const wrapName = (name: string, width: number, size: number): string[] => wrapText(name, width, size, { strong: true });

/**
 * Lays out who belongs to, is backed by or is allied with whom: rows by depth in the hierarchy
 * (what others belong to at the top), nodes in a row ordered to keep links short and uncrossed.
 */
export function layoutAffiliations(actors: readonly Actor[], options: AffiliationOptions): AffiliationLayout {
  const { width, focus } = options;
  const relations = new Set(options.relations);
  const excluded = new Set(options.excludeKinds ?? []);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const excludedIds = new Set(options.exclude ?? []);
  const include = (id: string): boolean => {
    const a = byId.get(id);
    return !!a && !excluded.has(a.kind) && !excludedIds.has(id);
  };
  const links = actors.flatMap((a) =>
    a.affiliations
      .filter((f) => relations.has(f.relation) && include(a.id) && include(f.actor))
      .map((f) => ({ from: a.id, to: f.actor, relation: f.relation })),
  );

  // Everything connected to the focus.
  const members = new Set<string>(include(focus) ? [focus] : []);
  for (let grew = true; grew;) {
    grew = false;
    for (const l of links) {
      if (members.has(l.from) !== members.has(l.to)) {
        members.add(l.from);
        members.add(l.to);
        grew = true;
      }
    }
  }
  const edges = links.filter((l) => members.has(l.from) && members.has(l.to));

  // Depth: 0 for what belongs to nothing, else one below the deepest thing it belongs to.
  const depth = new Map<string, number>();
  const depthOf = (id: string, seen: Set<string> = new Set()): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return 0;
    seen.add(id);
    const parents = edges.filter((e) => e.from === id && !LATERAL.has(e.relation)).map((e) => e.to);
    const d = parents.length === 0 ? 0 : 1 + Math.max(...parents.map((p) => depthOf(p, seen)));
    depth.set(id, d);
    return d;
  };
  const ids = [...members].sort();
  for (const id of ids) depthOf(id);
  const rows: string[][] = [];
  for (const id of ids) (rows[depth.get(id)!] ??= []).push(id);

  // Order each row to minimise crossings, then the horizontal length of links: rows are small,
  // so every order of a row is tried (the others held fixed), a few times over.
  const position = new Map<string, number>();
  const place = (row: string[]): void => {
    row.forEach((id, i) => position.set(id, (i + 1) / (row.length + 1)));
  };
  rows.forEach(place);
  const cost = (): number => {
    let crossings = 0;
    let length = 0;
    edges.forEach((e, i) => {
      const [a0, b0] = [position.get(e.from)!, position.get(e.to)!];
      length += Math.abs(a0 - b0);
      for (const f of edges.slice(i + 1)) {
        const sameRows = depth.get(e.from) === depth.get(f.from) && depth.get(e.to) === depth.get(f.to);
        if (sameRows && (a0 - position.get(f.from)!) * (b0 - position.get(f.to)!) < 0) crossings++;
      }
    });
    return crossings * 1000 + length;
  };
  for (let pass = 0; pass < 3; pass++) {
    rows.forEach((row, r) => {
      if (row.length > 6) return;
      let best = [...row];
      let bestCost = Infinity;
      for (const order of permutations(row)) {
        rows[r] = order;
        place(order);
        const c = cost();
        if (c < bestCost - 1e-9) {
          bestCost = c;
          best = order;
        }
      }
      rows[r] = best;
      place(best);
    });
  }

  const nodes: AffiliationNode[] = rows.flatMap((row, d) =>
    row.map((id, i) => {
      const slot = width / row.length;
      const boxWidth = Math.min(BOX_WIDTH, slot - 12);
      const lines = wrapName(byId.get(id)!.name, boxWidth - 12, WIDE_TEXT);
      return {
        id,
        x: r1(slot * i + slot / 2),
        y: r1(TOP + d * ROW_GAP + 24),
        width: boxWidth,
        height: lines.length * LINE_HEIGHT + 12,
        lines,
        depth: d,
      };
    }),
  );
  const nodeOf = new Map(nodes.map((n) => [n.id, n]));
  const drawn: Array<AffiliationEdge & { points?: Array<{ x: number; y: number }> }> = edges.map((e) => {
    const a = nodeOf.get(e.from)!;
    const b = nodeOf.get(e.to)!;
    if (a.depth === b.depth) {
      // Allies: a curve that leaves and enters at the sides, bowed downwards.
      const [left, right] = a.x < b.x ? [a, b] : [b, a];
      const x0 = left.x + left.width / 2;
      const x1 = right.x - right.width / 2;
      const y0 = left.y;
      const y1 = right.y;
      const bow = Math.max(y0, y1) + 40;
      return {
        ...e,
        path: `M${r1(x0)},${r1(y0)} C${r1(x0 + 40)},${r1(bow)} ${r1(x1 - 40)},${r1(bow)} ${r1(x1)},${r1(y1)}`,
        label: { x: r1((x0 + x1) / 2), y: r1(bow - 8) },
        dashed: true,
      };
    }
    const y0 = a.y - a.height / 2;
    const y1 = b.y + b.height / 2;
    const dashed = e.relation === 'alleged-front-for' || LATERAL.has(e.relation);
    // A link that skips a row bends around the boxes in that row instead of running behind them.
    const between = nodes.filter((n) => n.depth < a.depth && n.depth > b.depth);
    const waypoints = [...new Set(between.map((n) => n.depth))]
      .sort((p, q) => q - p)
      .map((d) => {
        const rowY = nodes.find((n) => n.depth === d)!.y;
        const t = (y0 - rowY) / (y0 - y1);
        let wx = a.x + (b.x - a.x) * t;
        for (const n of between.filter((m) => m.depth === d)) {
          const half = n.width / 2 + 14;
          if (Math.abs(wx - n.x) < half) wx = wx < n.x ? n.x - half : n.x + half;
        }
        return { x: wx, y: rowY };
      });
    const points = [{ x: a.x, y: y0 }, ...waypoints, { x: b.x, y: y1 }];
    let path = `M${r1(points[0]!.x)},${r1(points[0]!.y)}`;
    for (let i = 1; i < points.length; i++) {
      const p = points[i - 1]!;
      const q = points[i]!;
      const mid = (p.y + q.y) / 2;
      path += ` C${r1(p.x)},${r1(mid)} ${r1(q.x)},${r1(mid)} ${r1(q.x)},${r1(q.y)}`;
    }
    return { ...e, path, label: { x: 0, y: 0 }, dashed, points };
  });
  // Labels: the first spot along each link, from its middle outwards, that overlaps no box and no
  // label already placed.
  const labelOf = options.labelOf ?? ((r: Affiliation['relation']) => r);
  const taken: Box[] = nodes.map((n) => ({ x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height }));
  const edgesOut: AffiliationEdge[] = drawn.map(({ points, ...e }) => {
    if (!points) return e;
    const w = textWidth(labelOf(e.relation), WIDE_TEXT) + 6;
    let best = pointAlong(points, 0.5);
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.15, 0.85]) {
      const p = pointAlong(points, t);
      const box = boxFrom(p.x - w / 2, p.x + w / 2, p.y - 11, p.y + 4);
      if (!taken.some((b) => overlaps(b, box))) {
        best = p;
        break;
      }
    }
    taken.push(boxFrom(best.x - w / 2, best.x + w / 2, best.y - 11, best.y + 4));
    return { ...e, label: { x: r1(best.x), y: r1(best.y) } };
  });
  const height = r1(Math.max(...nodes.map((n) => n.y + n.height / 2)) + 12);
  return { width, height, nodes, edges: edgesOut };
}

/** Every order of a short list, starting with the list as given. */
function* permutations<T>(items: readonly T[]): Generator<T[]> {
  if (items.length <= 1) {
    yield [...items];
    return;
  }
  for (let i = 0; i < items.length; i++) {
    const rest = [...items.slice(0, i), ...items.slice(i + 1)];
    for (const tail of permutations(rest)) yield [items[i]!, ...tail];
  }
}

/** The point a fraction `t` of the way along a polyline. */
function pointAlong(points: ReadonlyArray<{ x: number; y: number }>, t: number): { x: number; y: number } {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  let goal = lengths.reduce((a, b) => a + b, 0) * t;
  for (let i = 0; i < lengths.length; i++) {
    if (goal <= lengths[i]! || i === lengths.length - 1) {
      const f = lengths[i]! === 0 ? 0 : Math.min(goal / lengths[i]!, 1);
      return { x: points[i]!.x + (points[i + 1]!.x - points[i]!.x) * f, y: points[i]!.y + (points[i + 1]!.y - points[i]!.y) * f };
    }
    goal -= lengths[i]!;
  }
  return points[0]!;
}

/** One actor in the phone layout: a box with its name, and under it each link it makes, in words. */
export interface AffiliationListNode {
  id: string;
  /** Left and top of the box. */
  x: number;
  y: number;
  width: number;
  height: number;
  depth: number;
  lines: string[];
  /** The links from this actor, each wrapped to the box; `dashed` as in the wide layout. */
  links: Array<{ to: string; relation: Affiliation['relation']; lines: string[]; dashed: boolean }>;
}

export interface AffiliationList {
  width: number;
  height: number;
  nodes: AffiliationListNode[];
}

/** The chart text's size in the phone layout: at the 288-unit width of a 320 px phone it renders at 12 px. */
export const NARROW_TEXT = 13.5;
const LIST_LINE = 18;

/**
 * The network for a phone: the actors of the wide layout in one column, what others belong to
 * first, each box naming the links it makes ("part of …",
 * "backed by …"), so nothing needs to fit side by side.
 */
export function layoutAffiliationList(
  wide: AffiliationLayout,
  options: { width: number; nameOf: (id: string) => string; labelOf?: (relation: Affiliation['relation']) => string },
): AffiliationList {
  const labelOf = options.labelOf ?? ((r: Affiliation['relation']) => r);
  const order = [...wide.nodes].sort((a, b) => a.depth - b.depth || a.x - b.x);
  let y = 4;
  const nodes = order.map((n) => {
    const x = 4;
    const width = options.width - 4 - x;
    const inner = width - 24;
    const lines = wrapName(options.nameOf(n.id), inner, NARROW_TEXT);
    const links = wide.edges
      .filter((e) => e.from === n.id)
      .map((e) => ({
        to: e.to,
        relation: e.relation,
        lines: wrapText(`${labelOf(e.relation)} ${options.nameOf(e.to)}`, inner - 14, NARROW_TEXT),
        dashed: e.dashed,
      }));
    const height =
      14 + lines.length * LIST_LINE + links.reduce((h, l) => h + l.lines.length * LIST_LINE, 0) + (links.length ? 6 : 0);
    const node: AffiliationListNode = { id: n.id, x, y, width, height, depth: n.depth, lines, links };
    y += height + 8;
    return node;
  });
  return { width: options.width, height: y, nodes };
}

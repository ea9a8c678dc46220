import { describe, expect, it } from 'vitest';
import { boxFrom, overlaps } from '../../../../src/charts/boxes.ts';
import { textWidth } from '../../../../src/charts/text.ts';
import {
  layoutAffiliationList,
  layoutAffiliations,
  NARROW_TEXT,
  WIDE_TEXT,
  wrapName,
} from '../../../../src/figures/affiliations/affiliations.ts';
import type { Actor } from '../../../../src/lib/schemas/index.ts';

const cite = [{ seed: '000', quote: 'x x x' }];
const actor = (
  id: string,
  kind: Actor['kind'],
  links: Array<[Actor['affiliations'][number]['relation'], string]> = [],
): Actor => ({
  id,
  name: `Group ${id.toUpperCase()}`,
  kind,
  role: 'A role in the story.',
  spellings: [id],
  affiliations: links.map(([relation, to]) => ({ actor: to, relation, cites: cite })),
  cites: cite,
});

const actors = [
  actor('state', 'government'),
  actor('umbrella', 'umbrella-group'),
  actor('ally', 'government'),
  actor('militias', 'armed-group', [['backed-by', 'state']]),
  actor('a', 'armed-group', [
    ['member-of', 'militias'],
    ['part-of', 'umbrella'],
    ['backed-by', 'state'],
    ['allied-with', 'ally'],
  ]),
  actor('front', 'armed-group', [['alleged-front-for', 'militias']]),
  actor('person', 'person', [['member-of', 'a']]),
  actor('elsewhere', 'monitor'),
];
const options = {
  width: 720,
  focus: 'militias',
  relations: ['member-of', 'part-of', 'backed-by', 'allied-with', 'alleged-front-for'] as const,
  excludeKinds: ['person'] as const,
};

describe('layoutAffiliations', () => {
  it("draws the focus's network only, without excluded kinds", () => {
    const { nodes } = layoutAffiliations(actors, options);
    expect(nodes.map((n) => n.id).sort()).toEqual(['a', 'ally', 'front', 'militias', 'state', 'umbrella']);
  });

  it('puts what others belong to above them, and allies by their links alone', () => {
    const { nodes } = layoutAffiliations(actors, options);
    const depth = Object.fromEntries(nodes.map((n) => [n.id, n.depth]));
    expect(depth).toMatchObject({ state: 0, umbrella: 0, ally: 0, militias: 1, a: 2, front: 2 });
    const y = Object.fromEntries(nodes.map((n) => [n.id, n.y]));
    expect(y.state!).toBeLessThan(y.militias!);
    expect(y.militias!).toBeLessThan(y.a!);
  });

  it('keeps boxes in a row apart and inside the width', () => {
    const { nodes } = layoutAffiliations(actors, options);
    for (const row of [0, 1, 2]) {
      const boxes = nodes.filter((n) => n.depth === row).sort((p, q) => p.x - q.x);
      boxes.forEach((b, i) => {
        expect(b.x - b.width / 2).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width / 2).toBeLessThanOrEqual(720);
        if (i > 0) expect(b.x - b.width / 2).toBeGreaterThan(boxes[i - 1]!.x + boxes[i - 1]!.width / 2);
      });
    }
  });

  it('dashes alleged links and links between allies', () => {
    const { edges } = layoutAffiliations(actors, options);
    expect(edges.find((e) => e.relation === 'alleged-front-for')?.dashed).toBe(true);
    expect(edges.find((e) => e.relation === 'allied-with')?.dashed).toBe(true);
    expect(edges.find((e) => e.relation === 'member-of')?.dashed).toBe(false);
  });

  it('routes a link that skips a row around the boxes in it', () => {
    const { edges, nodes } = layoutAffiliations(actors, options);
    const skip = edges.find((e) => e.from === 'a' && e.to === 'state')!;
    expect(skip.path.match(/C/g)).toHaveLength(2);
    const middle = nodes.find((n) => n.id === 'militias')!;
    const via = /C[^C]* ([\d.]+),([\d.]+) C/.exec(skip.path)!;
    expect(Math.abs(Number(via[1]) - middle.x)).toBeGreaterThan(middle.width / 2);
  });

  it('keeps link labels off each other', () => {
    const { edges } = layoutAffiliations(actors, { ...options, labelOf: (r) => r });
    const boxes = edges.map((e) => {
      const half = (textWidth(e.relation, WIDE_TEXT) + 6) / 2;
      return boxFrom(e.label.x - half, e.label.x + half, e.label.y - 9, e.label.y + 3);
    });
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    });
  });

  it('wraps long names at spaces, measured as the boxes set them, in semibold', () => {
    expect(wrapName('Popular Mobilisation Forces (PMF)', 138, WIDE_TEXT)).toEqual(['Popular Mobilisation', 'Forces (PMF)']);
  });
});

describe('layoutAffiliationList', () => {
  const wide = layoutAffiliations(actors, options);
  const nameOf = (id: string): string => actors.find((a) => a.id === id)!.name;
  const list = layoutAffiliationList(wide, { width: 320, nameOf, labelOf: (r) => r.replace(/-/g, ' ') });

  it('stacks every actor of the wide layout in one column, what others belong to first', () => {
    expect(list.nodes.map((n) => n.id).sort()).toEqual(wide.nodes.map((n) => n.id).sort());
    const depths = list.nodes.map((n) => n.depth);
    expect(depths).toEqual([...depths].sort((a, b) => a - b));
    list.nodes.slice(1).forEach((n, i) => {
      expect(n.y).toBeGreaterThanOrEqual(list.nodes[i]!.y + list.nodes[i]!.height);
    });
    expect(list.height).toBeGreaterThanOrEqual(list.nodes.at(-1)!.y + list.nodes.at(-1)!.height);
  });

  it('names each link an actor makes in its box, dashed as in the wide layout, every line within the width', () => {
    const a = list.nodes.find((n) => n.id === 'a')!;
    expect(a.links.map((l) => l.lines.join(' '))).toEqual(
      wide.edges.filter((e) => e.from === 'a').map((e) => `${e.relation.replace(/-/g, ' ')} ${nameOf(e.to)}`),
    );
    expect(list.nodes.find((n) => n.id === 'front')!.links[0]!.dashed).toBe(true);
    for (const n of list.nodes) {
      expect(n.x + n.width).toBeLessThanOrEqual(320);
      for (const line of [...n.lines, ...n.links.flatMap((l) => l.lines)])
        expect(line.length * NARROW_TEXT * 0.58).toBeLessThanOrEqual(n.width - 12);
    }
  });
});

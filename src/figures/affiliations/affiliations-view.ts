import { actorHref } from '../../lib/urls.ts';
import type { Dataset } from '../../lib/data/load.ts';
import { RELATION_LABELS } from '../../lib/labels.ts';
import type { Actor, Affiliation } from '../../lib/schemas/index.ts';
import {
  layoutAffiliationList,
  layoutAffiliations,
  type AffiliationLayout,
  type AffiliationList,
  type AffiliationListNode,
  type AffiliationNode,
} from './affiliations.ts';

/** The network figure's props as parsed from the chapter (see ./figure.ts). */
export interface AffiliationsViewProps {
  focus: string;
  relations: ReadonlyArray<Affiliation['relation']>;
  exclude?: readonly string[] | undefined;
}

/** Everything the network figure's component renders, worked out from the data. */
export interface AffiliationsView {
  layout: AffiliationLayout;
  /** Each node with its link and its description (the tooltip, and the text its mark is described by). */
  nodes: Array<{ node: AffiliationNode; href: string; name: string; tip: string }>;
  /** The phone layout: one column of actors, each with the links it makes in words. */
  narrow: { layout: AffiliationList; nodes: Array<{ node: AffiliationListNode; href: string; name: string; tip: string }> };
  /** The text alternative: one item per actor, what it is linked to in words. */
  items: Array<{ key: string; href: string; name: string; links: string }>;
}

/**
 * The network around `focus` at 608 units wide, and in a column 320 wide for phones: people left out (their links are in the index),
 * and each actor's tooltip: its role, then each link it makes in the figure, in words.
 */
export function affiliationsView(data: Pick<Dataset, 'actors'>, props: AffiliationsViewProps): AffiliationsView {
  const layout = layoutAffiliations(data.actors, {
    width: 608,
    focus: props.focus,
    relations: props.relations,
    excludeKinds: ['person'],
    labelOf: (r) => RELATION_LABELS[r],
    exclude: props.exclude ?? [],
  });
  const byId = new Map<string, Actor>(data.actors.map((a) => [a.id, a]));
  const name = (id: string): string => byId.get(id)?.name ?? id;
  const links = (id: string): string[] =>
    layout.edges.filter((e) => e.from === id).map((e) => `${RELATION_LABELS[e.relation]} ${name(e.to)}`);
  const tip = (id: string): string => {
    const out = links(id);
    return `${name(id)}: ${byId.get(id)?.role ?? ''}.${out.length ? ` ${out.join('; ')}.` : ''}`;
  };
  const list = layoutAffiliationList(layout, { width: 320, nameOf: name, labelOf: (r) => RELATION_LABELS[r] });
  return {
    layout,
    narrow: {
      layout: list,
      nodes: list.nodes.map((node) => ({ node, href: actorHref(node.id), name: node.lines.join(' '), tip: tip(node.id) })),
    },
    nodes: layout.nodes.map((node) => ({ node, href: actorHref(node.id), name: node.lines.join(' '), tip: tip(node.id) })),
    items: layout.nodes.map((node) => ({
      key: node.id,
      href: actorHref(node.id),
      name: name(node.id),
      links: links(node.id).join('; '),
    })),
  };
}

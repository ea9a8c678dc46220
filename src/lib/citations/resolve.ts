import { isSeedCitation, type Citation } from '../schemas/index.ts';
import { passageKey, type Passage } from '../data/verify.ts';
import { passageAnchor } from '../sources/segments.ts';
import { sourceHref } from '../urls.ts';
import type { Dataset } from '../data/load.ts';
import { blockById, type SeedBlock } from '../seeds/parse.ts';

/** A citation ready to render: where it links and what it shows. */
export type ResolvedCitation =
  | { kind: 'seed'; seed: string; passage: Passage; href: string; label: string; quote: string }
  | { kind: 'external'; id: string; href: string; label: string; detail: string; publisher: string };

/** Turns a `{ seed, quote }` or `{ external, detail }` into a link. The data was verified on load, so a miss here is a bug. */
export function resolveCitation(data: Dataset, cite: Citation): ResolvedCitation {
  if (isSeedCitation(cite)) {
    const passage = data.passages.get(passageKey(cite.seed, cite.quote)) ?? data.locate(cite.seed, cite.quote);
    if (typeof passage === 'string') throw new Error(passage);
    const seed = data.seeds.find((s) => s.id === cite.seed);
    const block = seed && blockById(seed, passage.blockId);
    return {
      kind: 'seed',
      seed: cite.seed,
      passage,
      href: sourceHref(cite.seed, passageAnchor(passage)),
      label: `Source ${cite.seed}${block ? `, ${blockLabel(block)}` : ''}`,
      quote: passage.text,
    };
  }
  const ext = data.external.find((x) => x.id === cite.external);
  if (!ext) throw new Error(`unknown external source "${cite.external}"`);
  return { kind: 'external', id: ext.id, href: ext.url, label: ext.title, detail: cite.detail, publisher: ext.publisher };
}

const FURNITURE_LABELS: Partial<Record<SeedBlock['kind'], string>> = {
  byline: 'credit line',
  caption: 'photo caption',
  share: 'share buttons',
  'reading-time': 'reading-time label',
  related: 'link to another story',
  continuation: 'page furniture',
  'end-marker': 'end marker',
};

/** "paragraph 3", "subheading 1", "photo caption (line 5)", … for a block. */
export function blockLabel(block: Pick<SeedBlock, 'id' | 'kind' | 'line'>): string {
  if (block.kind === 'headline' || block.kind === 'dateline') return block.kind;
  if (block.kind === 'paragraph') return `paragraph ${block.id.slice(1)}`;
  if (block.kind === 'subhead') return `subheading ${block.id.slice(1)}`;
  return `${FURNITURE_LABELS[block.kind] ?? 'page furniture'} (line ${block.line})`;
}

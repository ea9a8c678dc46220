import { isSeedCitation, type Citation } from '../schemas/index.ts';
import { passageKey, type Passage } from '../data/verify.ts';
import { passageAnchor } from '../sources/segments.ts';
import { sourceHref } from '../urls.ts';
import type { Dataset } from '../data/load.ts';
import { passageLabel, sourceName } from '../sources/names.ts';
import { blockById } from '../seeds/parse.ts';

/** A citation ready to render: where it links and what it shows. */
export type ResolvedCitation =
  | {
      kind: 'seed';
      seed: string;
      passage: Passage;
      href: string;
      label: string;
      name: string;
      quote: string;
      /**
       * Set where the passage is someone's words in a machine translation: what to show in
       * its place, the editors' summary, attributed to the report and never in quotation marks.
       */
      paraphrase?: string;
    }
  | { kind: 'external'; id: string; href: string; label: string; detail: string; publisher: string };

/** Turns a `{ seed, quote }` or `{ external, detail }` into a link. The data was verified on load, so a miss here is a bug. */
export function resolveCitation(data: Dataset, cite: Citation): ResolvedCitation {
  if (isSeedCitation(cite)) {
    const passage = data.passages.get(passageKey(cite.seed, cite.quote)) ?? data.locate(cite.seed, cite.quote);
    if (typeof passage === 'string') throw new Error(passage);
    const seed = data.seeds.find((s) => s.id === cite.seed)!;
    const block = blockById(seed, passage.blockId);
    return {
      kind: 'seed',
      seed: cite.seed,
      passage,
      href: sourceHref(cite.seed, passageAnchor(passage)),
      label: passageLabel(data.seedSources, seed, block),
      name: sourceName(data.seedSources, seed.id, 'short', { capital: true }),
      quote: passage.text,
    };
  }
  const ext = data.external.find((x) => x.id === cite.external);
  if (!ext) throw new Error(`unknown external source "${cite.external}"`);
  return { kind: 'external', id: ext.id, href: ext.url, label: ext.title, detail: cite.detail, publisher: ext.publisher };
}

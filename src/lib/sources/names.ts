import type { SeedSource } from '../schemas/index.ts';
import type { SeedBlock } from '../seeds/parse.ts';

/** How a source is named: in full (first mention, its own page) or short (notes, tables, figures). */
export type NameForm = 'full' | 'short';

/** Names start in lower case ("the report by …") so they read inside a sentence; this is the form that starts one. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
}

/**
 * A source's name for readers. Readers never see a source's file number: a name says who
 * published or wrote it, so they can weigh who is speaking.
 */
export function sourceName(
  sources: readonly Pick<SeedSource, 'id' | 'name' | 'short'>[],
  seed: string,
  form: NameForm = 'short',
  options: { capital?: boolean } = {},
): string {
  const source = sources.find((s) => s.id === seed);
  if (!source) throw new Error(`no source "${seed}" in content/data/sources.yaml`);
  const name = form === 'full' ? source.name : source.short;
  return options.capital ? capitalise(name) : name;
}

/** Lines that are not the article's own text, as a note names them. */
const FURNITURE_LABELS: Partial<Record<SeedBlock['kind'], string>> = {
  byline: 'credit line',
  caption: 'photo caption',
  share: 'share buttons',
  'reading-time': 'reading-time label',
  related: 'link to another story',
  continuation: '“Story Continues” line',
  'end-marker': 'end-of-article marker',
};

/** The number a paragraph carries on its source page and in notes: paragraphs are counted, other lines are not. */
export function paragraphNumber(block: Pick<SeedBlock, 'id' | 'kind'>): number | undefined {
  return block.kind === 'paragraph' ? Number(block.id.slice(1)) : undefined;
}

/**
 * Where a passage sits, in the numbering its source page shows: "paragraph 3", "subheading 1",
 * "headline", or, for a line that is not article text, "photo caption before paragraph 1" (such
 * lines are labelled on the page, not numbered, so they are placed by the paragraph next to them).
 */
export function blockLabel(block: Pick<SeedBlock, 'id' | 'kind'>, blocks: readonly Pick<SeedBlock, 'id' | 'kind'>[]): string {
  if (block.kind === 'headline' || block.kind === 'dateline') return block.kind;
  const n = paragraphNumber(block);
  if (n !== undefined) return `paragraph ${n}`;
  if (block.kind === 'subhead') return `subheading ${block.id.slice(1)}`;
  const label = FURNITURE_LABELS[block.kind] ?? 'line that is not article text';
  const at = blocks.findIndex((b) => b.id === block.id);
  const before = blocks.slice(0, at).findLast((b) => b.kind === 'paragraph');
  if (before) return `${label} after paragraph ${paragraphNumber(before)}`;
  const after = blocks.slice(at + 1).find((b) => b.kind === 'paragraph');
  return after ? `${label} before paragraph ${paragraphNumber(after)}` : label;
}

/** "Okafor, paragraph 3": a passage as a note, a tooltip or a search result names it. */
export function passageLabel(
  sources: readonly Pick<SeedSource, 'id' | 'name' | 'short'>[],
  seed: { id: string; blocks: readonly Pick<SeedBlock, 'id' | 'kind'>[] },
  block: Pick<SeedBlock, 'id' | 'kind'> | undefined,
): string {
  const name = sourceName(sources, seed.id, 'short', { capital: true });
  return block ? `${name}, ${blockLabel(block, seed.blocks)}` : name;
}

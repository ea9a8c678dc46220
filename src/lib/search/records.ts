import type { Dataset } from '../data/load.ts';
import { passageLabel } from '../sources/names.ts';
import { ALL_KINDS, recordsOfKind } from '../kinds/index.ts';
import { paths } from '../urls.ts';
import { ARTICLE_KINDS, type SeedBlock } from '../seeds/parse.ts';
import { RANK_WEIGHTS } from './options.ts';
import { normalizeWord, wordsOf } from './query.ts';

/** Kinds of search result, as readers see them in the filters. */
export const SEARCH_KINDS = {
  chapter: 'Chapter text',
  method: 'Sources and method',
  event: 'Event',
  actor: 'Person or group',
  place: 'Place',
  source: 'Source passage',
} as const;

/** Where readers find records: the section filter's value for each kind of page. */
export const SECTIONS = { chronology: 'Chronology', index: 'People and places', sources: 'Sources' } as const;

/**
 * A record for Pagefind's `addHTMLFile`: one searchable thing that is not a whole page, as a
 * small HTML document so that it can carry weights, metadata, filters and anchors.
 */
export interface SearchRecord {
  url: string;
  content: string;
}

/** Passages of a source are cut at this many words at the least, so short lines do not each become a result. */
const PASSAGE_WORDS = 60;
/**
 * A document longer than this (a court filing, an archive) is searched in passages of
 * {@link LONG_PASSAGE_WORDS} words, one place each: its records then grow with its text, not
 * with its lines, and a search leads to the passage rather than to one of thousands of lines.
 */
const LONG_DOCUMENT_WORDS = 20_000;
const LONG_PASSAGE_WORDS = 250;
const wordCount = (text: string): number => text.split(/\s+/).length;

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const hidden = (attr: string, value: string): string => `<span data-pagefind-ignore ${attr}>${escapeHtml(value)}</span>`;

interface RecordParts {
  url: string;
  language: string;
  kind: string;
  section: string;
  weight: number;
  title: string;
  /** The one line readers see under the title. */
  line: string;
  /** Every spelling of the name, searched and used to mark the words found on arrival. */
  spellings?: string[];
  /** Further searchable text, as paragraphs (with an id when the record has places to link to). */
  body: Array<{ text: string; id?: string; title?: string }>;
}

/**
 * The words of a name's other spellings that the name itself lacks ("kaitib" for "Kata'ib
 * Hezbollah (KH)"), as the index keeps words. A search under such a spelling is a search for this
 * record in particular: chapters are found for it too (see {@link spellingsMentioned}), but
 * only the record knows the spelling, and its field `variants` lifts it among them.
 */
export function variantWords(spellings: readonly string[]): string[] {
  const words = (s: string): string[] => wordsOf(s).map(normalizeWord);
  const name = new Set(words(spellings[0] ?? ''));
  return [...new Set(spellings.slice(1).flatMap(words))].filter((w) => !name.has(w));
}

function recordHtml(r: RecordParts): SearchRecord {
  const variants = variantWords(r.spellings ?? []);
  const meta = [
    `<span data-pagefind-meta="title">${escapeHtml(r.title)}</span>`,
    hidden('data-pagefind-meta="line"', r.line),
    r.spellings?.length ? hidden('data-pagefind-meta="spellings"', r.spellings.join('|')) : '',
    variants.length ? hidden('data-pagefind-meta="variants"', variants.join(' ')) : '',
    hidden('data-pagefind-filter="kind"', r.kind),
    hidden('data-pagefind-filter="section"', r.section),
  ].join('');
  const body = r.body
    .map(
      (p) =>
        `<p${p.id ? ` id="${escapeHtml(p.id)}"` : ''}${p.title ? ` data-pagefind-title="${escapeHtml(p.title)}"` : ''}>${escapeHtml(p.text)}</p>`,
    )
    .join('');
  return {
    url: r.url,
    content: `<!doctype html><html lang="${escapeHtml(r.language)}"><body><div data-pagefind-body data-pagefind-weight="${r.weight}">${meta}${body}</div></body></html>`,
  };
}

/** Consecutive article blocks of a source, cut into passages of about {@link PASSAGE_WORDS} words; a subheading opens a passage. */
export function passages(blocks: readonly SeedBlock[], least = PASSAGE_WORDS): SeedBlock[][] {
  const out: SeedBlock[][] = [];
  let current: SeedBlock[] = [];
  let words = 0;
  for (const block of blocks) {
    if (!ARTICLE_KINDS.has(block.kind)) continue;
    if (current.length && (block.kind === 'subhead' || words >= least)) {
      out.push(current);
      current = [];
      words = 0;
    }
    current.push(block);
    words += wordCount(block.text);
  }
  if (current.length) out.push(current);
  return out;
}

/** Every spelling group of the data: a name the explainer uses and the ways the sources write it. */
export function spellingGroups(data: Dataset): string[][] {
  return [...data.actors, ...data.places].map((e) => [...new Set([e.name, ...e.spellings])]);
}

/**
 * The other spellings of each name a text mentions under any of its spellings, for a page's hidden
 * `mentions` field. Pagefind finds only pages that hold every word searched, and reads a page's
 * fields as words of it: a chapter that writes "Kata’ib Hezbollah" is then found for "Kait'ib
 * Hezbollah" too, with its paragraphs on the group as the places found. MDX tags and the
 * quotations in their attributes are left out, as the index leaves out citations.
 */
export function spellingsMentioned(groups: readonly string[][], mdx: string): string[] {
  const words = (t: string): string => ` ${wordsOf(t).map(normalizeWord).join(' ')} `;
  const text = words(mdx.replace(/<[^>]*>/g, ' '));
  const written = (s: string): boolean => text.includes(words(s));
  // Spellings the text already holds are indexed with it; every result carries this field, so
  // it holds only the others.
  return groups.filter((g) => g.some(written)).flatMap((g) => g.filter((s) => !written(s)));
}

/**
 * The data as search records, so that every record whose kind contributes to search (events,
 * people, groups, places) and every source passage can be found as its own result, under every spelling the sources use. Source passages carry
 * article text only: credit lines, captions and links scraped with a page are no results.
 */
export function searchRecords(data: Dataset): SearchRecord[] {
  const language = data.explainer.lang;
  const records: SearchRecord[] = [];

  for (const kind of ALL_KINDS) {
    for (const entry of kind.search?.(recordsOfKind(data, kind), data) ?? []) {
      records.push(
        recordHtml({
          ...entry,
          language,
          kind: SEARCH_KINDS[entry.kind],
          section: SECTIONS[entry.section],
          weight: RANK_WEIGHTS.record,
        }),
      );
    }
  }

  for (const seed of data.seeds) {
    const long = seed.blocks.reduce((n, b) => n + wordCount(b.text), 0) > LONG_DOCUMENT_WORDS;
    for (const passage of passages(seed.blocks, long ? LONG_PASSAGE_WORDS : PASSAGE_WORDS)) {
      const first = passage[0]!;
      const title = passageLabel(data.seedSources, seed, first);
      records.push(
        recordHtml({
          url: paths.source(seed.id, first.id),
          language,
          kind: SEARCH_KINDS.source,
          section: SECTIONS.sources,
          weight: RANK_WEIGHTS.source,
          title,
          line: long && first.text.length > 200 ? `${first.text.slice(0, 199).trimEnd()}…` : first.text,
          body: long
            ? [{ text: passage.map((b) => b.text).join(' '), id: first.id, title }]
            : passage.map((b) => ({ text: b.text, id: b.id, title: passageLabel(data.seedSources, seed, b) })),
        }),
      );
    }
  }
  return records;
}

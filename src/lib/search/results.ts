import { isStopWord, matchesTerm, normalizeWord, prepareQuery, wordsOf, type PreparedQuery } from './query.ts';

/** The parts of Pagefind's browser API this site uses. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  title?: string;
  location: number;
}
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: PagefindAnchor;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** The page's indexed text, whose words the locations count. */
  content: string;
  raw_content?: string;
  anchors: PagefindAnchor[];
  locations: number[];
  sub_results: PagefindSubResult[];
}
export interface PagefindSearch {
  results: Array<{ id: string; score: number; data: () => Promise<PagefindResultData> }>;
  /** Counts per filter value with the chosen filters applied. */
  filters: Record<string, Record<string, number>>;
  /** Counts per filter value for the search term alone. */
  totalFilters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, o?: { filters?: Record<string, string> }) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Text with the searched words marked. */
export type Excerpt = Array<{ text: string; mark: boolean }>;

export interface Hit {
  /** The paragraph or record that matched, with the words to mark there (`?highlight=`). */
  url: string;
  title: string;
  kind?: string;
  excerpt: Excerpt;
  /** Further paragraphs of the same page that match. */
  subs: Array<{ url: string; title: string; excerpt: Excerpt }>;
}

export interface SearchOutcome {
  query: PreparedQuery;
  total: number;
  hits: Hit[];
  totalFilters: PagefindSearch['totalFilters'];
}

/** Words an excerpt may run to: one sentence, or a window of one around the match. */
const EXCERPT_WORDS = 32;

/** Marks the searched words of a text. */
export function markText(text: string, terms: readonly string[]): Excerpt {
  const out: Excerpt = [];
  for (const part of text.split(/(\s+)/)) {
    // Punctuation around a word stays unmarked: "(KH)." marks "KH".
    const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(part);
    const [, lead = '', core = '', tail = ''] = m ?? [];
    if (core && matchesTerm(core, terms)) {
      out.push({ text: lead, mark: false }, { text: core, mark: true }, { text: tail, mark: false });
    } else out.push({ text: part, mark: false });
  }
  // Merge neighbours so the excerpt is a few runs, not one per word.
  return out.reduce<Excerpt>((acc, seg) => {
    if (!seg.text) return acc;
    const last = acc[acc.length - 1];
    if (last && last.mark === seg.mark && !seg.mark) last.text += seg.text;
    else acc.push({ ...seg });
    return acc;
  }, []);
}

/** Whether a sentence ends after `word`: a full stop, not an initial or abbreviation ("U.S.", "p.m."), before a capital. */
function endsSentence(word: string, next: string): boolean {
  if (!/[.!?]["”’)]*$/.test(word)) return false;
  if (/^(?:\p{L}\.)+["”’)]*$/u.test(word) || /^(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|No)\.$/.test(word)) return false;
  return /^["“‘(]?[\p{Lu}\p{N}]/u.test(next);
}

/**
 * The sentence of a paragraph that holds the first match (by word position), cut to a window
 * around the match when the sentence is long.
 */
export function sentenceExcerpt(text: string, matchAt: number | undefined, terms: readonly string[]): Excerpt {
  const words = text.split(/\s+/).filter(Boolean);
  let at = matchAt ?? words.findIndex((w) => matchesTerm(w, terms));
  if (at < 0 || at >= words.length) at = 0;
  let start = at;
  while (start > 0 && !endsSentence(words[start - 1]!, words[start]!)) start--;
  let end = at;
  while (end < words.length - 1 && !endsSentence(words[end]!, words[end + 1]!)) end++;
  let lead = '';
  let tail = '';
  if (end - start + 1 > EXCERPT_WORDS) {
    // From the sentence's start when the match is near it, else from a few words before the match.
    const from = at - start < EXCERPT_WORDS - 8 ? start : Math.max(start, at - Math.floor(EXCERPT_WORDS / 3));
    const to = Math.min(end, from + EXCERPT_WORDS - 1);
    if (from > start) lead = '… ';
    if (to < end) tail = ' …';
    start = from;
    end = to;
  }
  return markText(`${lead}${words.slice(start, end + 1).join(' ')}${tail}`, terms);
}

/** The first words of a line, as many as an excerpt holds. */
function clip(line: string): string {
  const words = line.split(/\s+/);
  return words.length > EXCERPT_WORDS ? `${words.slice(0, EXCERPT_WORDS).join(' ')} …` : line;
}

/** The words Pagefind marked in an excerpt, so stemmed and near matches are marked too. */
function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => normalizeWord(m[1] ?? '')).filter((w) => w && !isStopWord(w));
}

/**
 * The words of a name's other spellings that stand where a found word stands ("Kata’ib" and
 * "Kataib" for "Kait'ib"), and the whole name for an abbreviation ("KH"), so arrival marks them.
 */
export function otherSpellings(spellings: readonly string[], found: readonly string[]): string[] {
  const split = spellings.map((s) => s.split(/\s+/));
  const out: string[] = [];
  for (const words of split) {
    words.forEach((w, i) => {
      if (!matchesTerm(w, found)) return;
      if (words.length === 1) out.push(...(split[0] ?? []).map(normalizeWord));
      for (const other of split) if (other.length === words.length && other[i]) out.push(normalizeWord(other[i]));
    });
  }
  return out.filter((w) => w.length > 1);
}

/** Adds `?highlight=` before any `#`. */
export function withHighlight(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const [path = '', hash] = url.split('#');
  const sep = path.includes('?') ? '&' : '?';
  return `${path}${sep}highlight=${encodeURIComponent(terms.join(' '))}${hash ? `#${hash}` : ''}`;
}

/** A sub-result's address: Pagefind appends the anchor to the record's own, which may have one already. */
function subUrl(result: PagefindResultData, sub: PagefindSubResult): string {
  const id = sub.anchor?.id ?? sub.url.split('#').pop();
  return id ? `${result.url.split('#')[0]}#${id}` : result.url;
}

/** A result as readers see it: the paragraph or record that matched, its title and a marked sentence. */
export function present(data: PagefindResultData, terms: readonly string[], searched: readonly string[] = terms): Hit {
  const kind = data.filters.kind?.[0];
  // Figures' cells run together in the index ("kill?FigureIn"): only prose says what Pagefind matched.
  const prose = data.sub_results.filter((s) => s.anchor?.element !== 'figure').map((s) => s.excerpt);
  const found = [...new Set([...terms, ...[data.excerpt, ...prose].flatMap(markedWords)])];
  const spellings = data.meta.spellings?.split('|') ?? [];
  const highlight = [...new Set([...found, ...otherSpellings(spellings, found)])];
  const title = data.meta.title ?? data.url;
  // A paragraph's words as indexed (citation marks left out), from its anchor to the next one;
  // split as Pagefind splits them, so that its word locations point into them.
  const words = (data.raw_content ?? data.content).split(/[^\S\uFEFF]+/);
  // Where each sub-result begins: anchors with a title, and headings (as Pagefind counts them).
  const starts = data.anchors
    .filter((a) => a.title?.trim() || (/^h\d$/i.test(a.element) && a.text.trim()))
    .map((a) => a.location)
    .sort((a, b) => a - b);
  const paragraphs = data.sub_results
    .filter((s) => s.anchor && s.locations.length > 0)
    .map((s) => {
      const anchor = s.anchor!;
      const heading = /^h\d$/i.test(anchor.element);
      const end = starts.find((l) => l > anchor.location) ?? words.length;
      // A heading's own words are its title; the excerpt comes from the text under it.
      const from = anchor.location + (heading ? anchor.text.split(/\s+/).filter(Boolean).length : 0);
      const text = words.slice(from, end).join(' ');
      const at = Math.min(...s.locations.filter((l) => l >= from)) - from;
      // A figure's cells run together in the index: its title stands for it.
      const figure = anchor.element === 'figure';
      const excerpt =
        figure || !text ? markText(s.title, highlight) : sentenceExcerpt(text, Number.isFinite(at) ? at : undefined, highlight);
      // How many of the searched words a text holds.
      const hits = (of: string): number => {
        const ws = of.split(/\s+/);
        return searched.filter((t) => ws.some((w) => matchesTerm(w, [t]))).length;
      };
      // The paragraph with most of the searched words leads, then one under a heading that names
      // them; a bare heading comes after the paragraphs beneath it. A figure, whose cells run
      // together in the index, leads only when its title asks what was searched.
      const rank = figure
        ? hits(s.title) * 6 - 3
        : hits(text) * 4 + (hits(s.title) > 0 ? 2 : 0) + Math.min(s.locations.length, 3) / 4 - (heading ? 1 : 0);
      return {
        url: withHighlight(subUrl(data, s), highlight),
        title: s.title,
        excerpt,
        rank,
      };
    })
    .sort((a, b) => b.rank - a.rank)
    .map((p) => ({ url: p.url, title: p.title, excerpt: p.excerpt }));
  if (data.meta.line !== undefined) {
    // A record: its title and its one line; a source passage links to the paragraph found.
    const first = paragraphs[0];
    const line = first ? first.excerpt : markText(clip(data.meta.line), highlight);
    return { url: first?.url ?? withHighlight(data.url, highlight), title: first?.title ?? title, kind, excerpt: line, subs: [] };
  }
  const [first, ...rest] = paragraphs;
  return {
    url: first?.url ?? withHighlight(data.url, highlight),
    title,
    kind,
    excerpt: first?.excerpt ?? sentenceExcerpt(data.excerpt.replace(/<\/?mark>/g, ''), undefined, highlight),
    subs: rest.slice(0, 3),
  };
}

/**
 * Runs a reader's query: stop-words out, other spellings of a name in, short words whole, then
 * Pagefind's own ranking; the first `limit` results presented.
 */
export async function runSearch(
  pagefind: Pagefind,
  raw: string,
  groups: readonly string[][],
  options: { filters?: Record<string, string>; limit?: number } = {},
): Promise<SearchOutcome | null> {
  const query = prepareQuery(raw, groups);
  const filters = options.filters ?? {};
  const search = await pagefind.search(query.search, { filters });
  if (!search) return null;
  let results = search.results;
  for (const word of query.whole) {
    // Pagefind matches every word by its start; a quoted word matches only whole.
    const exact = await pagefind.search(`"${word}"`, { filters });
    const ids = new Set(exact?.results.map((r) => r.id));
    results = results.filter((r) => ids.has(r.id));
  }
  const data = await Promise.all(results.slice(0, options.limit ?? 12).map((r) => r.data()));
  return {
    query,
    total: results.length,
    hits: data.map((d) => present(d, query.highlight, wordsOf(query.search).map(normalizeWord))),
    totalFilters: search.totalFilters,
  };
}

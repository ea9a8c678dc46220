import { escapeRegExp } from '../text/regexp.ts';

/** One entry of the printed index: its anchor key and the words that name it in the text. */
export interface IndexTerm {
  key: string;
  names: readonly string[];
}

/** Typographic and straight apostrophes (pdf.js reads them as ʼ) count as one, and a line-end hyphen rejoins its word. */
export function normaliseText(text: string): string {
  return text
    .replace(/[ʼ’‘']/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/(\p{L})- (\p{L})/gu, '$1-$2');
}

/**
 * On which pages each term is named, as whole words: `pages` maps a page number to its text.
 * Used with the first rendering's text, so the final PDF's index gives real page numbers
 * (Chromium has no target-counter()).
 */
export function findIndexPages(terms: readonly IndexTerm[], pages: ReadonlyMap<number, string>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const term of terms) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${term.names.map((n) => escapeRegExp(normaliseText(n))).join('|')})(?![\\p{L}\\p{N}])`,
      'u',
    );
    const found: number[] = [];
    for (const [n, text] of pages) if (pattern.test(text)) found.push(n);
    out.set(term.key, found);
  }
  return out;
}

/** Page numbers as a book's index prints them: runs of three or more as ranges, "3–5, 9, 12". */
export function pageList(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].toSorted((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const p of sorted) {
    const last = runs.at(-1);
    if (last && p === last[1] + 1) last[1] = p;
    else runs.push([p, p]);
  }
  return runs.flatMap(([a, b]) => (b - a >= 2 ? [`${a}–${b}`] : b === a ? [String(a)] : [String(a), String(b)])).join(', ');
}

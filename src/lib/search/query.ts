/**
 * Turns what a reader types into what Pagefind is asked, and into the words to mark on the page
 * a result opens. Pure functions, shared by the site and its tests.
 */

/** Written by the build beside Pagefind's index: every name with its spellings (see records.ts). */
export const SPELLINGS_FILE = 'spellings.json';

/**
 * Words a question is phrased with that say nothing about its subject. Pagefind stems "why" to
 * "whi" and then matches "which" and "while", so they are taken out before it sees the query.
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have how i in into is it its ' +
    'many much me my of on or so than that the their them then there these they this those to was were ' +
    'what when where which while who whom whose why will with would you about did does tell show'
  ).split(' '),
);

export const isStopWord = (normalized: string): boolean => STOP_WORDS.has(normalized);

/** A word as the index keeps it: lower case, without accents, apostrophes, hyphens or dots. */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a text, each as written (with its apostrophes and hyphens). */
export function wordsOf(text: string): string[] {
  return text.split(/[\s/–—]+/).filter((w) => normalizeWord(w) !== '');
}

export interface PreparedQuery {
  /** What Pagefind searches for. */
  search: string;
  /** Short words that must match whole, not as the start of a longer word ("KH", not "Khatibzadeh"). */
  whole: string[];
  /** Normalised words to mark in results and on the page opened. */
  highlight: string[];
}

/** Words of at most this many letters match only whole. */
const SHORT = 2;

export function prepareQuery(raw: string, groups: readonly string[][]): PreparedQuery {
  const typed = wordsOf(raw);
  const content = typed.filter((w) => !STOP_WORDS.has(normalizeWord(w)));
  const words = content.length ? content : typed;
  const norms = new Set(words.map(normalizeWord));
  const search = [...words];
  const highlight = new Set(norms);
  const expanded = new Set<string>();

  const add = (w: string): void => {
    const n = normalizeWord(w);
    if (!norms.has(n) && !STOP_WORDS.has(n) && !expanded.has(n)) {
      search.push(w);
      expanded.add(n);
    }
  };
  for (const group of groups) {
    const name = wordsOf(group[0] ?? '');
    const spellings = group.map((g) => wordsOf(g));
    for (const sw of spellings) {
      const norm = sw.map(normalizeWord);
      const distinctive = norm.filter((w) => !STOP_WORDS.has(w));
      if (distinctive.length === 0) continue;
      if (distinctive.every((w) => norms.has(w))) {
        // The reader typed a whole spelling: search for the name too when it is another name
        // ("Red Crescent" for "al-Hilal al-Ahmar"), and mark every spelling's words.
        const nameNorms = name.map(normalizeWord);
        const abbreviation = distinctive.length === 1 && distinctive[0]!.length <= SHORT + 1 && name.length > 1;
        if (abbreviation || !norm.some((w) => nameNorms.includes(w))) name.forEach(add);
        for (const other of spellings)
          if (other.length === sw.length || other === spellings[0]) other.forEach((w) => highlight.add(normalizeWord(w)));
        // An abbreviation is searched as the name it stands for: "KH" would match "Khatibzadeh".
        if (abbreviation) {
          const i = search.findIndex((w) => normalizeWord(w) === distinctive[0]);
          if (i >= 0) search.splice(i, 1);
        }
        continue;
      }
      // A transliteration of one word of the name ("Qahirah" for "Qahira", "Kiev" for "Kyiv").
      if (sw.length !== name.length) continue;
      norm.forEach((w, i) => {
        const nameWord = normalizeWord(name[i]!);
        if (!norms.has(w) || w === nameWord || w.length <= SHORT + 1 || distance(w, nameWord) > 2) return;
        add(name[i]!);
        for (const other of spellings) if (other.length === sw.length) highlight.add(normalizeWord(other[i]!));
      });
    }
  }
  // Only words the reader typed: a name searched for them may carry an abbreviation, "(KH)".
  const whole = words.map(normalizeWord).filter((w) => w.length <= SHORT && search.some((s) => normalizeWord(s) === w));
  return { search: search.join(' '), whole: [...new Set(whole)], highlight: [...highlight] };
}

/** Levenshtein distance between two short words. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** Crude English stemming, enough to mark "killed" for "killing" as Pagefind matches them. */
function stem(word: string): string {
  return word.length > 4 ? word.replace(/(?:ings?|ed|es|s)$/, '') : word;
}

/** Whether a word of the text is one of the searched words (whole for short ones, else by its start). */
export function matchesTerm(word: string, terms: readonly string[]): boolean {
  const w = normalizeWord(word);
  if (!w) return false;
  return terms.some((t) => (t.length <= SHORT ? w === t : w.startsWith(stem(t))));
}

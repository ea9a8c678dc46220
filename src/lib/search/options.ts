/**
 * How search ranks, in one place for the site and its tests. Chapter prose keeps Pagefind's
 * default weight of 1. Figures (0.3, in Figure.astro and Claims.astro), the sources page (it
 * quotes every fact again, its tables included) and index records count for less, raw source
 * passages for least, so the story comes before the scraps it is built from.
 */
export const RANK_WEIGHTS = { figure: 0.3, record: 0.2, sourcesPage: 0.1, source: 0.1 } as const;

/**
 * Pagefind's ranking options. Its default length penalty (0.75) lets a ten-word record outrank
 * a chapter that treats the subject at length, so length counts for nothing here: the weights
 * above keep short records and the long sources page in their place. Fields count for nothing
 * but a record's title and `variants`, the spellings only its record knows: a chapter's
 * `mentions` lets a search under any spelling find it without lifting it, and a search under a
 * rare spelling lifts the record that knows it among the chapters (between about 0.7 and 1.9
 * every reader query passes; 1.2 sits between).
 */
export const RANKING = {
  pageLength: 0,
  termSaturation: 1.2,
  termFrequency: 1,
  termSimilarity: 1.5,
  metaWeights: { title: 0.6, line: 0, spellings: 0, mentions: 0, variants: 1.2 },
} as const;

/** Words in Pagefind's excerpts (ours are cut back to whole sentences). */
export const EXCERPT_LENGTH = 40;

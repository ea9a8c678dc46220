/**
 * The passage of a text nearest to a quote that is not in it, by edit distance, so that a quote
 * that misses by a space or a letter ("10km" for "10 km") can say what the text has instead.
 *
 * The work per miss is bounded by the quote's length, not the text's: the text's three-letter
 * sequences are indexed once (only when a quote first misses in it), a miss looks up where its
 * own sequences stand, and only the few stretches where most of them line up are compared
 * letter by letter. Sequences that stand in too many places ("the", "ed ") say nothing about
 * where the quote belongs and are passed over.
 */

/** Length of the letter sequences indexed; quotes too short for one edit to leave a sequence of three whole use pairs. */
const GRAM = 3;
const SHORT_GRAM = 2;
const BUCKET_BITS = 18;
/** A sequence standing in more places than this is too common to place a quote. */
const MAX_PLACES = 1000;
/** Stretches compared letter by letter per miss. */
const CANDIDATES = 8;
/** Diagonals (text offset minus quote offset) are counted in bands this wide, so a few letters added or lost still line up. */
const BAND = 8;
/** Quotes shorter than this are too short for a nearest passage to mean anything. */
const MIN_LENGTH = 4;

/** At most this many edits, for a quote of `length` letters, count as near. */
export function nearEnough(length: number): number {
  return Math.max(1, Math.floor(length / 5));
}

function gramHash(text: string, at: number, gram: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < gram; k++) h = Math.imul(h ^ text.charCodeAt(at + k), 0x01000193);
  return h >>> (32 - BUCKET_BITS);
}

/** Where each sequence of `gram` letters of a text stands, bucketed by hash (a collision only adds a candidate to check). */
export class GramIndex {
  readonly gram: number;
  private readonly starts: Int32Array;
  private readonly places: Int32Array;

  constructor(text: string, gram: number) {
    this.gram = gram;
    const count = Math.max(0, text.length - gram + 1);
    const buckets = 1 << BUCKET_BITS;
    const starts = new Int32Array(buckets + 1);
    const hashes = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const h = gramHash(text, i, gram);
      hashes[i] = h;
      starts[h + 1]! += 1;
    }
    for (let b = 0; b < buckets; b++) starts[b + 1]! += starts[b]!;
    const fill = starts.slice(0, buckets);
    const places = new Int32Array(count);
    for (let i = 0; i < count; i++) places[fill[hashes[i]!]!++] = i;
    this.starts = starts;
    this.places = places;
  }

  /** Offsets where the sequence starting at `at` in `text` may stand. */
  placesOf(text: string, at: number): Int32Array {
    const h = gramHash(text, at, this.gram);
    return this.places.subarray(this.starts[h], this.starts[h + 1]);
  }
}

/**
 * The substring of `window` nearest to `quote`, either end free: offsets into `window` and the
 * number of edits (letters added, lost or changed).
 */
function nearestIn(quote: string, window: string): { start: number; end: number; distance: number } {
  const m = quote.length;
  const n = window.length;
  let cost = new Int32Array(m + 1);
  let from = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextFrom = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) cost[i] = i;
  let best = { start: 0, end: 0, distance: m };
  for (let j = 1; j <= n; j++) {
    // A match may begin anywhere in the window: the empty prefix of the quote costs nothing.
    nextCost[0] = 0;
    nextFrom[0] = j;
    const c = window.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const diagonal = cost[i - 1]! + (quote.charCodeAt(i - 1) === c ? 0 : 1);
      const up = nextCost[i - 1]! + 1;
      const left = cost[i]! + 1;
      if (diagonal <= up && diagonal <= left) {
        nextCost[i] = diagonal;
        nextFrom[i] = i === 1 ? j - 1 : from[i - 1]!;
      } else if (left <= up) {
        nextCost[i] = left;
        nextFrom[i] = from[i]!;
      } else {
        nextCost[i] = up;
        nextFrom[i] = nextFrom[i - 1]!;
      }
    }
    // On a tie the later end wins: a changed last letter covers the passage, a lost one cuts it short.
    if (nextCost[m]! <= best.distance) best = { start: nextFrom[m]!, end: j, distance: nextCost[m]! };
    [cost, nextCost] = [nextCost, cost];
    [from, nextFrom] = [nextFrom, from];
  }
  return best;
}

/** One difference between the quote and the passage: the words the passage has where the quote has others. */
interface Difference {
  quote: string;
  text: string;
}

/** The word-level differences between `quote` and `text`, in order, from their longest common run of words. */
export function differences(quote: string, text: string): Difference[] {
  const a = quote.split(' ');
  const b = text.split(' ');
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Int32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: Difference[] = [];
  let run: { quote: string[]; text: string[] } = { quote: [], text: [] };
  const close = (): void => {
    if (run.quote.length || run.text.length) out.push({ quote: run.quote.join(' '), text: run.text.join(' ') });
    run = { quote: [], text: [] };
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      close();
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) run.quote.push(a[i++]!);
    else run.text.push(b[j++]!);
  }
  close();
  return out;
}

/** The differences in a few words: "a space differs", "letter case differs", or what the passage has for what. */
export function describeDifferences(quote: string, text: string): string {
  const diffs = differences(quote, text);
  const bare = (s: string): string => s.replace(/ /g, '');
  const spaces = (s: string): number => s.split(' ').length - 1;
  if (diffs.every((x) => bare(x.quote) === bare(x.text))) {
    const n = diffs.reduce((total, x) => total + Math.abs(spaces(x.quote) - spaces(x.text)), 0);
    return n === 1 ? 'a space differs' : 'spaces differ';
  }
  const unquoted = (s: string): string => s.replace(/["'`]/g, '');
  if (diffs.every((x) => unquoted(x.quote) === unquoted(x.text))) return 'quotation marks differ';
  if (diffs.every((x) => x.quote.toLowerCase() === x.text.toLowerCase())) return 'letter case differs';
  const shown = diffs.slice(0, 3).map((x) => {
    if (!x.quote) return `"${x.text}" that the quote lacks`;
    if (!x.text) return `no "${x.quote}"`;
    return `"${x.text}" for "${x.quote}"`;
  });
  if (diffs.length > 3) shown.push(`and ${diffs.length - 3} more`);
  return `the source has ${shown.join(', ')}`;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * The stretch of `text` nearest to `quote` (both normalised the same way) within
 * {@link nearEnough} edits, or undefined when nothing is that near.
 */
export function closestPassage(
  text: string,
  indexOf: (gram: number) => GramIndex,
  quote: string,
): { start: number; end: number; distance: number } | undefined {
  const m = quote.length;
  if (m < MIN_LENGTH || text.length < GRAM) return undefined;
  const limit = nearEnough(m);
  // One edit spoils up to three sequences of three: a quote of four or five letters may have none left whole.
  const gram = m - GRAM + 1 > GRAM * limit ? GRAM : SHORT_GRAM;
  const index = indexOf(gram);
  const votes = new Map<number, number>();
  for (let i = 0; i + gram <= m; i++) {
    const places = index.placesOf(quote, i);
    if (places.length > MAX_PLACES) continue;
    for (const p of places) {
      const band = Math.floor((p - i) / BAND);
      votes.set(band, (votes.get(band) ?? 0) + 1);
    }
  }
  const bands = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES);
  let best: { start: number; end: number; distance: number } | undefined;
  for (const [band] of bands) {
    const from = Math.max(0, band * BAND - limit - 1);
    const to = Math.min(text.length, band * BAND + BAND + m + limit + 1);
    const found = nearestIn(quote, text.slice(from, to));
    if (found.distance <= limit && (!best || found.distance < best.distance)) {
      best = { start: from + found.start, end: from + found.end, distance: found.distance };
    }
  }
  if (!best) return undefined;
  // A passage is shown as whole words: a quote that lost its last letter ("Tuesda") is nearer to
  // part of a word than to all of it, but "Tuesday" is what the author needs to see.
  let { start, end } = best;
  while (start > 0 && WORD.test(text[start - 1]!) && WORD.test(text[start]!)) start--;
  while (end < text.length && WORD.test(text[end]!) && WORD.test(text[end - 1]!)) end++;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return { start, end, distance: best.distance };
}

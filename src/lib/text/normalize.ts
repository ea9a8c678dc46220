import { closestPassage, describeDifferences, GramIndex } from './closest.ts';

/**
 * The one normalisation allowed when a quoted passage is matched against a seed:
 * typographic quotation marks count as their straight forms, and any run of white space
 * counts as a single space. Nothing else is forgiven: not case, not other punctuation,
 * not dashes or ellipses.
 */
export function normalizeForMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const SINGLES = /[\u2018\u2019\u201B\u2032]/g;
const DOUBLES = /[\u201C\u201D\u201F\u2033]/g;
/** Runs of white space that take more room than the one space they become; a leading run becomes none. */
const LONG_SPACE = /^\s+|\s{2,}/g;
/** A letter, mark or digit: what words are made of. */
const WORD = /^[\p{L}\p{M}\p{N}]$/u;
/** What separates words. */
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/u;
/** The character (a whole code point) that starts at `at`. */
const charAt = (text: string, at: number): string => String.fromCodePoint(text.codePointAt(at)!);
/** Whether the character (a whole code point) that ends just before `at` is a word's. */
function wordBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const from = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return WORD.test(charAt(text, from));
}
/** White space other than the space itself. */
const OTHER_SPACE = /[^\S ]/g;

/**
 * A text normalised once under {@link normalizeForMatch}, remembering where each normalised
 * character came from, so that any number of quotes and spellings can be looked up in it
 * without normalising the text again. Lookups are remembered too: a passage cited from many
 * places, or a spelling shown on many pages, is searched for once.
 */
export class NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /**
   * Where normalised offsets stop matching the original one for one: from `starts[i]` on, a
   * normalised offset is `shifts[i]` characters short of its original one. Quotation marks are
   * replaced one for one and a lone white-space character by one space, so only a run of white
   * space longer than one character moves what follows; a document has far fewer of those
   * than characters, and the text is normalised by the engine's own string functions.
   */
  private readonly starts: Int32Array;
  private readonly shifts: Int32Array;
  private readonly found = new Map<string, { start: number; end: number } | undefined>();
  private readonly named = new Map<string, boolean>();
  /** The text's words, built at the first name looked up. */
  private words: Set<string> | undefined;
  private readonly grams = new Map<number, GramIndex>();
  private readonly original: string;

  constructor(original: string) {
    this.original = original;
    const quoted = original.replace(SINGLES, "'").replace(DOUBLES, '"');
    const starts = [0];
    const shifts = [0];
    const parts: string[] = [];
    let copied = 0;
    let shift = 0;
    for (const m of quoted.matchAll(LONG_SPACE)) {
      const leading = m.index === 0;
      parts.push(quoted.slice(copied, m.index), leading ? '' : ' ');
      copied = m.index + m[0].length;
      // The run's one space keeps the run's first offset; what follows moves back by the rest.
      shift += m[0].length - (leading ? 0 : 1);
      starts.push(copied - shift);
      shifts.push(shift);
    }
    parts.push(quoted.slice(copied));
    // What is left of white space is one character long: a space already, or to become one
    // (only those that are not spaces are replaced: replacing every space costs ten times more).
    this.text = parts.join('').replace(OTHER_SPACE, ' ');
    this.starts = Int32Array.from(starts);
    this.shifts = Int32Array.from(shifts);
  }

  /** The offset in the original text of the normalised character at `at`. */
  private origin(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return at + this.shifts[lo]!;
  }

  /** Where `needle` occurs under {@link normalizeForMatch}, as offsets into the original text. */
  find(needle: string): { start: number; end: number } | undefined {
    const target = normalizeForMatch(needle);
    if (this.found.has(target)) return this.found.get(target);
    let result: { start: number; end: number } | undefined;
    const at = target.length === 0 ? -1 : this.text.indexOf(target);
    if (at >= 0) result = { start: this.origin(at), end: this.origin(at + target.length - 1) + 1 };
    this.found.set(target, result);
    return result;
  }

  /**
   * Whether `name` stands in the text under {@link normalizeForMatch} as a name of its own, not
   * begun or ended inside a longer word: "Ash" stands in "Ash’s" and "(Ash)", not in
   * "Ashford". A name whose words are not all words of the text is answered from the text's set
   * of words, without a search, so asking about every name of an explainer in every one of its
   * documents costs about one pass over each document, not one per name.
   */
  hasName(name: string): boolean {
    const target = normalizeForMatch(name);
    const known = this.named.get(target);
    if (known !== undefined) return known;
    this.words ??= new Set(this.text.split(NOT_WORD));
    const words = target.split(NOT_WORD).filter((w) => w !== '');
    let result = false;
    if (target !== '' && words.every((w) => this.words!.has(w))) {
      // Whole code points, so a name that begins or ends with a letter outside the BMP is bounded too.
      const open = WORD.test(charAt(target, 0));
      const close = wordBefore(target, target.length);
      for (let at = this.text.indexOf(target); at >= 0 && !result; at = this.text.indexOf(target, at + 1)) {
        const end = at + target.length;
        result = !(open && wordBefore(this.text, at)) && !(close && end < this.text.length && WORD.test(charAt(this.text, end)));
      }
    }
    this.named.set(target, result);
    return result;
  }

  /**
   * For a needle that is not in the text, the nearest passage that is (a few letters or spaces
   * away), as the original has it on one line, and what differs; undefined when none is near.
   * The text's letter index is built at the first miss, so texts whose quotes all match never pay for it.
   */
  closest(needle: string): { text: string; differs: string } | undefined {
    const target = normalizeForMatch(needle);
    const indexOf = (gram: number): GramIndex => {
      let index = this.grams.get(gram);
      if (!index) this.grams.set(gram, (index = new GramIndex(this.text, gram)));
      return index;
    };
    const near = closestPassage(this.text, indexOf, target);
    if (!near) return undefined;
    const original = this.original.slice(this.origin(near.start), this.origin(near.end - 1) + 1);
    return { text: original.replace(/\s+/g, ' '), differs: describeDifferences(target, this.text.slice(near.start, near.end)) };
  }
}

/** Where `needle` occurs in `haystack` under {@link normalizeForMatch}, as offsets into the original haystack. */
export function findNormalized(haystack: string, needle: string): { start: number; end: number } | undefined {
  return new NormalizedText(haystack).find(needle);
}

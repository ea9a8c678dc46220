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

const SINGLE = /[\u2018\u2019\u201B\u2032]/;
const DOUBLE = /[\u201C\u201D\u201F\u2033]/;
const SPACE = /\s/;

/**
 * A text normalised once under {@link normalizeForMatch}, remembering where each normalised
 * character came from, so that any number of quotes and spellings can be looked up in it
 * without normalising the text again. Lookups are remembered too: a passage cited from many
 * places, or a spelling shown on many pages, is searched for once.
 */
export class NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /** For each character of {@link text}, its offset in the original. */
  private readonly origin: Int32Array;
  private readonly found = new Map<string, { start: number; end: number } | undefined>();
  private readonly grams = new Map<number, GramIndex>();
  private readonly original: string;

  constructor(original: string) {
    this.original = original;
    // One pass over character codes into typed arrays: no string is built per word or per
    // space, which matters for documents of millions of characters.
    const origin = new Int32Array(original.length);
    const out = new Uint16Array(original.length);
    let n = 0;
    let inSpace = false;
    for (let i = 0; i < original.length; i++) {
      const code = original.charCodeAt(i);
      const space = code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : SPACE.test(original[i]!);
      if (space) {
        if (!inSpace && n > 0) {
          out[n] = 0x20;
          origin[n++] = i;
        }
        inSpace = true;
        continue;
      }
      inSpace = false;
      let c = code;
      if (code >= 0x2018 && code <= 0x2033) {
        const ch = original[i]!;
        if (SINGLE.test(ch)) c = 0x27;
        else if (DOUBLE.test(ch)) c = 0x22;
      }
      out[n] = c;
      origin[n++] = i;
    }
    const chunks: string[] = [];
    for (let at = 0; at < n; at += 8192) chunks.push(String.fromCharCode(...out.subarray(at, Math.min(n, at + 8192))));
    this.text = chunks.join('');
    this.origin = origin.subarray(0, n);
  }

  /** Where `needle` occurs under {@link normalizeForMatch}, as offsets into the original text. */
  find(needle: string): { start: number; end: number } | undefined {
    const target = normalizeForMatch(needle);
    if (this.found.has(target)) return this.found.get(target);
    let result: { start: number; end: number } | undefined;
    const at = target.length === 0 ? -1 : this.text.indexOf(target);
    if (at >= 0) result = { start: this.origin[at]!, end: this.origin[at + target.length - 1]! + 1 };
    this.found.set(target, result);
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
    const original = this.original.slice(this.origin[near.start], this.origin[near.end - 1]! + 1);
    return { text: original.replace(/\s+/g, ' '), differs: describeDifferences(target, this.text.slice(near.start, near.end)) };
  }
}

/** Where `needle` occurs in `haystack` under {@link normalizeForMatch}, as offsets into the original haystack. */
export function findNormalized(haystack: string, needle: string): { start: number; end: number } | undefined {
  return new NormalizedText(haystack).find(needle);
}

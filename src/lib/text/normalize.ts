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

  constructor(original: string) {
    const origin = new Int32Array(original.length);
    const parts: string[] = [];
    let n = 0;
    let inSpace = false;
    let runStart = 0;
    // Copy runs of unchanged characters in one slice each; only spaces and curly quotes differ.
    const flush = (end: number): void => {
      if (end > runStart) parts.push(original.slice(runStart, end));
    };
    for (let i = 0; i < original.length; i++) {
      const code = original.charCodeAt(i);
      const ch = original[i]!;
      const space = code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : SPACE.test(ch);
      if (space) {
        flush(i);
        runStart = i + 1;
        if (!inSpace && n > 0) {
          parts.push(' ');
          origin[n++] = i;
        }
        inSpace = true;
        continue;
      }
      inSpace = false;
      if (code >= 0x2018 && code <= 0x2033 && (SINGLE.test(ch) || DOUBLE.test(ch))) {
        flush(i);
        runStart = i + 1;
        parts.push(SINGLE.test(ch) ? "'" : '"');
      }
      origin[n++] = i;
    }
    flush(original.length);
    this.text = parts.join('');
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
}

/** Where `needle` occurs in `haystack` under {@link normalizeForMatch}, as offsets into the original haystack. */
export function findNormalized(haystack: string, needle: string): { start: number; end: number } | undefined {
  return new NormalizedText(haystack).find(needle);
}

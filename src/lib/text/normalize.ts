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

/** Where `needle` occurs in `haystack` under {@link normalizeForMatch}, as offsets into the original haystack. */
export function findNormalized(haystack: string, needle: string): { start: number; end: number } | undefined {
  // Build the normalised haystack while remembering, for each of its characters, where it came from.
  const map: number[] = [];
  let norm = '';
  let inSpace = false;
  for (let i = 0; i < haystack.length; i++) {
    const ch = haystack[i]!;
    if (/\s/.test(ch)) {
      if (!inSpace && norm.length > 0) {
        norm += ' ';
        map.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    norm += normalizeForMatch(ch) || ch;
    map.push(i);
  }
  const target = normalizeForMatch(needle);
  if (target.length === 0) return undefined;
  const at = norm.indexOf(target);
  if (at < 0) return undefined;
  const start = map[at]!;
  const end = map[at + target.length - 1]! + 1;
  return { start, end };
}

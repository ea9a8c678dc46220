/** The pairs of marks a passage may open and close with. */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ['“', '”'],
];
const DOUBLE = /["“”]/;

/**
 * Whether a passage is one quotation already, wrapped whole in its own double quotation marks with
 * none inside (`"This proportionate military response…."`). Set in `<q>` as it is, it would read
 * “"This…"”; such a passage keeps its own marks and drops the added ones.
 */
export function carriesOwnQuoteMarks(passage: string): boolean {
  const text = passage.trim();
  return PAIRS.some(
    ([open, close]) => text.length > 2 && text.startsWith(open) && text.endsWith(close) && !DOUBLE.test(text.slice(1, -1)),
  );
}

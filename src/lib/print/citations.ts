/** A printed note marker, as PrintCite writes it: `<sup class="print-cite" …><a …>4</a></sup>`. */
const MARK = String.raw`<sup class="print-cite"[^>]*>(?:(?!</sup>)[\s\S])*</sup>`;

/**
 * Note markers on paper, mended in the chapter's HTML:
 * - markers side by side ("4" "5") would read as one number ("45"), so each that follows
 *   another gets the class `print-cite-next`, which prints a separator before it ("4, 5");
 * - a marker that a line break in the chapter's source left between two blocks, on a line of
 *   its own, moves to the end of the paragraph it belongs to.
 * Markers are kept whole and in order; nothing else changes.
 */
export function mendCitations(html: string): string {
  const orphan = new RegExp(String.raw`</p>(\s*)((?:${MARK}\s*)+)(?=<(?!sup))`, 'g');
  const next = new RegExp(String.raw`(?<=${MARK})\s*<sup class="print-cite"`, 'g');
  return html
    .replace(orphan, (_, space: string, marks: string) => `${marks.trim()}</p>${space}`)
    .replace(next, '<sup class="print-cite print-cite-next"');
}

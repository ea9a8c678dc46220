/**
 * Curly quotation marks and apostrophes for the editors' own text (summaries, notes, roles),
 * which is typed with straight ones. Never applied to quoted seed text: evidence is shown as
 * the source has it.
 */
export function smartQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{\u2014\u2013-])"/g, '$1\u201C')
    .replace(/"/g, '\u201D')
    .replace(/(^|[\s([{\u2014\u2013-])'/g, '$1\u2018')
    .replace(/'/g, '\u2019');
}

import { ARTICLE_KINDS, type SeedBlock } from '../seeds/parse.ts';

/** What readers see in place of a personal e-mail address or social-media handle. */
export const WITHHELD = '[contact details not reproduced]';

// An e-mail address, or a handle such as "@StephenLosey" (not an "@" inside a word or an address).
const CONTACT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@\w{2,}/g;

/**
 * A line's text as the site republishes it. Lines the page printed around the article (credit
 * lines, "can be reached at …") may carry a reporter's personal contact details; those are not
 * republished. The article's own text is never altered.
 */
export function withholdContacts(text: string, kind: SeedBlock['kind']): string {
  return ARTICLE_KINDS.has(kind) ? text : text.replace(CONTACT, WITHHELD);
}

/** Whether a line carries contact details that the site does not republish. */
export function carriesContacts(block: Pick<SeedBlock, 'text' | 'kind'>): boolean {
  return withholdContacts(block.text, block.kind) !== block.text;
}

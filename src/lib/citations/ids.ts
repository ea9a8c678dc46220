import { anchorIds } from '../urls.ts';

/** Anchor ids of a chapter's citations and notes (defined with every other anchor in urls.ts). */
export const citeIds = anchorIds.cite;

/** Anchor of a chapter's Notes heading. */
export const notesId = anchorIds.notes;

/** Anchor of an event's first dated mention in a chapter. */
export const whenId = anchorIds.when;

/** A chapter's slug from its file path: `content/chapters/background.mdx` → `background`. */
export const chapterSlugOf = (path: string): string => path.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, '');

/**
 * Anchor ids of a chapter's citations and notes. They carry the chapter's slug so that the
 * print edition, which puts every chapter on one page, has no two elements with one id.
 */
export const citeIds = (chapter: string, n: number | string) => ({
  ref: `ref-${chapter}-${n}`,
  tip: `tip-${chapter}-${n}`,
  note: `note-${chapter}-${n}`,
});

/** Anchor of an event's first dated mention in a chapter. */
export const whenId = (chapter: string, event: string): string => `when-${chapter}-${event}`;

/** A chapter's slug from its file path: `content/chapters/background.mdx` → `background`. */
export const chapterSlugOf = (path: string): string => path.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, '');

import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';

/** Words a minute for reading time: a steady pace for attentive long-form reading. */
const WORDS_PER_MINUTE = 220;

export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Puts the chapter's reading time, in minutes, in its frontmatter as `minutes`. */
export function remarkReadingTime() {
  return (tree: Root, file: VFile): void => {
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, minutes: readingMinutes(toString(tree)) };
  };
}

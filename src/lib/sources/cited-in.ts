import { resolveRefs } from '../citations/notes.ts';
import { citeIds } from '../citations/ids.ts';
import type { ChapterNote } from '../citations/refs.ts';
import type { Dataset } from '../data/load.ts';
import { passageAnchor } from './segments.ts';

/** A chapter note that cites a passage: where a reader who followed it goes back to. */
export interface CitingNote {
  chapter: string;
  title: string;
  n: number;
  /** The note's marker in the chapter's text, where the reader left off. */
  href: string;
}

/**
 * For every cited passage (by its anchor on the source page), the notes that cite it, in
 * reading order. A note citing a record (an event, a claim) cites that record's passages too.
 */
export function notesByPassage(
  data: Dataset,
  chapters: ReadonlyArray<{ slug: string; title: string; href: string; notes: readonly ChapterNote[] }>,
): Map<string, CitingNote[]> {
  const out = new Map<string, CitingNote[]>();
  for (const chapter of chapters) {
    for (const note of chapter.notes) {
      for (const c of resolveRefs(data, note.refs)) {
        if (c.kind !== 'seed') continue;
        const key = `${c.seed}:${passageAnchor(c.passage)}`;
        const list = out.get(key) ?? [];
        if (!list.some((x) => x.chapter === chapter.slug && x.n === note.n)) {
          list.push({
            chapter: chapter.slug,
            title: chapter.title,
            n: note.n,
            href: `${chapter.href}#${citeIds(chapter.slug, note.n).ref}`,
          });
        }
        out.set(key, list);
      }
    }
  }
  return out;
}

import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { ChapterNote } from './citations/refs.ts';
import { resolveRefs } from './citations/notes.ts';
import { chapterHref } from './urls.ts';
import type { Passage } from './data/verify.ts';
import { getDataset } from './dataset.ts';

/** Chapters in the reading order content/explainer.yaml gives, with their numbers and URLs. */
export async function getChapters(): Promise<Array<{ entry: CollectionEntry<'chapters'>; number: number; href: string }>> {
  const { explainer } = getDataset();
  const entries = await getCollection('chapters');
  const byId = new Map(entries.map((e) => [e.id, e]));
  const unlisted = entries.filter((e) => !explainer.chapters.includes(e.id)).map((e) => e.id);
  for (const id of unlisted) {
    const problem = `content/chapters/${id}.mdx is not listed in content/explainer.yaml → chapters, so readers could never reach it`;
    // A build must not ship a chapter nobody can reach. While writing, a new file should show up at
    // once: the dev server lists it last and says what to add.
    if (!import.meta.env.DEV) throw new Error(problem);
    warnOnce(`${problem}; the dev server shows it last until it is listed`);
  }
  return [...explainer.chapters, ...unlisted.sort()].map((slug, i) => {
    const entry = byId.get(slug);
    if (!entry) throw new Error(`content/explainer.yaml › chapters.${i}: no chapter "${slug}" in content/chapters/`);
    return { entry, number: i + 1, href: chapterHref(slug) };
  });
}

const warned = new Set<string>();
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[explainer] ${message}`);
}

export { chapterHref, sourceHref } from './urls.ts';

/** The numbered notes of a chapter, as the remark plugin collected them at compile time. */
export async function chapterNotes(entry: CollectionEntry<'chapters'>): Promise<ChapterNote[]> {
  const { remarkPluginFrontmatter } = await render(entry);
  return (remarkPluginFrontmatter.notes ?? []) as ChapterNote[];
}

/** Every passage cited anywhere: by the data and by the chapters. Source pages mark all of them. */
export async function allCitedPassages(): Promise<Passage[]> {
  const data = getDataset();
  const byAnchor = new Map<string, Passage>();
  for (const p of data.passages.values()) byAnchor.set(`${p.seed}:${p.start}-${p.end}`, p);
  for (const { entry } of await getChapters()) {
    for (const note of await chapterNotes(entry)) {
      for (const c of resolveRefs(data, note.refs))
        if (c.kind === 'seed') byAnchor.set(`${c.seed}:${c.passage.start}-${c.passage.end}`, c.passage);
    }
  }
  return [...byAnchor.values()];
}

/** For each event, where a chapter first cites or dates it: figures link there; otherwise to the chronology. */
export async function eventLinks(): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  for (const { entry, href } of await getChapters()) {
    const { remarkPluginFrontmatter } = await render(entry);
    for (const ref of (remarkPluginFrontmatter.eventRefs ?? []) as Array<{ event: string; anchor: string }>) {
      if (!links.has(ref.event)) links.set(ref.event, `${href}#${ref.anchor}`);
    }
  }
  return links;
}

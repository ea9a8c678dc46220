import { getCollection, type CollectionEntry } from 'astro:content';
import { getDataset } from './dataset.ts';

/** Chapters in the reading order content/explainer.yaml gives, with their numbers and URLs. */
export async function getChapters(): Promise<Array<{ entry: CollectionEntry<'chapters'>; number: number; href: string }>> {
  const { explainer } = getDataset();
  const entries = await getCollection('chapters');
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const e of entries) {
    if (!explainer.chapters.includes(e.id)) {
      throw new Error(
        `content/chapters/${e.id}.mdx is not listed in content/explainer.yaml → chapters, so readers could never reach it`,
      );
    }
  }
  return explainer.chapters.map((slug, i) => {
    const entry = byId.get(slug);
    if (!entry) throw new Error(`content/explainer.yaml › chapters.${i}: no chapter "${slug}" in content/chapters/`);
    return { entry, number: i + 1, href: chapterHref(slug) };
  });
}

export function chapterHref(slug: string): string {
  return `/chapters/${slug}/`;
}

export function sourceHref(seed: string, anchor?: string): string {
  return `/sources/${seed}/${anchor ? `#${anchor}` : ''}`;
}

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ChapterFrontmatter } from './lib/schemas/index.ts';
import { explainerRoot } from './lib/explainer-root.ts';

/**
 * The chapters are the one collection: pages render them. Records are read from the verified
 * dataset (`getDataset`), which checks every kind against the others and the seeds at once.
 */
export const collections = {
  chapters: defineCollection({
    loader: glob({ base: `${explainerRoot()}/content/chapters`, pattern: '*.mdx' }),
    schema: ChapterFrontmatter,
  }),
};

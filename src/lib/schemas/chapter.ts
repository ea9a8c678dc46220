import { z } from 'zod';
import { IsoDate } from './common.ts';

/** Front matter of a chapter in content/chapters/*.mdx. */
export const ChapterFrontmatter = z.strictObject({
  title: z.string().min(3),
  /** One sentence for the contents and meta description. */
  description: z.string().min(20).max(300),
  /** Short title for navigation and running heads. */
  short: z.string().min(3).max(40),
  /** When the chapter last changed in substance; defaults to the explainer's `updated`. */
  updated: IsoDate.optional(),
});

export type ChapterFrontmatter = z.output<typeof ChapterFrontmatter>;

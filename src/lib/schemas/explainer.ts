import { z } from 'zod';
import { Id, IsoDate } from './common.ts';

/** The explainer's own settings: everything topic-specific that the engine needs. */
export const Explainer = z.strictObject({
  title: z.string().min(3),
  subtitle: z.string().min(3),
  /** For meta descriptions and cards. */
  description: z.string().min(20).max(300),
  /** BCP 47 language tag of the text. */
  lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'must be a language tag such as "en" or "en-GB"'),
  /** Locale for dates ("en-GB" gives "15 February 2021"); defaults to `lang`. */
  dateLocale: z.string().optional(),
  published: IsoDate,
  updated: IsoDate,
  /** Who made it, as readers should see it. */
  publisher: z.string().min(2),
  /** Chapter slugs, in reading order; each must be a file in content/chapters/. */
  chapters: z.array(Id).min(1),
  /** Events the home page leads with (ids in events.yaml). */
  keyEvents: z.array(Id).default([]),
  /**
   * The public address of the published site: canonical links, social cards, the sitemap and
   * the addresses printed in the PDF. Without it those are left out, with a warning at build.
   */
  site: z.url({ protocol: /^https?$/ }).optional(),
});

export type Explainer = z.output<typeof Explainer>;

import { z } from 'zod';
import { Id, IsoDate } from './common.ts';
import { DEFAULT_LANES, EventKinds, FigureWords } from '../event-kinds.ts';
import { BASE_PATTERN } from '../urls.ts';
import { DeriveSettings } from '../derive/vocabulary.ts';

/** True for a well-formed BCP 47 tag that Intl can format dates in (checked here, not mid-build as a RangeError). */
function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1 && Intl.DateTimeFormat.supportedLocalesOf(tag).length === 1;
  } catch {
    return false;
  }
}

/** The explainer's own settings: everything topic-specific that the engine needs. */
export const Explainer = z.strictObject({
  title: z.string().min(3),
  subtitle: z.string().min(3),
  /** For meta descriptions and cards. */
  description: z.string().min(20).max(300),
  /** BCP 47 language tag of the text. */
  lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'must be a language tag such as "en" or "en-GB"'),
  /** Locale for dates ("en-GB" gives "15 February 2021"); defaults to `lang`. */
  dateLocale: z.string().refine(isLocale, 'must be a locale the date formatter knows, such as "en-GB" or "en-US"').optional(),
  published: IsoDate,
  updated: IsoDate,
  /** Who made it, as readers should see it. */
  publisher: z.string().min(2),
  /** Chapter slugs, in reading order; each must be a file in content/chapters/. */
  chapters: z.array(Id).min(1),
  /** Events the home page leads with (ids in events.yaml). */
  keyEvents: z.array(Id).default([]),
  /**
   * Figures on the front page, under the title (a locator map, say): each as a chapter writes it,
   * `figure` naming it (`MapFigure`) and the other keys its props, checked as a chapter's are.
   */
  frontFigures: z.array(z.object({ figure: z.string().min(1) }).catchall(z.string())).default([]),
  /**
   * The public address of the published site: canonical links, social cards, the sitemap and
   * the addresses printed in the PDF. Without it those are left out, with a warning at build.
   */
  site: z.url({ protocol: /^https?$/ }).optional(),
  /** The kinds of event, in lanes as the timeline draws them (see src/lib/event-kinds.ts); by default one lane, "Events". */
  eventKinds: EventKinds.default(() => [...DEFAULT_LANES]),
  /** Lane keys, most serious first: how the map marks a place with events of several lanes. */
  mapRanking: z.array(Id).optional(),
  /** Words figures print that depend on the subject. */
  figureWords: FigureWords.prefault({}),
  /** Words `npm run derive` reads the documents with, added to its English defaults (see src/lib/derive/vocabulary.ts). */
  derive: DeriveSettings.prefault({}),
  /**
   * The path the site is published under when it is not the root of its host, such as
   * `/explainers/border/`: every link, asset, search result, sitemap entry and printed address
   * carries it. Defaults to `/`.
   */
  base: z
    .string()
    .regex(BASE_PATTERN, 'must be a path that starts and ends with "/", such as "/explainers/border/"')
    .default('/'),
});

export type Explainer = z.output<typeof Explainer>;

import { z } from 'zod';
import { Id, SeedCitation } from './common.ts';

/** A question a figure answers, e.g. how many were killed in one event. Claims that answer it may disagree. */
export const Question = z.strictObject({
  id: Id,
  /** Put to readers as a question: "How many people did the February earthquake kill?" */
  question: z.string().regex(/\?$/, 'must be phrased as a question ending in "?"'),
  /** A short label for tables and figures: "Killed in the February earthquake". */
  label: z.string().min(3),
  event: Id,
  /** What is counted, for axis labels ("people", "rockets"); absent for non-numeric answers. */
  unit: z.string().optional(),
  /**
   * Set where the answers differ only in wording or time zone ("fewer than" against "about"; a
   * Thursday in Lisbon that was a Friday in Tokyo): why, in a sentence for readers. The sources
   * page lists such a question apart from the real disagreements.
   */
  minor: z.string().min(10).optional(),
});

const n = z.number().int().nonnegative();

/**
 * A figure exactly as hedged as its source: "at least 22" is not 22, "a handful" is not 5.
 * `vague` carries the editors' honest reading of words such as "a handful" as a range.
 */
export const Figure = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('exact'), value: n }),
  z.strictObject({ type: z.literal('at-least'), value: n }),
  z.strictObject({ type: z.literal('more-than'), value: n }),
  z.strictObject({ type: z.literal('fewer-than'), value: n }),
  z.strictObject({ type: z.literal('about'), value: n }),
  z
    .strictObject({ type: z.literal('vague'), min: n, max: n.optional() })
    .refine((f) => f.max === undefined || f.max >= f.min, { message: 'max must not be below min', path: ['max'] }),
  z.strictObject({ type: z.literal('none') }),
  z.strictObject({ type: z.literal('unknown') }),
  z.strictObject({ type: z.literal('text'), value: z.string().min(1) }),
]);

/** One source's answer to a question. */
export const Claim = z.strictObject({
  id: Id,
  question: Id,
  figure: Figure,
  /** The figure in the source's own words; must stand inside the first cited quote. */
  stated: z.string().min(1),
  /** Who gives the figure; absent when the report states it in its own voice, unattributed. */
  claimant: Id.optional(),
  /** Through whom it reached the seed, where the seed says (a news agency). */
  via: Id.optional(),
  /** The seed passages that report it. */
  cites: z.array(SeedCitation).min(1, 'needs at least one citation'),
  note: z.string().optional(),
});

export type Question = z.output<typeof Question>;
export type Figure = z.output<typeof Figure>;
export type Claim = z.output<typeof Claim>;

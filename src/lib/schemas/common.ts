import { z } from 'zod';

/** A record id: lower-case words joined by hyphens, so it can be a URL fragment as it is. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens, e.g. "main-quake"');

/** A seed id: the numeric prefix of its file name. */
export const SeedId = z.string().regex(/^\d{3}$/, 'must be a seed number such as "000"');

/** A calendar date, `YYYY-MM-DD`, checked to exist (no 31 February). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2021-02-25')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date');

/** A date as precise as the sources allow: a year, a month or a day. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date like 2021-02-25, or 2021-02 or 2021 when the day or month is not known')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number);
    if (m !== undefined && (m < 1 || m > 12)) return false;
    if (d !== undefined) return IsoDate.safeParse(s).success;
    return y !== undefined;
  }, 'is not a real calendar date');

/** A passage quoted from a seed: the build checks that `quote` stands in that seed. */
export const SeedCitation = z.strictObject({
  /** Which seed. */
  seed: SeedId,
  /** The exact words, matched with only quotation-mark and white-space normalisation. */
  quote: z.string().min(3, 'is too short to locate a passage'),
});

/** A fact taken from outside the seeds: names an external reference and what it supports. */
export const ExternalCitation = z.strictObject({
  /** Id of a record in `sources.yaml` → `external`. */
  external: Id,
  /** What that reference states, in its own words where possible. */
  detail: z.string().min(3),
});

export const Citation = z.union([SeedCitation, ExternalCitation]);

/** Every record must say where its facts come from. */
export const Cites = z.array(Citation).min(1, 'needs at least one citation');

export type SeedCitation = z.output<typeof SeedCitation>;
export type ExternalCitation = z.output<typeof ExternalCitation>;
export type Citation = z.output<typeof Citation>;

export function isSeedCitation(c: Citation): c is SeedCitation {
  return 'seed' in c;
}

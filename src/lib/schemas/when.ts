import { z } from 'zod';
import { Citation, ExternalCitation, IsoDate, PartialDate, SeedCitation } from './common.ts';
import { instantOf, isKnownZone } from '../format/dates.ts';

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const Weekday = z.enum(WEEKDAYS);

const base = {
  /** As precise as the sources allow: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: PartialDate,
  /** End of a period ("since April", "over the past two years"). */
  until: PartialDate.optional(),
  /** The sources give the date loosely ("days later", "late 2019"). */
  approximate: z.boolean().default(false),
};

/**
 * When something happened, and on what the date rests: words in a seed that state it, a
 * weekday in a seed counted back from a known date, or an external reference.
 */
export const When = z.discriminatedUnion('basis', [
  z.strictObject({ ...base, basis: z.literal('stated'), cite: SeedCitation }),
  z
    .strictObject({
      ...base,
      basis: z.literal('derived'),
      /** The weekday the seed names ("on Thursday"). */
      weekday: Weekday,
      /** A date it is counted back from: `date` must be the last such weekday before this one. */
      before: IsoDate.optional(),
      /** A date it is counted on from: `date` must be the first such weekday after this one. */
      after: IsoDate.optional(),
      /** What the date counted from is, for readers: "the 26 February 2021 dateline of the report by …". */
      reference: z.string().min(5),
      cite: SeedCitation,
    })
    .refine((w) => (w.before === undefined) !== (w.after === undefined), {
      message: 'a derived date needs exactly one of `before` or `after`',
      path: ['before'],
    }),
  z.strictObject({ ...base, basis: z.literal('external'), cite: ExternalCitation }),
]);

/**
 * A clock time the sources give, with where it was that time: stored as the source states it,
 * and read with the instant the engine derives from the time-zone database (`instant`), so that
 * two clocks the sources give for one moment can be seen to agree or not.
 */
export const LocalTime = z
  .strictObject({
    /** Local date and time, `YYYY-MM-DDTHH:MM`. */
    at: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local date and time, YYYY-MM-DDTHH:MM')
      .refine(
        (s) => IsoDate.safeParse(s.slice(0, 10)).success && Number(s.slice(11, 13)) < 24 && Number(s.slice(14)) < 60,
        'is not a real date and time',
      ),
    /** Where the clock was: "Lisbon", "eastern Japan". */
    where: z.string().min(2),
    /** IANA time zone of that place, e.g. America/New_York. */
    zone: z
      .string()
      .regex(/^[A-Z][A-Za-z_]+\/[A-Za-z_]+$/, 'must be an IANA time zone such as America/New_York')
      .refine(isKnownZone, 'is not in the time-zone database'),
    /** "around 6 p.m." */
    approximate: z.boolean().default(false),
    cite: Citation,
    /**
     * The instant in UTC (`2021-02-25T23:00Z`) that `at` names in `zone`. The engine derives it;
     * written in the data, it must be that same instant.
     */
    instant: z.string().optional(),
  })
  .superRefine((t, ctx) => {
    if (t.instant === undefined || !isKnownZone(t.zone)) return;
    const derived = instantOf(t.at, t.zone);
    if (t.instant !== derived)
      ctx.addIssue({ code: 'custom', path: ['instant'], message: `is not the instant ${t.at} names in ${t.zone} (${derived})` });
  })
  .transform((t) => ({ ...t, instant: isKnownZone(t.zone) ? instantOf(t.at, t.zone) : '' }));

export type When = z.output<typeof When>;
export type LocalTime = z.output<typeof LocalTime>;

import { z } from 'zod';
import { Id, PartialDate, SeedCitation } from './common.ts';
import { Attributions } from './events.ts';

/** A notable quotation, with every seed that carries it (wordings differ between seeds). */
export const Statement = z
  .strictObject({
    id: Id,
    /** Who said it; where the accounts differ, `attributions` names each instead. */
    speaker: Id.optional(),
    attributions: Attributions.optional(),
    /** The event it was said at or about. */
    event: Id.optional(),
    date: PartialDate.optional(),
    /** What was said, in the editors' neutral summary. */
    summary: z.string().min(10),
    /** Each seed's wording. */
    versions: z.array(SeedCitation).min(1, 'needs at least one version'),
  })
  .refine((s) => (s.speaker === undefined) !== (s.attributions === undefined), {
    message: 'needs a speaker, or attributions where the accounts of who spoke differ (not both)',
    path: ['speaker'],
  });

export type Statement = z.output<typeof Statement>;

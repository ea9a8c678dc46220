import { z } from 'zod';
import { Id, PartialDate, SeedCitation } from './common.ts';

/** A notable quotation, with every seed that carries it (wordings differ between seeds). */
export const Statement = z.strictObject({
  id: Id,
  speaker: Id,
  /** The event it was said at or about. */
  event: Id.optional(),
  date: PartialDate.optional(),
  /** What was said, in the editors' neutral summary. */
  summary: z.string().min(10),
  /** Each seed's wording. */
  versions: z.array(SeedCitation).min(1, 'needs at least one version'),
});

export type Statement = z.output<typeof Statement>;

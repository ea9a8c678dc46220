import { z } from 'zod';
import { ExternalCitation, Id, SeedCitation } from './common.ts';

export const ANOMALY_KINDS = [
  'page-debris',
  'old-caption',
  'translation-slip',
  'typo',
  'internal-contradiction',
  'inaccuracy',
] as const;

/** Something in a seed that is not to be repeated as fact: debris, slips, stale captions. */
export const Anomaly = z.strictObject({
  id: Id,
  kind: z.enum(ANOMALY_KINDS),
  at: SeedCitation,
  /** What is wrong and how the explainer treats it. */
  note: z.string().min(10),
  /** The evident intended reading, where there is one; shown as the editors' reading. */
  reading: z.string().optional(),
  /** External references that back the note, where it rests on more than the seed itself. */
  external: z.array(ExternalCitation).default([]),
});

export type Anomaly = z.output<typeof Anomaly>;

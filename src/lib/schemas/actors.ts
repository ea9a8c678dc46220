import { z } from 'zod';
import { Cites, Id } from './common.ts';

export const ACTOR_KINDS = [
  'person',
  'government',
  'military',
  'armed-group',
  'umbrella-group',
  'alliance',
  'monitor',
  'media',
  'organisation',
] as const;

export const AFFILIATION_RELATIONS = [
  'member-of',
  'part-of',
  'leads',
  'allied-with',
  'backed-by',
  'affiliated-with',
  'alleged-front-for',
  'speaks-for',
] as const;

export const Affiliation = z.strictObject({
  /** The other actor. */
  actor: Id,
  relation: z.enum(AFFILIATION_RELATIONS),
  cites: Cites,
});

/** A person, government, armed group, monitor or news organisation in the story. */
export const Actor = z.strictObject({
  id: Id,
  /** The name the explainer uses. */
  name: z.string().min(2),
  kind: z.enum(ACTOR_KINDS),
  /** Office or description at the time, in the editors' words ("ministry press secretary"). */
  role: z.string().min(3),
  /** Every way the seeds write the name; each must stand in at least one seed. */
  spellings: z.array(z.string().min(2)).min(1, 'needs at least one spelling from the seeds'),
  affiliations: z.array(Affiliation).default([]),
  cites: Cites,
});

export type Actor = z.output<typeof Actor>;
export type Affiliation = z.output<typeof Affiliation>;

import { z } from 'zod';
import { Cites, Id } from './common.ts';
import { LocalTime, When } from './when.ts';

export const EVENT_KINDS = [
  'agreement',
  'policy',
  'deployment',
  'airstrike',
  'drone-strike',
  'missile-attack',
  'rocket-attack',
  'drone-attack',
  'bombing',
  'claim-of-responsibility',
  'denial',
  'decision',
  'statement',
  'briefing',
  'call',
  'investigation',
  'reaction',
] as const;

/** Something that happened, with when, where and who, each resting on cited passages. */
export const Event = z.strictObject({
  id: Id,
  /** A short title in the editors' words. */
  title: z.string().min(5),
  kind: z.enum(EVENT_KINDS),
  /** Absent where no source dates it. */
  when: When.optional(),
  /** The event an undated one belongs beside in the chronology (a claim of responsibility beside the attack it claims). */
  relatesTo: Id.optional(),
  /** Clock times the sources give, in each place's own time. */
  times: z.array(LocalTime).default([]),
  places: z.array(Id).default([]),
  actors: z.array(Id).default([]),
  /** One or two neutral, attributed sentences in the editors' words. */
  summary: z.string().min(10),
  cites: Cites,
});

export type Event = z.output<typeof Event>;
export type EventKind = (typeof EVENT_KINDS)[number];

import { z } from 'zod';
import { Cites, Id } from './common.ts';
import { LocalTime, When } from './when.ts';
import { EventKindId } from '../event-kinds.ts';

/**
 * One account of who said or did something, where the sources or the record disagree: the
 * actor it names, how it names them, and the passages that give it. The site then shows every
 * account with its source and never states one in its own voice.
 */
export const Attribution = z.strictObject({
  actor: Id,
  /** How this account names them, for readers: "the office of the region's governor". */
  as: z.string().min(3),
  cites: Cites,
});

/** Two or more accounts of who it was. */
export const Attributions = z.array(Attribution).min(2, 'a contested attribution names at least two accounts');

/** Something that happened, with when, where and who, each resting on cited passages. */
export const Event = z.strictObject({
  id: Id,
  /** A short title in the editors' words. */
  title: z.string().min(5),
  kind: EventKindId,
  /** Absent where no source dates it. */
  when: When.optional(),
  /** The event an undated one belongs beside in the chronology (an aftershock report beside the earthquake it follows). */
  relatesTo: Id.optional(),
  /** Clock times the sources give, in each place's own time. */
  times: z.array(LocalTime).default([]),
  places: z.array(Id).default([]),
  actors: z.array(Id).default([]),
  /** One or two neutral, attributed sentences in the editors' words. */
  summary: z.string().min(10),
  /** Who did or said it, where the accounts differ. */
  attributions: Attributions.optional(),
  cites: Cites,
});

export type Event = z.output<typeof Event>;
export type Attribution = z.output<typeof Attribution>;
export type EventKind = z.output<typeof EventKindId>;

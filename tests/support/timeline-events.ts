import type { Event } from '../../src/lib/schemas/index.ts';

const cite = { seed: '000', quote: 'x x x' };

/** An event for the timeline layouts' tests: an id, a kind and, unless left out, a date. */
export const event = (
  id: string,
  kind: Event['kind'],
  date?: string,
  extra: Partial<NonNullable<Event['when']>> = {},
): Event => ({
  id,
  title: `Event ${id}`,
  kind,
  ...(date ? { when: { date, basis: 'stated', approximate: false, cite, ...extra } as NonNullable<Event['when']> } : {}),
  times: [],
  places: [],
  actors: [],
  summary: 'A summary of the event.',
  cites: [cite],
});

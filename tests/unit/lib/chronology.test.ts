import { describe, expect, it } from 'vitest';
import { eventDateText, eventsByDate } from '../../../src/lib/chronology.ts';
import type { Event } from '../../../src/lib/schemas/index.ts';

const event = (id: string, date?: string, relatesTo?: string): Event => ({
  id,
  title: `Event ${id}`,
  kind: 'statement',
  ...(date ? { when: { date, basis: 'stated', approximate: false, cite: { seed: '000', quote: 'q' } } } : {}),
  ...(relatesTo ? { relatesTo } : {}),
  times: [],
  places: [],
  actors: [],
  summary: 'A summary of it.',
  cites: [{ seed: '000', quote: 'q' }],
});

describe('eventsByDate', () => {
  it('files an undated event beside the event it relates to, not at the end', () => {
    const events = [
      event('june', '2021-06-27'),
      event('claim', undefined, 'erbil'),
      event('erbil', '2021-02-15'),
      event('loose'),
      // Related to an undated event: it follows that one, wherever it is filed.
      event('reply', undefined, 'claim'),
      event('march', '2021-03-01'),
    ];
    expect(eventsByDate(events).map((e) => e.id)).toEqual(['erbil', 'claim', 'reply', 'march', 'june', 'loose']);
  });

  it('keeps every event once, even where undated events only relate to one another', () => {
    const events = [event('a', undefined, 'b'), event('b', undefined, 'a'), event('c', '2021-01-01')];
    const ids = eventsByDate(events).map((e) => e.id);
    expect(ids.toSorted()).toEqual(['a', 'b', 'c']);
    expect(ids[0]).toBe('c');
  });

  it('says an undated event is not dated in the reports', () => {
    expect(eventDateText(event('x'), 'en-GB')).toBe('Not dated in the reports');
  });
});

import { describe, expect, it } from 'vitest';
import { counted, datesText, listText, midSentence } from '../../../../src/figures/map/map-words.ts';
import type { Event } from '../../../../src/lib/schemas/index.ts';

const dated = (date: string): Event =>
  ({ id: date, title: 'An event', kind: 'airstrike', when: { date, basis: 'stated' }, places: [] }) as unknown as Event;

describe('map words', () => {
  it('listText(items) joins items with commas and a last "and"', () => {
    expect(listText([])).toBe('');
    expect(listText(['Erbil'])).toBe('Erbil');
    expect(listText(['Erbil', 'Baghdad'])).toBe('Erbil and Baghdad');
    expect(listText(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('midSentence(s) lowercases a capitalised word, and leaves an acronym', () => {
    expect(midSentence('Attacks on US forces')).toBe('attacks on US forces');
    expect(midSentence('US strikes')).toBe('US strikes');
  });

  it('counted(k, one, many) agrees the noun with the number', () => {
    expect(counted(1, 'place', 'places')).toBe('1 place');
    expect(counted(8, 'place', 'places')).toBe('8 places');
  });

  it('datesText(events, locale) gives the year once when all dates share it, and full dates otherwise', () => {
    expect(datesText([dated('2021-02-25'), dated('2021-06-27')], 'en-GB')).toBe('25 February and 27 June 2021');
    expect(datesText([dated('2020-01-03'), dated('2021-06-27')], 'en-GB')).toBe('3 January 2020 and 27 June 2021');
    expect(datesText([dated('2021-02')], 'en-GB')).toBe('February 2021');
  });
});

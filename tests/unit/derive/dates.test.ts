import { describe, expect, it } from 'vitest';
import { anchorOf, findDates, findTimes, zoneForCity } from '../../../src/lib/derive/dates.ts';
import { readSeeds } from '../../../src/lib/seeds/read.ts';

const seeds = readSeeds('seeds');
const seed = (id: string) => seeds.find((s) => s.id === id)!;
const date = (id: string, words: string) => findDates(seed(id)).find((d) => d.stated.text === words);

describe('findDates', () => {
  it('counts a weekday back from the dateline, saying so', () => {
    expect(anchorOf(seed('000'))?.date).toBe('2021-02-26');
    expect(date('000', 'on Thursday')).toMatchObject({
      kind: 'weekday',
      date: '2021-02-25',
      before: '2021-02-26',
      weekday: 'Thursday',
    });
    expect(date('000', 'on Monday')?.date).toBe('2021-02-22');
    expect(date('000', 'on Monday')?.rule).toBe('the last Monday before the dateline 2021-02-26 (a Friday)');
  });

  it('gives a day and month without a year the dateline’s year', () => {
    expect(date('000', 'Feb. 15')).toMatchObject({ kind: 'explicit', date: '2021-02-15' });
  });

  it('resolves relative phrases against the dateline and an earlier date', () => {
    expect(date('000', 'last year')).toMatchObject({ date: '2020', approximate: true });
    expect(date('000', 'Earlier this week')).toMatchObject({ kind: 'relative', approximate: true });
    expect(date('000', 'days later')?.rule).toBe('some days after 2021-02-15, the date the text gives before it');
  });

  it('leaves a weekday open where the document has no date to count from', () => {
    expect(date('003', 'on Monday')).toMatchObject({ kind: 'weekday', weekday: 'Monday' });
    expect(date('003', 'on Monday')?.date).toBeUndefined();
  });
});

describe('findTimes', () => {
  it('reads local clock times with the place and the zone it implies', () => {
    const times = findTimes(seed('001'), new Map([['Washington', 'America/New_York']]));
    expect(times.map((t) => [t.stated.text, t.at, t.zone ?? null, t.approximate])).toEqual([
      ['around 6 p.m. Thursday in Washington', '18:00', 'America/New_York', true],
      ['2 a.m. Friday in eastern Syria', '02:00', null, false],
    ]);
    expect(zoneForCity('Baghdad')).toBe('Asia/Baghdad');
  });
});

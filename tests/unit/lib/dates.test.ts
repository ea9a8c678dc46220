import { describe, expect, it } from 'vitest';
import { formatClock, formatPartialDate, formatWhen } from '../../../src/lib/format/dates.ts';
import { compareDates, lastWeekdayBefore, weekdayOf } from '../../../src/lib/data/dates.ts';

describe('dates', () => {
  it('formats partial dates at their own precision', () => {
    expect(formatPartialDate('2021-02-15', 'en-GB')).toBe('15 February 2021');
    expect(formatPartialDate('2020-01', 'en-GB')).toBe('January 2020');
    expect(formatPartialDate('2015', 'en-GB')).toBe('2015');
    expect(formatWhen('2021-04', '2021-06', 'en-GB')).toBe('April 2021 – June 2021');
  });
  it('formats clock times as a.m./p.m.', () => {
    expect(formatClock('18:00')).toBe('6 p.m.');
    expect(formatClock('02:00')).toBe('2 a.m.');
    expect(formatClock('00:30')).toBe('12:30 a.m.');
    expect(formatClock('12:00')).toBe('12 p.m.');
  });
  it('counts back to the last given weekday before a date', () => {
    expect(weekdayOf('2021-02-26')).toBe('Friday');
    expect(lastWeekdayBefore('Thursday', '2021-02-26')).toBe('2021-02-25');
    expect(lastWeekdayBefore('Monday', '2021-02-26')).toBe('2021-02-22');
    expect(lastWeekdayBefore('Friday', '2021-02-26')).toBe('2021-02-19');
  });
  it('sorts coarser dates before finer ones in the same period', () => {
    expect(['2020-01-03', '2020', '2020-01', '2019-12-31'].sort(compareDates)).toEqual([
      '2019-12-31',
      '2020',
      '2020-01',
      '2020-01-03',
    ]);
    expect(['2021-02-15', '2021-02'].sort(compareDates)).toEqual(['2021-02', '2021-02-15']);
  });
});

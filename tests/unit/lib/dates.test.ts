import { describe, expect, it } from 'vitest';
import {
  clockIn,
  formatClock,
  formatPartialDate,
  formatWhen,
  instantOf,
  isKnownZone,
  timeDisagreements,
} from '../../../src/lib/format/dates.ts';
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

describe('reported clock times as instants', () => {
  const reported = (at: string, where: string, zone: string) => ({ at, where, zone, instant: instantOf(at, zone) });
  it('derives the instant from the time-zone database, summer time included', () => {
    expect(instantOf('2021-02-25T18:00', 'America/New_York')).toBe('2021-02-25T23:00Z');
    expect(instantOf('2021-06-27T18:00', 'America/New_York')).toBe('2021-06-27T22:00Z');
    expect(instantOf('2021-02-26T02:00', 'Asia/Damascus')).toBe('2021-02-26T00:00Z');
    expect(clockIn(Date.parse('2021-02-25T23:00Z'), 'Asia/Baghdad')).toBe('2021-02-26T02:00');
  });
  it('says nothing when the clocks name one instant', () => {
    const times = [
      reported('2020-01-07T17:30', 'Washington', 'America/New_York'),
      reported('2020-01-08T01:30', 'Iraq', 'Asia/Baghdad'),
    ];
    expect(timeDisagreements(times, 'en-GB')).toEqual([]);
  });
  it('shows both where they do not: 6 p.m. in Washington was 1 a.m. in Syria, not the 2 a.m. a report gives', () => {
    const times = [
      reported('2021-02-25T18:00', 'Washington', 'America/New_York'),
      reported('2021-02-26T02:00', 'eastern Syria', 'Asia/Damascus'),
    ];
    expect(timeDisagreements(times, 'en-GB')).toEqual([
      '6 p.m. on 25 February 2021 in Washington was 1 a.m. on 26 February 2021 in eastern Syria (the sources give 2 a.m.)',
    ]);
  });
  it('knows which zones the database holds', () => {
    expect(isKnownZone('Asia/Damascus')).toBe(true);
    expect(isKnownZone('Asia/Atlantis')).toBe(false);
  });
});

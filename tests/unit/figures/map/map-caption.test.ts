import { describe, expect, it } from 'vitest';
import { mapSource, mapSummary, mapTitle } from '../../../../src/figures/map/map-caption.ts';
import type { ResolvedCitation } from '../../../../src/lib/citations/resolve.ts';
import type { Event } from '../../../../src/lib/schemas/index.ts';

const dated = (date: string, until?: string): Event => ({ when: { date, until } }) as unknown as Event;
const external = (label: string, publisher: string): ResolvedCitation => ({
  kind: 'external',
  id: label,
  href: 'https://example.org',
  label,
  detail: 'x',
  publisher,
});
const seed = (n: string): ResolvedCitation =>
  ({
    kind: 'seed',
    seed: n,
    href: `/sources/${n}/`,
    label: `Report ${n}, paragraph 1`,
    name: `Report ${n}`,
    quote: 'x',
  }) as ResolvedCitation;

describe('map caption', () => {
  it('mapTitle(events, locale) spans the months of the events shown, periods included', () => {
    expect(mapTitle([dated('2021-06-27'), dated('2020-01-03'), { when: undefined } as unknown as Event], 'en-GB')).toBe(
      'Where it happened, January 2020 to June 2021',
    );
    expect(mapTitle([dated('2021-02-15'), dated('2021-02-25')], 'en-GB')).toBe('Where it happened, February 2021');
    expect(mapTitle([dated('2021-02-15', '2021-04')], 'en-GB')).toBe('Where it happened, February 2021 to April 2021');
    expect(mapTitle([], 'en-GB')).toBe('Where it happened');
  });

  it('mapSummary(places, area) counts the places and says why the area is an area', () => {
    expect(mapSummary(1, undefined)).toBe(
      '1 place named in the events, each marked by the most serious thing that happened there.',
    );
    expect(mapSummary(8, { title: 'US strikes', dates: '25 February 2021' })).toBe(
      '8 places named in the events, each marked by the most serious thing that happened there; the US strikes of 25 February 2021 are drawn as an area, because the sources give no exact site.',
    );
  });

  it('mapSource(coordinates, areaCites) names each publisher once, the titles left to the table, then the area’s sources', () => {
    const coordinates = [external('Baghdad', 'Wikipedia (English)'), external('Erbil', 'Wikipedia, via Kiwix'), seed('002')];
    expect(mapSource(coordinates, [])).toBe('Natural Earth; coordinates from Wikipedia and Report 002.');
    expect(mapSource(coordinates.slice(0, 1), [{ cites: [seed('001'), seed('003'), seed('001')] }])).toBe(
      'Natural Earth; coordinates from Wikipedia; the area from Report 001 and Report 003.',
    );
    expect(mapSource([], [{ cites: [external('Primer', 'USIP, The Iran Primer')] }])).toBe('Natural Earth; the area from USIP.');
  });
});

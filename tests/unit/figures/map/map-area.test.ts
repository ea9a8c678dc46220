import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../support/event-kinds.ts';
import { areaCitations, areaWords, resolveArea } from '../../../../src/figures/map/map-area.ts';
import type { Dataset } from '../../../../src/lib/data/load.ts';
import type { Event, Place } from '../../../../src/lib/schemas/index.ts';

const place = (id: string, name: string, spellings: string[] = [name], coordinates = true): Place =>
  ({
    id,
    name,
    spellings,
    country: id === 'abu-kamal' ? 'Syria' : 'Iraq',
    ...(coordinates ? { coordinates: { lat: 34.4, lon: 41, cite: { external: 'atlas', detail: 'x' } } } : {}),
  }) as unknown as Place;
const event = (id: string, date: string, details: string[]): Event =>
  ({
    id,
    title: `Strike ${id}`,
    kind: 'airstrike',
    when: { date, basis: 'stated' },
    places: [],
    cites: details.map((detail) => ({ external: 'atlas', detail })),
  }) as unknown as Event;

const data = {
  places: [
    place('al-qaim', 'Al-Qaim', ['Al-Qaim', 'Qaem']),
    place('abu-kamal', 'Abu Kamal', ['Boukamal']),
    place('bare', 'Bare', [], false),
  ],
  events: [event('feb', '2021-02-25', ['near Qaem', 'a strike']), event('jun', '2021-06-27', ['at Boukamal'])],
  external: [{ id: 'atlas', title: 'An atlas', publisher: 'Atlas Press', url: 'https://atlas.example' }],
} as unknown as Dataset;

describe('resolveArea', () => {
  it('resolveArea(data, placeIds, eventIds) finds the area’s places and events', () => {
    const area = resolveArea(data, ['abu-kamal', 'al-qaim'], ['feb', 'jun']);
    expect(area.places.map((p) => p.id)).toEqual(['abu-kamal', 'al-qaim']);
    expect(area.events.map((e) => e.id)).toEqual(['feb', 'jun']);
    expect(resolveArea(data, [], [])).toEqual({ places: [], events: [] });
  });

  it('refuses unknown ids, a place with no coordinates, and one list without the other', () => {
    expect(() => resolveArea(data, ['atlantis'], ['feb'])).toThrow('MapFigure: areaAround names an unknown place "atlantis"');
    expect(() => resolveArea(data, ['bare'], ['feb'])).toThrow('MapFigure: areaAround place "bare" has no coordinates');
    expect(() => resolveArea(data, ['al-qaim'], ['nope'])).toThrow('MapFigure: areaEvents names an unknown event "nope"');
    expect(() => resolveArea(data, ['al-qaim'], [])).toThrow('MapFigure: areaAround and areaEvents go together');
  });
});

describe('areaCitations', () => {
  it('areaCitations(data, area) keeps, for each event, the citations that name one of the places in any spelling', () => {
    const cites = areaCitations(data, resolveArea(data, ['abu-kamal', 'al-qaim'], ['feb', 'jun']));
    expect(cites.map((c) => [c.event.id, c.cites.map((r) => (r.kind === 'external' ? r.detail : ''))])).toEqual([
      ['feb', ['near Qaem']],
      ['jun', ['at Boukamal']],
    ]);
  });

  it('refuses an event none of whose citations names the places', () => {
    const area = resolveArea(data, ['abu-kamal'], ['feb']);
    expect(() => areaCitations(data, area)).toThrow('MapFigure: event "feb" has no citation naming Abu Kamal');
  });
});

describe('areaWords', () => {
  it('areaWords(area, locale, config) names the area by its events’ lanes and dates, and says it is approximate', () => {
    const words = areaWords(resolveArea(data, ['abu-kamal', 'al-qaim'], ['jun', 'feb']), 'en-GB', KINDS);
    expect(words.title).toBe('US strikes');
    expect(words.dates).toBe('25 February and 27 June 2021');
    expect(words.key).toBe('area-jun-feb');
    expect(words.around).toBe('Abu Kamal and Al-Qaim');
    expect(words.label).toEqual([
      { text: 'US strikes', strong: true },
      { text: '25 February and 27 June 2021' },
      { text: 'approximate: the sources', soft: true },
      { text: 'give no exact site', soft: true },
    ]);
    expect(words.tip).toBe(
      'US strikes, 25 February and 27 June 2021. Approximate area: the sources give no exact site, only that it was near Abu Kamal and Al-Qaim.',
    );
  });
});

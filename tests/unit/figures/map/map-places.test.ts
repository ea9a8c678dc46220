import { describe, expect, it } from 'vitest';
import {
  coordText,
  markPlaces,
  placeHref,
  placeLabel,
  placeTip,
  rolesOf,
  type Located,
} from '../../../../src/figures/map/map-places.ts';
import type { Event, EventKind } from '../../../../src/lib/schemas/index.ts';
import { roleLabel } from '../../../../src/lib/event-kinds.ts';
import { KINDS } from '../../../support/event-kinds.ts';

const place = (id: string, name = id, extra: Partial<Located> = {}): Located => ({
  id,
  name,
  kind: 'town',
  spellings: [name],
  country: 'Iraq',
  coordinates: { lat: 33.3153, lon: 44.3661, cite: { external: 'atlas', detail: 'x' } },
  role: 'A town in the story',
  cites: [],
  ...extra,
});
const event = (id: string, kind: EventKind, places: string[], date?: string): Event =>
  ({ id, title: `Event ${id}`, kind, places, ...(date ? { when: { date, basis: 'stated' } } : {}) }) as unknown as Event;

const places = [
  place('town'),
  place('city'),
  place('border-town', 'Border Town (approx.)'),
  place('quiet', 'Quiet'),
  { ...place('nowhere'), coordinates: undefined } as unknown as Located,
];
const events = [
  event('rockets', 'rocket-attack', ['town'], '2021-02-15'),
  event('strike', 'airstrike', ['town'], '2021-02-25'),
  event('talks', 'policy', ['city'], '2020-06-01'),
  event('area-strike', 'airstrike', ['border-town'], '2021-02-25'),
  event('elsewhere', 'statement', ['nowhere'], '2021-01-01'),
];
const marked = markPlaces(
  { places, events, explainer: KINDS },
  { places: new Set(['border-town']), events: new Set(['area-strike']) },
);

describe('markPlaces', () => {
  it('markPlaces(data, area) marks each place with coordinates and events by its most serious one, most serious first', () => {
    expect(marked.map((m) => [m.place.id, m.role, m.shape])).toEqual([
      ['town', 'strikes', 'diamond'],
      ['city', 'context', 'square'],
      ['border-town', 'reference', 'circle'],
    ]);
    // Events in date order.
    expect(marked[0]!.own.map((e) => e.id)).toEqual(['rockets', 'strike']);
  });

  it('counts an area’s events as nearby at its places, so a place named only to locate it is a reference', () => {
    const border = marked.find((m) => m.place.id === 'border-town')!;
    expect(border.own).toEqual([]);
    expect(border.nearby.map((e) => e.id)).toEqual(['area-strike']);
    expect(border.approximate).toBe(true);
  });

  it('markPlaces(data, area, shown) keeps only the events shown and the area’s, which are near its places even where they do not name them', () => {
    const round = markPlaces(
      { places, events, explainer: KINDS },
      { places: new Set(['border-town', 'city']), events: new Set(['area-strike']) },
      new Set(['rockets']),
    );
    expect(round.map((m) => m.place.id)).toEqual(['town', 'city', 'border-town']);
    expect(round[0]!.own.map((e) => e.id)).toEqual(['rockets']);
    // Its own event (talks) is not shown; the area's is near it.
    expect(round[1]!.own).toEqual([]);
    expect(round[1]!.nearby.map((e) => e.id)).toEqual(['area-strike']);
  });

  it('rolesOf(marked) lists the roles on the map once each, most serious first', () => {
    expect(rolesOf([...marked].reverse(), KINDS)).toEqual(['strikes', 'context', 'reference']);
    expect(roleLabel(KINDS, 'strikes')).toBe('US strikes');
  });
});

describe('describing a place', () => {
  it('placeLabel(m) wraps the name, sets a struck place bold, and says when its position is approximate', () => {
    expect(placeLabel(marked[0]!)).toEqual([{ text: 'town', strong: true }]);
    expect(placeLabel({ ...marked[1]!, approximate: true })).toEqual([{ text: 'city (approx.)', strong: false }]);
    const long = { ...marked[1]!, place: place('long', 'Base north of Baghdad (Balad, per Reuters)') };
    expect(placeLabel(long).map((l) => l.text)).toEqual(['Base north of Baghdad', '(Balad, per Reuters)']);
    expect(placeLabel(long, 95).map((l) => l.text)).toEqual(['Base north', 'of Baghdad', '(Balad, per', 'Reuters)']);
  });

  it('placeTip(m, locale) names the place and every event at it or nearby', () => {
    expect(placeTip(marked[0]!, 'en-GB')).toBe('town (Iraq): Event rockets, 15 February 2021; Event strike, 25 February 2021.');
    expect(placeTip(marked[2]!, 'en-GB')).toBe(
      'Border Town (approx.) (Iraq), position approximate: nearby, at a site the sources do not give: Event area-strike, 25 February 2021.',
    );
  });

  it('coordText(p) gives degrees to three decimals with their hemispheres', () => {
    expect(coordText(place('a'))).toBe('33.315° N, 44.366° E');
    expect(coordText(place('b', 'b', { coordinates: { lat: -12.5, lon: -77.0428, cite: { external: 'x', detail: 'x' } } }))).toBe(
      '12.500° S, 77.043° W',
    );
    expect(placeHref('erbil')).toBe('/people-and-places/#place-erbil');
  });
});

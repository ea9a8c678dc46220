import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load.ts';
import { DataError } from '../../../src/lib/data/errors.ts';
import {
  checkEventKinds,
  DEFAULT_LANES,
  EventKinds,
  incidentKinds,
  kindLabel,
  laneOf,
  mapRanking,
  roleLabel,
  roleRadius,
  roleRank,
} from '../../../src/lib/event-kinds.ts';
import { Explainer } from '../../../src/lib/schemas/index.ts';
import { KINDS } from '../../support/event-kinds.ts';
import { tinyCopy } from '../../support/fixture.ts';

const FILES = { explainer: 'content/explainer.yaml', events: 'content/data/events.yaml' };
const base = {
  title: 'Quake',
  subtitle: 'A test explainer',
  description: 'A description long enough for the schema.',
  lang: 'en',
  published: '2021-01-01',
  updated: '2021-01-01',
  publisher: 'Desk',
  chapters: ['one'],
};

describe('event kinds', () => {
  it('default to one lane, "Events", of one kind, "event", drawn as a circle, with neutral figure words', () => {
    const e = Explainer.parse(base);
    expect(e.eventKinds).toEqual(DEFAULT_LANES);
    expect(laneOf(e, 'event')).toMatchObject({ key: 'events', label: 'Events', shape: 'circle', colour: 1 });
    expect(kindLabel(e, 'event')).toBe('Event');
    expect(e.figureWords).toEqual({ timelineSummary: 'Events by date.', referencePlace: 'Place named to locate an area' });
    expect(incidentKinds(e)).toEqual([]);
  });

  it('accept the earthquake example the authoring guide gives', () => {
    const block = /```yaml\n(eventKinds:[\s\S]*?)```/.exec(readFileSync('AUTHORING.md', 'utf8'))![1]!;
    const e = Explainer.parse({ ...base, ...(parse(block) as object) });
    expect(laneOf(e, 'aftershock')).toMatchObject({ key: 'quakes', emphasis: true, incident: true });
    expect(checkEventKinds(e, [{ id: 'main', kind: 'earthquake' }], FILES)).toEqual([]);
    expect(roleLabel(e, 'reference')).toBe('Place named to locate the epicentre');
  });

  it('read the explainer’s lanes: labels, emphasis, incidents', () => {
    expect(laneOf(KINDS, 'airstrike').key).toBe('strikes');
    expect(kindLabel(KINDS, 'drone-attack')).toBe('Drone attack');
    expect(incidentKinds(KINDS)).toEqual(['rocket-attack', 'drone-attack', 'bombing', 'airstrike', 'drone-strike']);
    expect(() => laneOf(KINDS, 'earthquake')).toThrow('event kind "earthquake" is in no lane');
  });

  it('rank the map’s roles by mapRanking, or emphasised lanes first, then incidents, then the rest; reference places last', () => {
    expect(mapRanking(KINDS)).toEqual(['strikes', 'attacks', 'context', 'words', 'reference']);
    expect(mapRanking({ ...KINDS, mapRanking: undefined })).toEqual(['strikes', 'attacks', 'words', 'context', 'reference']);
    expect(roleRank(KINDS, 'attacks')).toBe(1);
    expect(roleLabel(KINDS, 'reference')).toBe('Place named to locate a strike area');
    expect(roleLabel(KINDS, 'context')).toBe('Policy and diplomacy');
    expect(['strikes', 'attacks', 'words', 'reference'].map((r) => roleRadius(KINDS, r))).toEqual([6, 5.5, 5, 4]);
  });

  it('refuse a kind in two lanes, a lane declared twice, a lane named "reference" and an empty lane', () => {
    const lane = { key: 'a', label: 'Lane A', shape: 'circle', colour: 1, kinds: { quake: 'Quake' } };
    const issues = (v: unknown) => EventKinds.safeParse(v).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues([lane, { ...lane, key: 'b' }])).toEqual(['1.kinds.quake: kind "quake" is already in lane "a"']);
    expect(issues([lane, { ...lane, kinds: { flood: 'Flood' } }])).toEqual(['1.key: lane "a" is declared twice']);
    expect(issues([{ ...lane, key: 'reference' }])).toEqual(['0.key: "reference" names the map\'s reference places']);
    expect(issues([{ ...lane, kinds: {} }])).toEqual(['0.kinds: a lane holds at least one kind']);
    expect(issues([{ ...lane, colour: 5 }])?.[0]).toMatch(/^0\.colour: /);
  });

  it('name an undeclared kind and a ranking that misses a lane, one line each with file, record and field', () => {
    const events = [
      { id: 'quake', kind: 'airstrike' },
      { id: 'flood', kind: 'flood' },
    ];
    expect(checkEventKinds({ ...KINDS, mapRanking: ['strikes', 'attacks', 'words'] }, events, FILES)).toEqual([
      {
        file: FILES.explainer,
        field: 'mapRanking',
        message: 'must name each lane once (attacks, strikes, words, context), not "strikes, attacks, words"',
      },
      {
        file: FILES.events,
        record: 'flood',
        field: 'kind',
        message: expect.stringMatching(
          /^"flood" is not a kind declared in content\/explainer\.yaml eventKinds \(rocket-attack, /,
        ),
      },
    ]);
    expect(checkEventKinds(KINDS, events.slice(0, 1), FILES)).toEqual([]);
  });

  it('are checked when the data loads', () => {
    const f = tinyCopy();
    f.yaml('content/data/events.yaml', (events) => {
      events[0].kind = 'aftershock';
    });
    let message = '';
    try {
      loadDataset(f.root);
    } catch (error) {
      expect(error).toBeInstanceOf(DataError);
      message = (error as Error).message;
    }
    expect(message).toContain(
      'content/data/events.yaml › record "base-attack" › field "kind": "aftershock" is not a kind declared in content/explainer.yaml eventKinds (rocket-attack)',
    );
  });
});

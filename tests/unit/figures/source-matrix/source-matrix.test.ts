import { describe, expect, it } from 'vitest';
import { incidentKinds } from '../../../../src/lib/event-kinds.ts';
import { KINDS } from '../../../support/event-kinds.ts';
import {
  EXTERNAL,
  layoutSourceMatrix,
  matrixInput,
  matrixEvents,
  questionStates,
  type MatrixInput,
} from '../../../../src/figures/source-matrix/source-matrix.ts';
import type { Claim, Event, EventKind, Figure, Question } from '../../../../src/lib/schemas/index.ts';
import { loadDataset } from '../../../../src/lib/data/load.ts';
import { TINY } from '../../../support/fixture.ts';

const SEEDS = ['000', '001', '002'];
const INCIDENTS = incidentKinds(KINDS);
const event = (id: string, kind: EventKind, date: string | undefined, cites: Event['cites'], whenSeed = '000'): Event => ({
  id,
  title: `Title of ${id}`,
  kind,
  ...(date ? { when: { date, approximate: false, basis: 'stated' as const, cite: { seed: whenSeed, quote: 'q' } } } : {}),
  times: [],
  places: [],
  actors: [],
  summary: 'A summary long enough.',
  cites,
});
const question = (id: string): Question => ({ id, question: `${id}?`, label: `Label of ${id}`, event: 'e' });
const claim = (id: string, q: string, figure: Figure, ...seeds: string[]): Claim => ({
  id,
  question: q,
  figure,
  stated: `words of ${id}`,
  cites: seeds.map((seed) => ({ seed, quote: `quote of ${id}` })),
});
const seedCite = (seed: string) => ({ seed, quote: 'passage' });

const EVENTS: Event[] = [
  event('old-attack', 'rocket-attack', '2019', [seedCite('000')]),
  event('first-key', 'rocket-attack', '2021-02-15', [seedCite('000'), seedCite('001')]),
  event('speech', 'statement', '2021-02-20', [seedCite('002')]),
  event('raid', 'airstrike', '2021-02-25', [seedCite('001'), { external: 'ref', detail: 'it happened' }], '002'),
  event('spring-attacks', 'drone-attack', '2021-04', [seedCite('002')], '002'),
  event('last-key', 'airstrike', '2021-06-27', [seedCite('002')]),
  event('later-attack', 'rocket-attack', '2021-07-01', [seedCite('000')]),
  event('undated-attack', 'bombing', undefined, [seedCite('000')]),
];
const KEYS = ['last-key', 'first-key'];

describe('source matrix rows', () => {
  it('takes the key events and every attack or strike that begins between them, in date order', () => {
    expect(matrixEvents(EVENTS, KEYS, INCIDENTS).map((e) => e.id)).toEqual(['first-key', 'raid', 'spring-attacks', 'last-key']);
  });

  it('keeps an undated key event, last', () => {
    const undatedKey = event('undated-key', 'statement', undefined, [seedCite('001')]);
    expect(matrixEvents([undatedKey, ...EVENTS], [...KEYS, 'undated-key'], INCIDENTS).at(-1)!.id).toBe('undated-key');
  });

  it('takes no events when there are no key events', () => {
    expect(matrixEvents(EVENTS, [], INCIDENTS)).toEqual([]);
  });
});

describe('question states', () => {
  it('marks no one as differing when all the sources agree', () => {
    const claims = [claim('a', 'q', { type: 'exact', value: 1 }, '000'), claim('b', 'q', { type: 'exact', value: 1 }, '001')];
    const states = questionStates('q', claims, SEEDS);
    expect([...states].map(([s, v]) => [s, v.state])).toEqual([
      ['000', 'states'],
      ['001', 'states'],
      ['002', 'omits'],
    ]);
  });

  it('marks both sides of a disagreement, and only figures that cannot both be true', () => {
    // Six and "at least eight" cannot both be true; "a number of" (two or more) fits either.
    const claims = [
      claim('a', 'q', { type: 'exact', value: 6 }, '000'),
      claim('b', 'q', { type: 'at-least', value: 8 }, '001'),
      claim('c', 'q', { type: 'vague', min: 2 }, '003'),
      claim('other', 'other-q', { type: 'exact', value: 5 }, '002'),
    ];
    const states = questionStates('q', claims, [...SEEDS, '003']);
    expect(states.get('000')!.state).toBe('differs');
    expect(states.get('001')!.state).toBe('differs');
    expect(states.get('003')!.state).toBe('states');
    expect(states.get('002')).toEqual({ state: 'omits', claims: [] });
  });

  it('does not count a source disagreeing with itself, or a lone source, as differing', () => {
    const claims = [
      claim('a', 'q', { type: 'exact', value: 17 }, '000'),
      claim('b', 'q', { type: 'at-least', value: 22 }, '000'),
    ];
    expect(questionStates('q', claims, SEEDS).get('000')!.state).toBe('states');
  });

  it('does not count "not known" as contradicting a number', () => {
    const claims = [claim('a', 'q', { type: 'unknown' }, '000'), claim('b', 'q', { type: 'vague', min: 2 }, '001')];
    const states = questionStates('q', claims, SEEDS);
    expect(states.get('000')!.state).toBe('states');
    expect(states.get('001')!.claims.map((c) => c.id)).toEqual(['b']);
  });
});

describe('source matrix layout', () => {
  const input: MatrixInput = {
    seeds: SEEDS,
    events: EVENTS,
    keyEvents: KEYS,
    incidentKinds: INCIDENTS,
    questions: [question('agreed'), question('disputed')],
    claims: [
      claim('agreed-0', 'agreed', { type: 'exact', value: 1 }, '000'),
      claim('agreed-1', 'agreed', { type: 'exact', value: 1 }, '001'),
      claim('disputed-1', 'disputed', { type: 'exact', value: 6 }, '001'),
      claim('disputed-2', 'disputed', { type: 'at-least', value: 8 }, '002'),
    ],
  };
  const layout = layoutSourceMatrix(input, { width: 720 });
  const cell = (row: string, column: string) => layout.cells.find((c) => c.row === row && c.column === column)!;

  it('has a column per seed and one for outside references, left to right inside the width', () => {
    expect(layout.columns.map((c) => c.key)).toEqual([...SEEDS, EXTERNAL]);
    const xs = layout.columns.map((c) => c.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(xs[0]!).toBeGreaterThan(layout.labelRight);
    expect(xs.at(-1)!).toBeLessThan(720);
  });

  it('has a cell for every row and column, on its row and in its column', () => {
    expect(layout.rows.map((r) => r.id)).toEqual(['first-key', 'raid', 'spring-attacks', 'last-key', 'agreed', 'disputed']);
    expect(layout.cells).toHaveLength(layout.rows.length * layout.columns.length);
    for (const c of layout.cells) {
      expect(c.y).toBe(layout.rows.find((r) => r.id === c.row)!.y);
      expect(c.x).toBe(layout.columns.find((col) => col.key === c.column)!.x);
    }
    expect(layout.groups.map((g) => g.kind)).toEqual(['event', 'question']);
  });

  it('says a source states an event when the event or its date cites it', () => {
    expect(cell('first-key', '000').state).toBe('states');
    expect(cell('first-key', '001').state).toBe('states');
    expect(cell('first-key', '002').state).toBe('omits');
    // 002 only dates the raid; the external reference is in the last column.
    expect(cell('raid', '002')).toMatchObject({ state: 'states', cites: [{ seed: '002', quote: 'q' }] });
    expect(cell('raid', EXTERNAL)).toMatchObject({ state: 'states', cites: [{ external: 'ref', detail: 'it happened' }] });
    expect(cell('first-key', EXTERNAL).state).toBe('omits');
  });

  it('carries the claims and their passages for question cells; questions have no outside column', () => {
    expect(cell('agreed', '000')).toMatchObject({ state: 'states', claims: ['agreed-0'] });
    expect(cell('agreed', '001').state).toBe('states');
    expect(cell('disputed', '001')).toMatchObject({
      state: 'differs',
      claims: ['disputed-1'],
      cites: [{ seed: '001', quote: 'quote of disputed-1' }],
    });
    expect(cell('disputed', '002').state).toBe('differs');
    expect(cell('disputed', '000').state).toBe('omits');
    expect(cell('agreed', EXTERNAL).state).toBe('omits');
  });

  it('wraps a long row label and makes its row taller', () => {
    const long = {
      ...EVENTS[1]!,
      title: 'A very long title for an event that cannot possibly fit on one line of the label column',
    };
    const l = layoutSourceMatrix({ ...input, events: [long], keyEvents: [long.id], questions: [] }, { width: 720 });
    const row = l.rows[0]!;
    expect(row.lines.length).toBeGreaterThan(1);
    expect(row.height).toBeGreaterThan(26);
    expect(row.y).toBe(row.top + row.height / 2);
  });

  it('is deterministic and rounds every number to a tenth', () => {
    expect(layoutSourceMatrix(input, { width: 720 })).toEqual(layout);
    const numbers: number[] = [];
    JSON.stringify(layout, (_k, v: unknown) => {
      if (typeof v === 'number') numbers.push(v);
      return v;
    });
    for (const n of numbers) expect(Math.round(n * 10) / 10).toBe(n);
  });

  it('lays out the tiny fixture explainer from its data alone', () => {
    const data = loadDataset(TINY);
    const l = layoutSourceMatrix(matrixInput(data), { width: 720 });
    expect(l.rows.map((r) => r.id)).toEqual(expect.arrayContaining([...data.explainer.keyEvents, 'base-attack-wounded']));
    expect(l.cells.some((c) => c.state === 'states')).toBe(true);
  });
});

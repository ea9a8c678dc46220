import { describe, expect, it } from 'vitest';
import { compareView } from '../../../../src/figures/compare/compare-view.ts';
import { claimRows } from '../../../../src/lib/claims-view.ts';
import { loadDataset } from '../../../../src/lib/data/load.ts';
import { Comparison } from '../../../../src/lib/schemas/comparisons.ts';
import { TINY } from '../../../support/fixture.ts';

const tiny = loadDataset(TINY);
/** The tiny explainer's one event set beside itself: a cell of words, one from an outside publication, one of claims. */
const record = Comparison.parse({
  id: 'twice',
  title: 'The attack as told twice',
  reading: 'One respect, two columns.',
  rounds: [
    { event: 'base-attack', label: 'First' },
    { event: 'base-attack', label: 'Second' },
  ],
  rows: [
    {
      label: 'What happened',
      cells: [
        { text: 'Rockets struck the base.', cites: [{ seed: '000', quote: 'Rockets struck Example Base on Monday' }] },
        { text: 'The base stands where the atlas puts it.', cites: [{ external: 'atlas', detail: 'the base' }] },
      ],
    },
    { label: 'Who counted the hurt', cells: [{ question: 'base-attack-wounded' }, { question: 'base-attack-wounded' }] },
  ],
});
const data = { ...tiny, comparisons: [record] };
const view = compareView(data, 'twice');

describe('compareView', () => {
  it('heads each column with its round, linking to its event', () => {
    expect(view.rounds.map((r) => [r.label, r.href])).toEqual([
      ['First', '/chronology/#event-base-attack'],
      ['Second', '/chronology/#event-base-attack'],
    ]);
    expect(view.title).toBe(record.title);
    expect(view.summary).toBe(record.reading);
  });

  it('gives each cell a key of its own and its round’s name', () => {
    const keys = view.rows.flatMap((r) => r.cells.map((c) => c.key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(view.rows[0]!.cells.map((c) => c.round)).toEqual(['First', 'Second']);
  });

  it('links a cell of words to each passage it rests on, saying which is not one of the reports, with the passage as its tooltip', () => {
    const [seed, outside] = view.rows[0]!.cells;
    expect(seed!.text).toBe('Rockets struck the base.');
    expect(seed!.sources).toEqual([
      {
        href: expect.stringMatching(/^\/sources\/000\/#/) as string,
        label: expect.stringMatching(/^The tiny report, /) as string,
        external: false,
        tip: expect.stringMatching(/^The tiny report, [^:]+: “[^”]*Example Base[^”]*”$/) as string,
      },
    ]);
    expect(outside!.sources).toEqual([
      {
        href: 'https://atlas.example.org/base',
        label: 'An atlas',
        external: true,
        tip: expect.stringMatching(/^An atlas \(Example Atlas\): .+/) as string,
      },
    ]);
  });

  it('shows every source’s answer where the sources disagree, each with its own passages, and picks none', () => {
    const cell = view.rows[1]!.cells[0]!;
    expect(cell.text).toBeUndefined();
    const rows = claimRows(data, 'base-attack-wounded');
    expect(cell.answers!.map((a) => [a.figure, a.claimant])).toEqual(rows.map((r) => [r.figure, r.claimant]));
    expect(cell.answers).toHaveLength(2);
    for (const a of cell.answers!) expect(a.sources.length).toBeGreaterThan(0);
  });

  it('names in its source line how many reports and other publications the cells rest on', () => {
    expect(view.source).toBe('the reports and one other publication; each cell links to the passages it rests on');
  });

  it('fails on a comparison the data lacks', () => {
    expect(() => compareView(data, 'thrice')).toThrow('<CompareFigure comparison="thrice">: unknown comparison');
  });
});

describe('Comparison', () => {
  it('wants one cell per round in each row', () => {
    const result = Comparison.safeParse({ ...record, rows: [{ label: 'Short', cells: [{ question: 'base-attack-wounded' }] }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({
      path: ['rows', 0, 'cells'],
      message: 'has 1 cells for 2 rounds; give one cell per round',
    });
  });

  it('wants at least two rounds', () => {
    expect(Comparison.safeParse({ ...record, rounds: record.rounds.slice(0, 1) }).success).toBe(false);
  });
});

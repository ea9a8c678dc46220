import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/lib/derive/figures.ts';
import { numberValue, readFigure } from '../../../src/lib/derive/hedges.ts';
import { readSeeds } from '../../../src/lib/seeds/read.ts';
import { readDeriveSettings } from '../../../src/lib/derive/derive.ts';
import { vocabulary } from '../../../src/lib/derive/vocabulary.ts';

const seeds = readSeeds('seeds');
// This explainer's words: the bombs and troops its reports count are its own, not the engine's.
const words = vocabulary(readDeriveSettings('.'));
const figures = (id: string) =>
  findFigures(
    seeds.find((s) => s.id === id)!,
    words,
  );
const stated = (id: string, words: string) => figures(id).find((f) => f.stated.text === words);

describe('hedges', () => {
  it('reads each hedge into its figure type', () => {
    expect(readFigure('at least', '17')).toEqual({ type: 'at-least', value: 17 });
    expect(readFigure('more than', '100')).toEqual({ type: 'more-than', value: 100 });
    expect(readFigure('less than', '2,500')).toEqual({ type: 'fewer-than', value: 2500 });
    expect(readFigure('about', '2,500')).toEqual({ type: 'about', value: 2500 });
    expect(readFigure(undefined, 'a handful of')).toEqual({ type: 'vague', min: 2, max: 5 });
    expect(readFigure(undefined, 'several')).toEqual({ type: 'vague', min: 2 });
  });

  it('reads numbers written as words', () => {
    expect(numberValue('seven')).toBe(7);
    expect(numberValue('Ten')).toBe(10);
  });
});

describe('findFigures', () => {
  it('keeps the hedge exactly as written, with what is counted and who gives it', () => {
    expect(stated('002', 'at least 22 fatalities')).toMatchObject({
      figure: { type: 'at-least', value: 22 },
      counts: 'killed',
      claimant: 'a war monitor',
    });
    expect(stated('002', 'one person')).toMatchObject({
      figure: { type: 'exact', value: 1 },
      counts: 'killed',
      claimant: 'Militia officials',
    });
    expect(stated('001', 'a handful of militiamen')).toMatchObject({
      figure: { type: 'vague', min: 2, max: 5 },
      counts: 'killed',
    });
    expect(stated('001', 'more than 100 soldiers')).toMatchObject({ counts: 'wounded' });
    expect(stated('002', 'about 2,500 US troops')).toMatchObject({ figure: { type: 'about', value: 2500 }, counts: 'troops' });
    expect(stated('001', 'seven 500-pound bombs')).toMatchObject({
      figure: { type: 'exact', value: 7 },
      counts: 'bombs',
      claimant: 'U.S. officials',
    });
  });

  it('tells the killed from the wounded in one sentence', () => {
    expect(stated('000', 'one non-American contractor')?.counts).toBe('killed');
    expect(stated('000', 'a number of American contractors')?.counts).toBe('wounded');
  });

  it('reads "injured no one" as none, and skips dates, years and times', () => {
    expect(stated('003', 'injured no one')).toMatchObject({ figure: { type: 'none' }, counts: 'wounded' });
    const words = figures('000').map((f) => f.stated.text);
    expect(words.some((w) => /15|2015|2019/.test(w))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { disputedQuestions, figureKey, figuresConflict } from '../../../src/lib/claims.ts';
import { loadDataset } from '../../../src/lib/data/load.ts';
import { TINY } from '../../support/fixture.ts';

describe('claims', () => {
  it('keys figures by their hedging, not only their number', () => {
    expect(figureKey({ type: 'exact', value: 22 })).not.toBe(figureKey({ type: 'at-least', value: 22 }));
    expect(figureKey({ type: 'vague', min: 2, max: 5 })).toBe('vague:2-5');
    expect(figureKey({ type: 'none' })).toBe('none');
  });
  it('finds the questions whose claims disagree', () => {
    const data = loadDataset(TINY);
    expect(disputedQuestions(data).map((d) => d.question.id)).toEqual(['base-attack-wounded']);
    const agreed = { questions: data.questions, claims: data.claims.slice(0, 1) };
    expect(disputedQuestions(agreed)).toEqual([]);
  });
});

describe('figuresConflict', () => {
  it('finds figures that cannot both be true', () => {
    expect(figuresConflict({ type: 'exact', value: 6 }, { type: 'at-least', value: 8 })).toBe(true);
    expect(figuresConflict({ type: 'vague', min: 2, max: 5 }, { type: 'exact', value: 1 })).toBe(true);
    expect(figuresConflict({ type: 'none' }, { type: 'at-least', value: 1 })).toBe(true);
    expect(figuresConflict({ type: 'text', value: 'Thursday' }, { type: 'text', value: 'Friday' })).toBe(true);
  });
  it('lets differently hedged but compatible figures stand together', () => {
    expect(figuresConflict({ type: 'vague', min: 3 }, { type: 'exact', value: 6 })).toBe(false);
    expect(figuresConflict({ type: 'fewer-than', value: 2500 }, { type: 'about', value: 2500 })).toBe(false);
    expect(figuresConflict({ type: 'at-least', value: 17 }, { type: 'at-least', value: 22 })).toBe(false);
    expect(figuresConflict({ type: 'unknown' }, { type: 'exact', value: 1 })).toBe(false);
    expect(figuresConflict({ type: 'text', value: 'Thursday' }, { type: 'text', value: 'thursday' })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { disputedQuestions, figureKey } from '../../../src/lib/claims.ts';
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

import { describe, expect, it } from 'vitest';
import type { Claim, Question } from '../../../src/lib/schemas/index.ts';
import { statedPhrase } from '../../../src/lib/stated.ts';

const question: Question = { id: 'toll', question: 'How many died?', label: 'Died', event: 'quake', unit: 'people' };
const claim = (stated: string, figure: Claim['figure'] = { type: 'exact', value: 1644 }): Claim => ({
  id: 'toll-agency',
  question: 'toll',
  figure,
  stated,
  cites: [{ seed: '000', quote: stated }],
});

describe('statedPhrase(claim, question, form, locale)', () => {
  it('prints the source’s words when they read as a phrase', () => {
    expect(statedPhrase(claim('at least 22 fighters', { type: 'at-least', value: 22 }), question, undefined, 'en-GB')).toBe(
      'at least 22 fighters',
    );
  });

  it('refuses words that read as a sentence of their own, with what to write instead', () => {
    expect(() => statedPhrase(claim('A total of 1,644 people died'), question, undefined, 'en-GB')).toThrow(
      '<Stated claim="toll-agency"> would print the source\'s words "A total of 1,644 people died" inside your sentence, but they read as a sentence of their own. Write form="figure" to print "1,644 people", or form="words" if the capital belongs to a name',
    );
    expect(() => statedPhrase(claim('many died.'), question, undefined, 'en-GB')).toThrow(/sentence of their own/);
    // Words with no number: form="figure" has nothing to print, so it is not offered.
    expect(() =>
      statedPhrase(claim('about 2 a.m.', { type: 'text', value: 'about 2 a.m.' }), question, undefined, 'en-GB'),
    ).toThrow(
      'but they read as a sentence of their own. Write form="words" if the capital belongs to a name or the full stop to an abbreviation ("a.m."), or rephrase around a citation',
    );
    expect(statedPhrase(claim('about 2 a.m.', { type: 'text', value: 'about 2 a.m.' }), question, 'words', 'en-GB')).toBe(
      'about 2 a.m.',
    );
  });

  it('form="figure" prints the hedged figure with its unit', () => {
    expect(
      statedPhrase(claim('At least 17 fighters were killed', { type: 'at-least', value: 17 }), question, 'figure', 'en-GB'),
    ).toBe('at least 17 people');
  });

  it('form="words" keeps a capital that belongs to a name', () => {
    expect(statedPhrase(claim('Iraqi officials'), question, 'words', 'en-GB')).toBe('Iraqi officials');
  });

  it('form="figure" fails on a claim with no number', () => {
    expect(() => statedPhrase(claim('if there were any casualties', { type: 'unknown' }), question, 'figure', 'en-GB')).toThrow(
      /no number to print/,
    );
  });
});

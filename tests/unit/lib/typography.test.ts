import { describe, expect, it } from 'vitest';
import { smartQuotes } from '../../../src/lib/format/typography.ts';

describe('smartQuotes', () => {
  it('curls double and single quotation marks by position', () => {
    expect(smartQuotes('"A handful" is not a count')).toBe('“A handful” is not a count');
    expect(smartQuotes("the editors' reading of 'Monday'")).toBe('the editors’ reading of ‘Monday’');
  });
  it('turns apostrophes inside words into typographic ones', () => {
    expect(smartQuotes("Kata'ib Hezbollah's denial")).toBe('Kata’ib Hezbollah’s denial');
  });
  it('opens a quotation after a dash or bracket', () => {
    expect(smartQuotes('(“x”) — "y"')).toBe('(“x”) — “y”');
  });
});

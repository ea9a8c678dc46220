import { describe, expect, it } from 'vitest';
import { findNormalized, normalizeForMatch } from '../../../src/lib/text/normalize.ts';

describe('normalizeForMatch', () => {
  it('treats typographic quotation marks as straight ones', () => {
    expect(normalizeForMatch('Kata’ib “Hezbollah”')).toBe(`Kata'ib "Hezbollah"`);
  });
  it('folds runs of white space and trims', () => {
    expect(normalizeForMatch('  a \n\t b  ')).toBe('a b');
  });
  it('leaves case, dashes and ellipses alone', () => {
    expect(normalizeForMatch('A – b …')).toBe('A – b …');
  });
});

describe('findNormalized', () => {
  it('returns offsets into the original text', () => {
    const text = 'He said “we   know what we hit”.';
    const at = findNormalized(text, 'said "we know');
    expect(at).toEqual({ start: 3, end: 18 });
    expect(text.slice(at!.start, at!.end)).toBe('said “we   know');
  });
  it('returns undefined when the passage is absent or empty', () => {
    expect(findNormalized('abc', 'abd')).toBeUndefined();
    expect(findNormalized('abc', '   ')).toBeUndefined();
  });
});

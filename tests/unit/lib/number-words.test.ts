import { describe, expect, it } from 'vitest';
import { numberWord } from '../../../src/lib/format/number-words.ts';

describe('numberWord', () => {
  it('writes counts up to ten in words and larger ones in digits', () => {
    expect([0, 1, 5, 10, 11, 250].map(numberWord)).toEqual(['no', 'one', 'five', 'ten', '11', '250']);
  });
});

import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../src/lib/text/regexp.ts';

describe('escapeRegExp', () => {
  it('matches the text exactly, its special characters as themselves', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o /_astro/';
    const re = new RegExp(`^${escapeRegExp(text)}$`);
    expect(re.test(text)).toBe(true);
    expect(re.test(text.replace('.', 'x'))).toBe(false);
  });
});

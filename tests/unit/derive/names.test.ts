import { describe, expect, it } from 'vitest';
import { findNames, nameKey } from '../../../src/lib/derive/names.ts';
import { readSeeds } from '../../../src/lib/seeds/read.ts';
import { readDeriveSettings } from '../../../src/lib/derive/derive.ts';
import { vocabulary } from '../../../src/lib/derive/vocabulary.ts';

const clusters = findNames(
  readSeeds('seeds'),
  vocabulary(readDeriveSettings('.')),
  new Map([['John Kirby', ['Pentagon press secretary']]]),
);
const clusterOf = (spelling: string) => clusters.find((c) => c.spellings.some((s) => s.spelling === spelling));

describe('names', () => {
  it('compares names by their consonants', () => {
    expect(nameKey("Kata'ib Hezbollah")).toBe(nameKey("Kait'ib Hezbollah"));
    expect(nameKey('Erbil')).toBe(nameKey('Irbil'));
    expect(nameKey('Al Qaem')).toBe(nameKey('Qaim'));
  });

  it('clusters every spelling across the documents', () => {
    const same = (a: string, b: string) => {
      expect(clusterOf(a), `${a} / ${b}`).toBe(clusterOf(b));
    };
    same("Kata'ib Hezbollah", 'Kataib Hezbollah');
    same("Kait'ib Hezbollah", 'Kataib Hezbollah');
    same('Boukamal', 'Abu Kamal');
    same('Qaim', 'Al Qaem');
    same('Erbil', 'Irbil');
    same('Qassim Soleimani', 'Qassim Suleimani');
    same('Kirby', 'John F. Kirby');
    expect(clusterOf('Erbil')?.spellings.find((s) => s.spelling === 'Irbil')?.seeds).toEqual(['002']);
  });

  it('keeps the roles the text gives', () => {
    expect(clusterOf('John Kirby')?.roles).toEqual(['Pentagon press secretary']);
  });
});

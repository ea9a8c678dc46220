import { describe, expect, it } from 'vitest';
import { NormalizedText, normalizeForMatch } from '../../../src/lib/text/normalize.ts';
import { seedIndex } from '../../../src/lib/data/verify.ts';
import { blockById, blockContaining, parseSeed } from '../../../src/lib/seeds/parse.ts';
import { readSeeds } from '../../../src/lib/seeds/read.ts';
import { spellingUsage } from '../../../src/lib/spellings.ts';

/** The matching rule spelled out the slow, obvious way: normalise every candidate substring. */
function reference(haystack: string, needle: string): { start: number; end: number } | undefined {
  const target = normalizeForMatch(needle);
  if (!target) return undefined;
  for (let start = 0; start < haystack.length; start++) {
    if (/\s/.test(haystack[start]!)) continue;
    for (let end = start + 1; end <= haystack.length; end++) {
      if (/\s/.test(haystack[end - 1]!)) continue;
      const n = normalizeForMatch(haystack.slice(start, end));
      if (n === target) return { start, end };
      if (n.length > target.length) break;
    }
  }
  return undefined;
}

describe('NormalizedText', () => {
  const text = ' He said\u00a0“we  know”,\r\n\tthe\u2028“officials’ view” it’s  \u201Bodd\u2032. ';
  it.each([
    'He said "we know"',
    "officials' view",
    "it's 'odd'",
    'know", the "',
    'the "officials',
    'said',
    'view" it',
    '. ',
    'nope',
  ])('finds %j where the plain rule does, at the same offsets', (needle) => {
    expect(new NormalizedText(text).find(needle)).toEqual(reference(text, needle));
  });

  it('agrees with the plain rule on random texts of quotation marks, white space and letters', () => {
    // A small deterministic generator, so a failure can be run again.
    let state = 7;
    const next = (n: number): number => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % n;
    };
    const alphabet = ['a', 'b', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2028', '’', '‘', '“', '”', "'", '"', '\u2032', 'é'];
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 1 + next(24) }, () => alphabet[next(alphabet.length)]).join('');
      const index = new NormalizedText(text);
      expect(index.text, JSON.stringify(text)).toBe(normalizeForMatch(text) + (/\s$/.test(text) && text.trim() ? ' ' : ''));
      for (let k = 0; k < 4; k++) {
        const from = next(text.length);
        const needle = text.slice(from, from + 1 + next(8));
        expect(index.find(needle), `${JSON.stringify(needle)} in ${JSON.stringify(text)}`).toEqual(reference(text, needle));
      }
    }
  });

  it('normalises a seed once however often it is asked', () => {
    const [seed] = readSeeds('seeds');
    expect(seedIndex(seed!)).toBe(seedIndex(seed!));
  });

  it('gives the same spellings evidence as a search of every seed for the name as words of its own', () => {
    const seeds = readSeeds('seeds');
    const names = ['Kataib Hezbollah', 'Kata’ib Hezbollah', 'Syria', 'Iran', 'no such name anywhere'];
    const usage = spellingUsage(seeds, names);
    const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(usage).toEqual(
      names.map((spelling) => ({
        spelling,
        seeds: seeds
          .filter((s) =>
            new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escape(normalizeForMatch(spelling))}(?![\\p{L}\\p{M}\\p{N}])`, 'u').test(
              normalizeForMatch(s.text),
            ),
          )
          .map((s) => s.id),
      })),
    );
    expect(usage.find((u) => u.spelling === 'Iran')?.seeds.length).toBeGreaterThan(0);
    // The Washington report writes "ISIS", never "IS"; its "Iran-backed militias" is not "Iran-backed militia".
    expect(spellingUsage(seeds, ['IS', 'Iran-backed militia']).map((u) => u.seeds)).toEqual([['002'], ['000', '002', '004']]);
  });

  it('finds a name only where it is not part of a longer word', () => {
    const index = new NormalizedText('Town12 and Iranian forces; (Syria) and Syria’s border, Kata’ib\nHezbollah. Érbil 5th');
    expect(index.hasName('Town1')).toBe(false);
    expect(index.hasName('Town12')).toBe(true);
    expect(index.hasName('Iran')).toBe(false);
    expect(index.hasName('Syria')).toBe(true);
    expect(index.hasName("Syria's")).toBe(true);
    expect(index.hasName('Kata’ib Hezbollah')).toBe(true);
    expect(index.hasName('ata’ib Hezbollah')).toBe(false);
    expect(index.hasName('rbil')).toBe(false);
    expect(index.hasName('Érbil')).toBe(true);
    expect(index.hasName('5')).toBe(false);
    expect(index.hasName('')).toBe(false);
    // A letter outside the BMP is a letter too, at either end.
    const astral = new NormalizedText('𝐀sh and Ash𝐀 and Ash');
    expect(astral.hasName('sh')).toBe(false);
    expect(astral.hasName('Ash𝐀')).toBe(true);
    expect(new NormalizedText('Ash𝐀').hasName('Ash')).toBe(false);
    // The substring search still finds what a quote may cite.
    expect(index.find('Town1')).toBeDefined();
  });
});

describe('block lookups', () => {
  const doc = parseSeed('009_x.txt', 'Headline here\n\nFirst paragraph.\nSecond one, longer.\n{eoa}\n');
  it('finds the block holding a range by binary search, and none for a range across blocks', () => {
    for (const b of doc.blocks) {
      expect(blockContaining(doc, b.start, b.end)).toBe(b);
      expect(blockContaining(doc, b.start + 1, b.end - 1)).toBe(b);
    }
    const [, p1, p2] = doc.blocks;
    expect(blockContaining(doc, p1!.start, p2!.end)).toBeUndefined();
    expect(blockContaining(doc, 0, doc.text.length)).toBeUndefined();
  });
  it('finds a block by id', () => {
    for (const b of doc.blocks) expect(blockById(doc, b.id)).toBe(b);
    expect(blockById(doc, 'p99')).toBeUndefined();
  });
});

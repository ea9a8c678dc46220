import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeed, seedIdFromFileName } from '../../../src/lib/seeds/parse.ts';
import { readSeeds } from '../../../src/lib/seeds/read.ts';

const seeds = readSeeds('seeds');
const seed = (id: string) => seeds.find((s) => s.id === id)!;
const kinds = (id: string) => seed(id).blocks.filter((b) => b.kind !== 'paragraph').map((b) => `${b.id}:${b.kind}`);

describe('parseSeed', () => {
  it('reads the five seeds in file order with their hashes', () => {
    expect(seeds.map((s) => s.id)).toEqual(['000', '001', '002', '003', '004']);
    for (const s of seeds) expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('splits a "date YYYY-MM-DD" prefix off the headline as the dateline', () => {
    expect(seed('000').dateline).toBe('2021-02-26');
    expect(seed('000').headline).toBe('US carries out retaliatory airstrikes against Iranian-backed militia facilities in Syria');
    expect(seed('001').dateline).toBeUndefined();
  });

  it('reads a place dateline at the start of the first paragraph', () => {
    expect(seed('001').datelinePlace).toBe('WASHINGTON');
    expect(seed('000').datelinePlace).toBeUndefined();
  });

  it('marks page furniture in 000: byline, reading time and AP/Getty captions', () => {
    expect(kinds('000')).toEqual(['dateline:dateline', 'headline:headline', 'n1:byline', 'n2:reading-time', 'n3:caption', 'n4:caption', 'n5:caption']);
    expect(seed('000').bylines).toEqual(['Our Foreign Staff']);
  });

  it('marks the old (FILES) caption, the desk byline and the subheadings in 002', () => {
    expect(kinds('002')).toEqual(['headline:headline', 'n1:caption', 'n2:byline', 'h1:subhead', 'h2:subhead']);
    expect(seed('002').blocks.find((b) => b.id === 'h2')?.text).toBe('What do we know about the air strike?');
  });

  it('marks share buttons, duplicated captions, links and "Story Continues" in 003', () => {
    expect(kinds('003')).toEqual([
      'headline:headline',
      'n1:share',
      'n2:caption',
      'n3:caption',
      'n4:related',
      'n5:byline',
      'n6:related',
      'n7:continuation',
    ]);
  });

  it('splits the "{eoa}" marker glued to the last paragraph of 004', () => {
    const blocks = seed('004').blocks;
    const last = blocks.at(-1)!;
    const before = blocks.at(-2)!;
    expect(last).toMatchObject({ kind: 'end-marker', text: '{eoa}', line: 10 });
    expect(before.kind).toBe('paragraph');
    expect(before.text.endsWith('partners, and allies in the region.”')).toBe(true);
  });

  it('numbers paragraphs p1… in order and keeps each block at its offsets in the file', () => {
    for (const s of seeds) {
      const paragraphs = s.blocks.filter((b) => b.kind === 'paragraph');
      expect(paragraphs.map((b) => b.id)).toEqual(paragraphs.map((_, i) => `p${i + 1}`));
      for (const b of s.blocks) expect(s.text.slice(b.start, b.end)).toBe(b.text);
    }
    expect(seed('000').blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(22);
    expect(seed('004').blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(9);
  });

  it('keeps every non-blank line of a seed as exactly one block or a block and its end marker', () => {
    for (const s of seeds) {
      const raw = readFileSync(`seeds/${s.fileName}`, 'utf8');
      const lines = raw.split('\n').filter((l) => l.trim() !== '').length;
      // A dateline shares its line with the headline.
      const lineNumbers = new Set(s.blocks.map((b) => b.line));
      expect(lineNumbers.size).toBe(lines);
    }
  });

  it('gives the same ids when parsed twice', () => {
    const text = readFileSync('seeds/003_ae35b6ff1b13a890.txt', 'utf8');
    expect(parseSeed('003_x.txt', text).blocks).toEqual(parseSeed('003_x.txt', text).blocks);
  });

  it('rejects an empty seed and a file name without a number', () => {
    expect(() => parseSeed('005_empty.txt', '\n\n')).toThrow('seeds/005_empty.txt: the file is empty');
    expect(() => seedIdFromFileName('notes.txt')).toThrow('must start with its number');
  });
});

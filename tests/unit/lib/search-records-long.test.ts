import { describe, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../../../src/lib/data/load.ts';
import { parseSeed } from '../../../src/lib/seeds/parse.ts';
import { searchRecords } from '../../../src/lib/search/records.ts';
import { TINY } from '../../support/fixture.ts';

const tiny = loadDataset(TINY);

/** The tiny explainer with its one document replaced by `text`. */
function withSeed(text: string): Dataset {
  const seed = { ...parseSeed('000_tiny.txt', text), sha256: tiny.seeds[0]!.sha256 };
  return { ...tiny, seeds: [seed] };
}

const sourceRecords = (data: Dataset) => searchRecords(data).filter((r) => r.url.startsWith('/sources/'));
const anchors = (html: string): string[] => [...html.matchAll(/<p id="([^"]+)"/g)].map((m) => m[1]!);

describe('search records of a source', () => {
  // Lines of 67 words: in a short document each is a passage of its own.
  const line = (i: number): string => `Line ${i} ${'said officials near the base on Monday night '.repeat(8).trim()} strike${i}.`;
  const words = (n: number): string => Array.from({ length: n }, (_, i) => line(i)).join('\n');

  it('gives a short document a record per passage of some sixty words, each line a place to land', () => {
    const records = sourceRecords(withSeed(`Headline of the report\n${words(40)}\n`));
    expect(records).toHaveLength(40);
    // The headline, a few words, opens the first passage with the first line.
    expect(anchors(records[0]!.content)).toEqual(['headline', 'p1']);
    expect(records.slice(1).map((r) => anchors(r.content))).toEqual(Array.from({ length: 39 }, (_, i) => [`p${i + 2}`]));
  });

  it('gives a long document records in proportion to its text, a passage of about 250 words each, not a record per line', () => {
    const lines = 2000; // 134,000 words, past the 20,000 at which a document counts as long
    const records = sourceRecords(withSeed(`Headline of the report\n${words(lines)}\n`));
    // Each passage closes at the line that brings it to 250 words: four lines of 67.
    expect(records).toHaveLength(lines / 4);
    expect(records.every((r) => anchors(r.content).length === 1)).toBe(true);
    expect(records[1]!.url).toBe('/sources/000/#p5');
    expect(records[1]!.content).toContain('strike4.');
    expect(records[1]!.content).toContain('strike7.');
    expect(records[1]!.content).not.toContain('strike8.');
    // The line under the title is an opening, not the passage over again.
    const shown = /data-pagefind-meta="line">([^<]*)</.exec(records[1]!.content)![1]!;
    expect(shown.length).toBeLessThanOrEqual(200);
    expect(shown.endsWith('…')).toBe(true);
  });
});

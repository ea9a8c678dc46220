import { describe, expect, it } from 'vitest';
import { blockLabel, capitalise, passageLabel, sourceName } from '../../../src/lib/sources/names.ts';
import { carriesContacts, WITHHELD, withholdContacts } from '../../../src/lib/sources/withhold.ts';
import type { SeedBlock } from '../../../src/lib/seeds/parse.ts';

const sources = [
  { id: '000', name: 'the report by “Our Foreign Staff”, dated 26 February 2021', short: 'Our Foreign Staff' },
  { id: '001', name: 'the report datelined Washington', short: 'the Washington report' },
];
const b = (id: string, kind: SeedBlock['kind']): Pick<SeedBlock, 'id' | 'kind'> => ({ id, kind });
const blocks = [
  b('headline', 'headline'),
  b('n1', 'caption'),
  b('p1', 'paragraph'),
  b('h1', 'subhead'),
  b('p2', 'paragraph'),
  b('n2', 'byline'),
];

describe('source names', () => {
  it('gives the short name by default, the full one on request, capitalised where a sentence starts', () => {
    expect(sourceName(sources, '001')).toBe('the Washington report');
    expect(sourceName(sources, '001', 'full')).toBe('the report datelined Washington');
    expect(sourceName(sources, '001', 'short', { capital: true })).toBe('The Washington report');
    expect(capitalise('“Our')).toBe('“Our');
  });

  it('fails on a source that is not listed, naming the file', () => {
    expect(() => sourceName(sources, '009')).toThrow('no source "009" in content/data/sources.yaml');
  });

  it('places a passage in the numbering its source page shows', () => {
    expect(blockLabel(blocks[2]!, blocks)).toBe('paragraph 1');
    expect(blockLabel(blocks[3]!, blocks)).toBe('subheading 1');
    expect(blockLabel(blocks[0]!, blocks)).toBe('headline');
    // Lines that are not article text are not numbered on the page: they are placed by a paragraph.
    expect(blockLabel(blocks[1]!, blocks)).toBe('photo caption before paragraph 1');
    expect(blockLabel(blocks[5]!, blocks)).toBe('credit line after paragraph 2');
    expect(passageLabel(sources, { id: '000', blocks }, blocks[4])).toBe('Our Foreign Staff, paragraph 2');
    expect(passageLabel(sources, { id: '001', blocks }, undefined)).toBe('The Washington report');
  });
});

describe('withheld contact details', () => {
  const line = '-- Stephen Losey can be reached at stephen.losey@military.com. Follow him on Twitter @StephenLosey.';

  it('withholds e-mail addresses and handles in lines printed around the article', () => {
    expect(withholdContacts(line, 'byline')).toBe(
      `-- Stephen Losey can be reached at ${WITHHELD}. Follow him on Twitter ${WITHHELD}.`,
    );
    expect(carriesContacts({ text: line, kind: 'byline' })).toBe(true);
    expect(carriesContacts({ text: 'By Stephen Losey', kind: 'byline' })).toBe(false);
  });

  it('never alters the article’s own text', () => {
    expect(withholdContacts('He wrote to press@example.org', 'paragraph')).toBe('He wrote to press@example.org');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkQuotation } from '../../../src/lib/citations/quote-check.ts';
import { loadDataset, type Dataset } from '../../../src/lib/data/load.ts';
import { remarkCitations } from '../../../src/lib/mdx/remark-citations.ts';
import type { ChapterNote } from '../../../src/lib/citations/refs.ts';
import { TINY } from '../../support/fixture.ts';

const data = loadDataset(TINY);
const translated: Dataset = {
  ...data,
  seedSources: data.seedSources.map((s) => ({ ...s, carries: 'machine-translation' as const })),
};
const passage = { seed: '000', quote: 'Rockets struck Example Base on Monday, wounding two people, officials said.' };

describe('checkQuotation', () => {
  it('passes words that stand in a cited passage', () => {
    expect(checkQuotation(data, 'wounding two people,', [passage])).toBeUndefined();
  });
  it('names the quoted words and the passages it looked in when they are not there', () => {
    expect(checkQuotation(data, 'wounding three people', [passage])).toBe(
      'quoted words “wounding three people” are not in any passage this sentence cites (looked in seed 000: “Rockets struck Example Base on Monday, wounding two people, officials said.”); quote the passage exactly or paraphrase without quotation marks',
    );
    expect(checkQuotation(data, 'wounding two people', [])).toContain('cites nothing');
  });
  it('refuses words quoted only from a machine translation, and says what to do instead', () => {
    const problem = checkQuotation(translated, 'wounding two people', [passage]);
    expect(problem).toContain('cited only from seed 000, a machine translation');
    expect(problem).toContain('paraphrase without quotation marks, or cite a source that carries the words verbatim');
  });
  it('accepts them when an external reference quoting the original carries them too', () => {
    expect(
      checkQuotation(translated, 'wounding two people', [passage, { external: 'atlas', detail: 'wounding two people' }]),
    ).toBeUndefined();
  });
});

describe('remarkCitations', () => {
  const previous = process.env.EXPLAINER_ROOT;
  beforeAll(() => {
    process.env.EXPLAINER_ROOT = TINY;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.EXPLAINER_ROOT;
    else process.env.EXPLAINER_ROOT = previous;
  });
  const run = async (mdx: string): Promise<{ notes: ChapterNote[]; html: string }> => {
    const file = new VFile({ path: join(TINY, 'content/chapters/only.mdx'), value: mdx });
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCitations);
    const tree = await processor.run(processor.parse(file), file);
    const frontmatter = (file.data.astro as { frontmatter: { notes: ChapterNote[] } }).frontmatter;
    return { notes: frontmatter.notes, html: JSON.stringify(tree) };
  };
  const chapter = readFileSync(join(TINY, 'content/chapters/only.mdx'), 'utf8').replace(/^---[\s\S]*?---\n/, '');

  it('builds the fixture chapter, whose quotations all stand in their citations', async () => {
    await expect(run(chapter)).resolves.toBeDefined();
  });
  it('fails on a quotation its sentence does not cite, with file, line and column', async () => {
    await expect(
      run(
        'Officials said rockets hit "Example Base on Friday".<Cite seed="000" quote="Rockets struck Example Base on Monday" />\n',
      ),
    ).rejects.toThrow(
      /content\/chapters\/only\.mdx:1:28: quoted words “Example Base on Friday” are not in any passage this sentence cites \(looked in seed 000: “Rockets struck Example Base on Monday”\)/,
    );
  });
  it('suggests the nearest passage when a cited quote misses by a letter, with file, line and column', async () => {
    await expect(run('Rockets hit the base.<Cite seed="000" quote="Rockets struck Example Base on Mondy" />\n')).rejects.toThrow(
      'content/chapters/only.mdx:1:22: quote not found in seed 000 (000_tiny.txt): "Rockets struck Example Base on Mondy"; closest: "Rockets struck Example Base on Monday" (the source has "Monday" for "Mondy")',
    );
  });
  it('joins side-by-side citations into one note and one marker, fastened to the word before it', async () => {
    const { notes, html } = await run(
      'Rockets struck.<Cite seed="000" quote="Rockets struck" /> <Cite event="base-attack" /><Cite statement="officials-said" /> Then more.<Cite seed="000" quote="officials said" />\n',
    );
    expect(notes.map((n) => n.refs.length)).toEqual([3, 1]);
    expect(notes[0]!.n).toBe(1);
    expect(notes[1]!.n).toBe(2);
    expect(html.match(/"name":"Cite"/g)).toHaveLength(2);
    expect(html).toContain('"value":"cite-join"}],"children":[{"type":"text","value":"struck."}');
  });
});

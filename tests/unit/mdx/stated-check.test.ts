import { join } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remarkCitations } from '../../../src/lib/mdx/remark-citations.ts';
import { tinyCopy } from '../../support/fixture.ts';

describe('<Stated> is checked as the chapter compiles, with its file, line and column', () => {
  // The monitor's claim in the source's own words, which open a sentence of their own.
  const f = tinyCopy();
  f.yaml('content/data/claims.yaml', (claims) => {
    claims[1].stated = 'A local monitor said at least three people were hurt';
    claims[1].cites[0].quote = 'A local monitor said at least three people were hurt';
  });
  const previous = process.env.EXPLAINER_ROOT;
  beforeAll(() => {
    process.env.EXPLAINER_ROOT = f.root;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.EXPLAINER_ROOT;
    else process.env.EXPLAINER_ROOT = previous;
  });
  const run = async (mdx: string): Promise<void> => {
    const file = new VFile({ path: join(process.cwd(), 'content/chapters/only.mdx'), value: mdx });
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCitations);
    await processor.run(processor.parse(file), file);
  };

  it('fails on words that would print a sentence inside the sentence, saying what to write', async () => {
    await expect(run('The toll was <Stated claim="wounded-monitor" />.\n')).rejects.toThrow(
      'content/chapters/only.mdx:1:14: <Stated claim="wounded-monitor"> would print the source\'s words "A local monitor said at least three people were hurt" inside your sentence, but they read as a sentence of their own. Write form="figure" to print "at least 3 people", or form="words" if the capital belongs to a name',
    );
  });

  it('passes the same claim as a figure, and words that read as a phrase', async () => {
    await expect(run('The toll was <Stated claim="wounded-monitor" form="figure" />.\n')).resolves.toBeUndefined();
    await expect(run('The toll was <Stated claim="wounded-officials" />.\n')).resolves.toBeUndefined();
  });

  it('fails on a form it does not know', async () => {
    await expect(run('The toll was <Stated claim="wounded-officials" form="number" />.\n')).rejects.toThrow(
      'content/chapters/only.mdx:1:14: <Stated form="number">: form must be "words" or "figure"',
    );
  });
});

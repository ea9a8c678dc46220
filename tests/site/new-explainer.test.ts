import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExplainer } from '../support/build.ts';
import { tempDir } from '../support/temp.ts';

/** Three short reports on another subject, as an author would bring them: the headline first, one paragraph a line. */
const DOCUMENTS: Record<string, string> = {
  'harbour.txt':
    'Storm floods the old harbour\nBy Ana Ruiz\nHeavy rain flooded the old harbour on Tuesday night, the port authority said.\nWater reached the market stalls before dawn, and traders moved their goods to higher ground.\n',
  'council.txt':
    'Council to meet on flood defences {update} *2*\nThe city council will meet on Friday to discuss new flood barriers for the harbour.\nA spokesperson said the plans would be published next week.\n',
  'traders.txt':
    'Traders count the cost of the flood\nMarket traders said the water ruined stock worth thousands of euros.\nSeveral stalls will stay closed until the weekend, their owners said.\n',
};

describe('an explainer started with npm run new', () => {
  it('builds at once: the starter chapter with a citation of each document, their pages and the PDF', () => {
    const documents = tempDir('explainer-documents-');
    for (const [name, text] of Object.entries(DOCUMENTS)) writeFileSync(join(documents, name), text);
    const root = join(tempDir('explainer-new-'), 'harbour-flood');
    const started = spawnSync(
      process.execPath,
      ['src/cli/new.ts', root, ...Object.keys(DOCUMENTS).map((name) => join(documents, name))],
      { encoding: 'utf8' },
    );
    expect(started.status, `${started.stdout}${started.stderr}`).toBe(0);

    const dist = tempDir('explainer-dist-');
    const { status, output } = buildExplainer(root, dist);
    expect(status, output).toBe(0);

    const chapter = readFileSync(join(dist, 'chapters/introduction/index.html'), 'utf8');
    const source = readFileSync(join(root, 'content/chapters/introduction.mdx'), 'utf8');
    const cited = [...source.matchAll(/<Cite seed="(\d{3})" quote="([^"]+)" \/>/g)].map(([, id, quote]) => ({
      id: id!,
      quote: quote!,
    }));
    expect(cited.map((c) => c.id)).toEqual(['000', '001', '002']);
    for (const { id, quote } of cited) {
      // Each citation links to its document's page, which holds the cited passage.
      expect(chapter).toContain(`href="/sources/${id}/`);
      expect(readFileSync(join(dist, `sources/${id}/index.html`), 'utf8')).toContain(quote);
    }
    expect(chapter.match(/class="cite-link/g)?.length).toBe(cited.length);
    // A headline's braces and asterisks are its own words, not MDX.
    expect(chapter).toContain('<em>Council to meet on flood defences {update} *2*</em>');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('Harbour flood');
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(readdirSync(dist).filter((f) => f.endsWith('.pdf'))).toHaveLength(1);
  }, 180_000);
});

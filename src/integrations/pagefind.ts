import { readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { getDataset } from '../lib/dataset.ts';
import { searchRecords, spellingGroups } from '../lib/search/records.ts';
import { SPELLINGS_FILE } from '../lib/search/query.ts';

/**
 * Builds the search index as the last step of `astro build`, so no build can ship without
 * search: the pages marked `data-pagefind-body`, plus one record per event, person, group,
 * place and source passage, and the spellings of every name (so a search under one spelling finds
 * the others). Any indexing error fails the build.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'explainer:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const fail = (step: string, errors: readonly string[]): never => {
          throw new Error(`Search index: ${step} failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
        };
        try {
          const { index, errors } = await pagefind.createIndex({
            // Citation marks and figure numbers are not words anyone searches for; a chart's text is
            // repeated in the table beside it.
            excludeSelectors: ['.cite', '.heading-link', '.figure-label', '.figure-body svg', '.figure-tip'],
          });
          if (!index || errors.length) return fail('creating the index', errors);
          const pages = await index.addDirectory({ path: out });
          if (pages.errors.length) fail('indexing pages', pages.errors);
          const data = getDataset();
          const records = searchRecords(data);
          for (const record of records) {
            const added = await index.addHTMLFile(record);
            if (added.errors.length) fail(`indexing ${record.url}`, added.errors);
          }
          const written = await index.writeFiles({ outputPath: `${out}pagefind` });
          if (written.errors.length) fail('writing the index', written.errors);
          await writeFile(`${out}pagefind/${SPELLINGS_FILE}`, JSON.stringify(spellingGroups(data)));
          // Pagefind also writes its ready-made UIs; this site has its own, so they would only be dead weight.
          for (const file of await readdir(`${out}pagefind`)) {
            if (/^pagefind-(component-ui|modular-ui|ui)\./.test(file)) await rm(`${out}pagefind/${file}`);
          }
          logger.info(`search index: ${pages.page_count} pages and ${records.length} records`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

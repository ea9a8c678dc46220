import { readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { getDataset } from '../lib/dataset.ts';
import { searchRecords, spellingGroups } from '../lib/search/records.ts';
import { SPELLINGS_FILE } from '../lib/search/query.ts';

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Stops with every error Pagefind reported for a step. */
function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Search index: ${step} failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
}

/**
 * A search index of the site's pages, as `addPages` adds them, plus one record per event,
 * person, group, place and source passage; and the spellings of every name, written beside it
 * (so a search under one spelling finds the others). Returns the index (to write or read), the
 * spellings file's contents and how many pages and records it holds.
 */
export async function searchIndex(
  addPages: (index: Index) => Promise<number>,
): Promise<{ index: Index; spellings: string; pages: number; records: number }> {
  const { index, errors } = await pagefind.createIndex({
    // Citation marks and figure numbers are not words anyone searches for. A figure is found by
    // its title and reading; its chart and its text alternative repeat the chapter's places and
    // the sources' passages, which a search should find at their records and source pages.
    excludeSelectors: [
      '.cite',
      '.heading-link',
      '.figure-label',
      '.figure-body svg',
      '.figure-body table',
      '.figure-tip',
      '.figure-alt',
    ],
  });
  if (!index || errors.length) return fail('creating the index', errors);
  const pages = await addPages(index);
  const data = getDataset();
  const records = searchRecords(data);
  for (const record of records) {
    const added = await index.addHTMLFile(record);
    if (added.errors.length) fail(`indexing ${record.url}`, added.errors);
  }
  return { index, spellings: JSON.stringify(spellingGroups(data)), pages, records: records.length };
}

/** Whether a file Pagefind writes is one of its ready-made UIs: this site has its own, so they would only be dead weight. */
export function pagefindUi(file: string): boolean {
  return /^pagefind-(component-ui|modular-ui|ui)\./.test(file);
}

/**
 * Builds the search index as the last step of `astro build`, so no build can ship without
 * search: the pages marked `data-pagefind-body`, and the records and spellings above. Any
 * indexing error fails the build.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'explainer:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        try {
          const { index, spellings, pages, records } = await searchIndex(async (index) => {
            const added = await index.addDirectory({ path: out });
            if (added.errors.length) fail('indexing pages', added.errors);
            return added.page_count;
          });
          const written = await index.writeFiles({ outputPath: `${out}pagefind` });
          if (written.errors.length) fail('writing the index', written.errors);
          await writeFile(`${out}pagefind/${SPELLINGS_FILE}`, spellings);
          for (const file of await readdir(`${out}pagefind`)) {
            if (pagefindUi(file)) await rm(`${out}pagefind/${file}`);
          }
          logger.info(`search index: ${pages} pages and ${records} records`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

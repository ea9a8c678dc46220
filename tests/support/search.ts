import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Pagefind } from '../../src/lib/search/results.ts';
import { runSearch, type Hit } from '../../src/lib/search/results.ts';
import { EXCERPT_LENGTH, RANKING } from '../../src/lib/search/options.ts';
import { SPELLINGS_FILE } from '../../src/lib/search/query.ts';
import { DIST, requireDist } from './site.ts';

export interface Index {
  pagefind: Pagefind;
  /** The spellings the build wrote beside the index, as the site loads them. */
  groups: string[][];
}

/**
 * The built search index, queried from Node as a browser would, without a browser: Pagefind's
 * own script, with `fetch` reading its files from dist/ (or another built site's folder), and the
 * site's options.
 */
export async function loadIndex(dist: string = DIST): Promise<Index> {
  if (dist === DIST) requireDist();
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return realFetch(input);
    const bytes = await readFile(new URL(url));
    return new Response(bytes);
  };
  const pagefind = (await import(pathToFileURL(join(dist, 'pagefind/pagefind.js')).href)) as Pagefind;
  await pagefind.options({
    basePath: pathToFileURL(join(dist, 'pagefind/')).href,
    baseUrl: '/',
    excerptLength: EXCERPT_LENGTH,
    ranking: RANKING,
  });
  await pagefind.init();
  await pagefind.filters();
  const groups = JSON.parse(await readFile(join(dist, 'pagefind', SPELLINGS_FILE), 'utf8')) as string[][];
  return { pagefind, groups };
}

/** A query's first results as readers see them. */
export async function top(index: Index, term: string, n = 3, filters?: Record<string, string>): Promise<Hit[]> {
  const outcome = await runSearch(index.pagefind, term, index.groups, { filters, limit: n });
  return outcome?.hits ?? [];
}

/** A hit's address without the words to mark: `/chapters/x/#section-2`. */
export function target(hit: Pick<Hit, 'url'>): string {
  return hit.url.replace(/\?highlight=[^#]*/, '');
}

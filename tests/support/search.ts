import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Pagefind } from '../../src/scripts/pagefind.ts';
import { DIST, requireDist } from './site.ts';

/**
 * The built search index, queried from Node as a browser would, without a browser: Pagefind's
 * own script, with `fetch` reading its files from dist/ (or another built site's folder).
 */
export async function loadIndex(dist: string = DIST): Promise<Pagefind> {
  if (dist === DIST) requireDist();
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return realFetch(input);
    const bytes = await readFile(new URL(url));
    return new Response(bytes);
  };
  const pagefind = (await import(pathToFileURL(join(dist, 'pagefind/pagefind.js')).href)) as Pagefind;
  await pagefind.options({ basePath: pathToFileURL(join(dist, 'pagefind/')).href, baseUrl: '/' });
  await pagefind.init();
  await pagefind.filters();
  return pagefind;
}

/** The URLs and titles of a query's top results. */
export async function top(
  pagefind: Pagefind,
  term: string,
  n = 3,
  filters?: Record<string, string>,
): Promise<Array<{ url: string; title: string }>> {
  const search = await pagefind.search(term, filters ? { filters } : undefined);
  const data = await Promise.all((search?.results ?? []).slice(0, n).map((r) => r.data()));
  return data.map((d) => ({ url: d.url, title: d.meta.title ?? '' }));
}

import type { Pagefind } from '../lib/search/results.ts';
import { EXCERPT_LENGTH, RANKING } from '../lib/search/options.ts';
import { SPELLINGS_FILE } from '../lib/search/query.ts';
import { HREF } from '../lib/urls.ts';

export type { Pagefind, PagefindResultData, PagefindSearch } from '../lib/search/results.ts';

let loading: Promise<{ pagefind: Pagefind; groups: string[][] }> | undefined;

/**
 * Loads Pagefind's index script from the built site, and the spellings of every name. The
 * address is made at run time so the bundler leaves the import alone: the file exists only
 * after `astro build`. Pagefind puts the folder above its bundle before every result's path, so
 * under a base the results carry it too.
 */
export function loadPagefind(): Promise<{ pagefind: Pagefind; groups: string[][] }> {
  loading ??= (async () => {
    const base = new URL(HREF.searchBundle, location.origin).href;
    const [pagefind, groups] = await Promise.all([
      import(/* @vite-ignore */ `${base}pagefind.js`) as Promise<Pagefind>,
      fetch(`${base}${SPELLINGS_FILE}`).then((r) => (r.ok ? (r.json() as Promise<string[][]>) : [])),
    ]);
    await pagefind.options({ excerptLength: EXCERPT_LENGTH, ranking: RANKING });
    await pagefind.init();
    // Loads the filter data, without which searches report no counts per filter.
    await pagefind.filters();
    return { pagefind, groups };
  })();
  return loading;
}

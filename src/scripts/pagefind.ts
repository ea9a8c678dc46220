/** The parts of Pagefind's browser API this site uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: Array<{ title: string; url: string; excerpt: string }>;
}
export interface PagefindSearch {
  results: Array<{ id: string; data: () => Promise<PagefindResultData> }>;
  /** Counts per filter value with the chosen filters applied. */
  filters: Record<string, Record<string, number>>;
  /** Counts per filter value for the search term alone. */
  totalFilters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, o?: { filters?: Record<string, string> }) => Promise<PagefindSearch | null>;
  debouncedSearch: (term: string, o?: { filters?: Record<string, string> }, ms?: number) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind's index script from the built site. The address is made at run time so the
 * bundler leaves the import alone: the file exists only after `astro build`.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', location.origin).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ highlightParam: 'highlight', excerptLength: 26 });
    await pagefind.init();
    // Loads the filter data, without which searches report no counts per filter.
    await pagefind.filters();
    return pagefind;
  })();
  return loading;
}

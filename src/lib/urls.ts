/**
 * Every address of the site and every anchor id a link points at, in one place, so that a link
 * and its target cannot drift apart and every link knows where the site is published.
 *
 * Three forms: an anchor id (`place-basra`); a path within the site (`/people-and-places/#place-basra`),
 * what the search index and the sitemap list, independent of where the site is published; and an
 * href, the path under the site's `base` (`/explainers/border/people-and-places/#place-basra`),
 * what pages and scripts link to. Importable anywhere: it holds no Node or browser code.
 */

/** A base path as Astro's `base` takes it: starts and ends with `/`, no scheme or host. */
export const BASE_PATTERN = /^\/(?:[^/\s:?#]+\/)*$/;

/** The base written as it must be for joining: `/`, or `/explainers/border/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The base the pages and browser scripts are built under: Astro hands its `base` to them as
 * `import.meta.env.BASE_URL`, written out in full so the bundler replaces it with the value.
 * Code that runs outside the bundler (the integrations, the CLI, plain Node) has no
 * `import.meta.env` and passes the base it was given (`config.base`) instead.
 */
function builtBase(): string {
  try {
    return normaliseBase(import.meta.env.BASE_URL);
  } catch {
    return '/';
  }
}

export const BUILD_BASE: string = builtBase();

/**
 * Stops the build when the pages are being built under another base than the explainer's:
 * Astro lets a `BASE_URL` in the environment (test runners set one) override its own, and every
 * link would then miss the site.
 */
export function checkBuildBase(base: string): void {
  if (normaliseBase(base) !== BUILD_BASE)
    throw new Error(
      `content/explainer.yaml › field "base": the site is set to "${base}" but its pages were built under "${BUILD_BASE}"; unset BASE_URL in the environment, which overrides it`,
    );
}

/** Anchor ids: the targets that the hrefs below point at. */
export const anchorIds = {
  place: (id: string): string => `place-${id}`,
  actor: (id: string): string => `actor-${id}`,
  event: (id: string): string => `event-${id}`,
  anomaly: (id: string): string => `anomaly-${id}`,
  external: (id: string): string => `ext-${id}`,
  /** A cited passage on its source page: stable as long as the seed's bytes are (they are hashed). */
  passage: (p: { start: number; end: number }): string => `c-${p.start}-${p.end}`,
  /**
   * A chapter's citations and notes. They carry the chapter's slug so that the print edition,
   * which puts every chapter on one page, has no two elements with one id.
   */
  cite: (chapter: string, n: number | string) => ({
    ref: `ref-${chapter}-${n}`,
    tip: `tip-${chapter}-${n}`,
    note: `note-${chapter}-${n}`,
  }),
  /** The heading of a chapter's notes. */
  notes: (chapter: string): string => `notes-${chapter}`,
  /** An event's first dated mention in a chapter. */
  when: (chapter: string, event: string): string => `when-${chapter}-${event}`,
} as const;

const hash = (anchor: string | undefined): string => (anchor ? `#${anchor}` : '');

/** The file name of the print edition's PDF, after the explainer: "Floods in the valley" → `floods-in-the-valley.pdf`. */
function pdfFile(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'explainer'}.pdf`;
}

/** Paths within the site, from its root whatever the base: `/chronology/#event-x`. */
export const paths = {
  home: '/',
  chronology: '/chronology/',
  peopleAndPlaces: '/people-and-places/',
  sources: '/sources/',
  search: '/search/',
  print: '/print/',
  printStyles: '/print.css',
  sitemap: '/sitemap.xml',
  /** The script that sets the theme before the page is drawn (public/theme.js). */
  themeScript: '/theme.js',
  /** The search index's folder (Pagefind's bundle). */
  searchBundle: '/pagefind/',
  /** The build's stylesheets, scripts and fonts, each named after its content (Astro's `build.assets`). */
  assets: '/_astro/',
  chapter: (slug: string): string => `/chapters/${slug}/`,
  source: (seed: string, anchor?: string): string => `/sources/${seed}/${hash(anchor)}`,
  event: (id: string): string => `/chronology/#${anchorIds.event(id)}`,
  place: (id: string): string => `/people-and-places/#${anchorIds.place(id)}`,
  actor: (id: string): string => `/people-and-places/#${anchorIds.actor(id)}`,
  anomaly: (id: string): string => `/sources/#${anchorIds.anomaly(id)}`,
  pdf: (title: string): string => `/${pdfFile(title)}`,
} as const;

/** A path within the site as a link: under the base (`/` by default, as the pages are built). */
export function href(path: string, base: string = BUILD_BASE): string {
  if (!path.startsWith('/')) throw new Error(`not a path within the site: "${path}"`);
  return normaliseBase(base) + path.slice(1);
}

/** The path within the site of an href under the base, or undefined for one outside it (another site, an anchor). */
export function pathOf(link: string, base: string = BUILD_BASE): string | undefined {
  const b = normaliseBase(base);
  if (link === b.slice(0, -1)) return '/';
  return link.startsWith(b) ? `/${link.slice(b.length)}` : undefined;
}

/** The public address of a path within the site, or none when the explainer sets no `site`. */
export function publicUrl(path: string, site: string | undefined, base: string = BUILD_BASE): string | undefined {
  return site ? new URL(href(path, base), site).href : undefined;
}

export function chapterHref(slug: string): string {
  return href(paths.chapter(slug));
}

export function sourceHref(seed: string, anchor?: string): string {
  return href(paths.source(seed, anchor));
}

export const eventHref = (id: string): string => href(paths.event(id));
export const placeHref = (id: string): string => href(paths.place(id));
export const actorHref = (id: string): string => href(paths.actor(id));
export const anomalyHref = (id: string): string => href(paths.anomaly(id));

/** The print edition's PDF, named after the explainer. */
export function pdfHref(title: string): string {
  return href(paths.pdf(title));
}

/** Links to the site's own pages, under the base. */
export const HREF = {
  home: href(paths.home),
  chronology: href(paths.chronology),
  peopleAndPlaces: href(paths.peopleAndPlaces),
  sources: href(paths.sources),
  search: href(paths.search),
  print: href(paths.print),
  printStyles: href(paths.printStyles),
  sitemap: href(paths.sitemap),
  themeScript: href(paths.themeScript),
  searchBundle: href(paths.searchBundle),
} as const;

/** The print edition. */
export const PRINT_HREF = HREF.print;

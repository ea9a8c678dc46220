/** Addresses of the site's pages, in one place (importable anywhere, including the Astro config). */
export function chapterHref(slug: string): string {
  return `/chapters/${slug}/`;
}

export function sourceHref(seed: string, anchor?: string): string {
  return `/sources/${seed}/${anchor ? `#${anchor}` : ''}`;
}

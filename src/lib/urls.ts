/** Addresses of the site's pages, in one place (importable anywhere, including the Astro config). */
export function chapterHref(slug: string): string {
  return `/chapters/${slug}/`;
}

export function sourceHref(seed: string, anchor?: string): string {
  return `/sources/${seed}/${anchor ? `#${anchor}` : ''}`;
}

/** The print edition's PDF, named after the explainer: "Strikes on the border" → `/strikes-on-the-border.pdf`. */
export function pdfHref(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `/${slug || 'explainer'}.pdf`;
}

/** The print edition. */
export const PRINT_HREF = '/print/';

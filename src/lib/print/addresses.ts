/**
 * How a page of the site is written on paper. With the site's public address known (it is
 * printed once, on the cover), an ellipsis stands for it: "…/sources/003/#p12". Without one
 * the path alone is all there is to give: "/sources/003/#p12".
 */
export function printedAddress(href: string, site: string | undefined): string {
  if (!href.startsWith('/')) return href;
  return site ? `…${href}` : href;
}

/** The public address of a page of the site, or none when the explainer sets no `site`. */
export function publicUrl(href: string, site: string | undefined): string | undefined {
  return site ? new URL(href, site).href : undefined;
}

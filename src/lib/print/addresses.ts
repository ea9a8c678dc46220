import { BUILD_BASE, pathOf } from '../urls.ts';

/**
 * How a link to a page of the site is written on paper. With the site's public address known
 * (it is printed once, on the cover, base included), an ellipsis stands for it:
 * "…/sources/003/#p12". Without one the path alone is all there is to give, base included, as
 * that is where the page is: "/sources/003/#p12".
 */
export function printedAddress(href: string, site: string | undefined, base: string = BUILD_BASE): string {
  if (!href.startsWith('/')) return href;
  if (!site) return href;
  return `…${pathOf(href, base) ?? href}`;
}

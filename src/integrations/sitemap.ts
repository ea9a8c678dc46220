import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { publicUrl } from '../lib/urls.ts';

/**
 * Writes dist/sitemap.xml from the pages the build actually produced (all but the 404 page).
 * A sitemap must list absolute addresses, so without a `site` none is written; the build says
 * so once, as that also leaves the pages without canonical links and the PDF without addresses.
 * Each entry is the page's path under the site's `base`.
 */
export default function sitemap(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name: 'explainer:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        if (!site) {
          logger.warn(
            'no `site` in content/explainer.yaml: no sitemap, canonical links or og:url, and the PDF prints paths without an address',
          );
          return;
        }
        const urls = pages
          .map((p) => `/${p.pathname}`)
          .filter((p) => !p.startsWith('/404'))
          .sort()
          .map((p) => `  <url><loc>${publicUrl(p, site, base)}</loc></url>`);
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
        writeFileSync(new URL('sitemap.xml', dir), xml);
        logger.info(`sitemap.xml: ${urls.length} pages`);
      },
    },
  };
}

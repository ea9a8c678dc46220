import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/** Writes dist/sitemap.xml from the pages the build actually produced (all but the 404 page). */
export default function sitemap(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'explainer:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        if (!site) throw new Error('sitemap: set `site` in content/explainer.yaml');
        const urls = pages
          .map((p) => `/${p.pathname}`)
          .filter((p) => !p.startsWith('/404'))
          .sort()
          .map((p) => `  <url><loc>${new URL(p, site).href}</loc></url>`);
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
        writeFileSync(new URL('sitemap.xml', dir), xml);
        logger.info(`sitemap.xml: ${urls.length} pages`);
      },
    },
  };
}

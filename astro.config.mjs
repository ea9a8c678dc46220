// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { readExplainerSite } from './src/lib/explainer-site.ts';
import { explainerRoot } from './src/lib/explainer-root.ts';
import dataReport from './src/integrations/data-report.ts';
import sitemap from './src/integrations/sitemap.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import pdf from './src/integrations/pdf.ts';
import fontSubsets from './src/integrations/fonts.ts';
import securityHeaders from './src/integrations/headers.ts';
import devReload from './src/integrations/dev-reload.ts';
import { remarkCitations } from './src/lib/mdx/remark-citations.ts';
import { remarkKnownComponents } from './src/lib/mdx/remark-known-components.ts';
import { remarkReadingTime } from './src/lib/mdx/remark-reading-time.ts';
import { remarkFigures } from './src/lib/mdx/remark-figures.ts';
import { remarkLinkSchemes } from './src/lib/mdx/remark-link-schemes.ts';
import { rehypeHeadingLinks } from './src/lib/mdx/rehype-heading-links.ts';
import { rehypeSearchAnchors } from './src/lib/search/rehype-search-anchors.ts';

export default defineConfig({
  // The canonical origin comes from the explainer (content/explainer.yaml), not the engine.
  site: readExplainerSite(explainerRoot()),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  integrations: [
    mdx(),
    dataReport(),
    sitemap(),
    securityHeaders(),
    pagefindIndex(),
    fontSubsets(),
    pdf(),
    devReload(explainerRoot()),
  ],
  vite: {
    build: {
      // Scripts and styles go to files, never inline, so the Content-Security-Policy needs no 'unsafe-inline'.
      assetsInlineLimit: 0,
      rollupOptions: {
        // MDX chapters carry Astro's "use astro:head-inject" directive, which the bundler
        // reports as a module-level directive it may drop. Astro handles it; the warning is noise.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    // The unified processor runs remark plugins; Astro 7's default (Sätteri) would ignore them.
    processor: unified({
      remarkPlugins: [remarkGfm, remarkKnownComponents, remarkLinkSchemes, remarkCitations, remarkFigures, remarkReadingTime],
      rehypePlugins: [rehypeSearchAnchors, rehypeHeadingLinks],
    }),
  },
});

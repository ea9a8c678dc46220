import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import remarkGfm from 'remark-gfm';
import type { Plugin } from 'vite';
import dataReport from './integrations/data-report.ts';
import devReload from './integrations/dev-reload.ts';
import devSearch from './integrations/dev-search.ts';
import securityHeaders from './integrations/headers.ts';
import pagefindIndex from './integrations/pagefind.ts';
import pdf from './integrations/pdf.ts';
import fontSubsets from './integrations/fonts.ts';
import joinedStylesheets from './integrations/stylesheets.ts';
import sitemap from './integrations/sitemap.ts';
import { explainerRoot } from './lib/explainer-root.ts';
import { readExplainerSite } from './lib/explainer-site.ts';
import { frontFigureComponents } from './lib/mdx/figure-components.ts';
import { rehypeHeadingLinks } from './lib/mdx/rehype-heading-links.ts';
import { remarkCitations } from './lib/mdx/remark-citations.ts';
import { remarkFigures } from './lib/mdx/remark-figures.ts';
import { remarkKnownComponents } from './lib/mdx/remark-known-components.ts';
import { remarkLinkSchemes } from './lib/mdx/remark-link-schemes.ts';
import { remarkReadingTime } from './lib/mdx/remark-reading-time.ts';
import { rehypeSearchAnchors } from './lib/search/rehype-search-anchors.ts';

/** The engine's own name as a package, as another project's `astro.config.mjs` imports it. */
const PACKAGE = 'explainer-engine';
const engineSrc = new URL('./', import.meta.url);
const enginePages = new URL('./pages/', engineSrc);
const enginePublic = new URL('../public/', engineSrc);

interface BundlerWarning {
  code?: string;
}

/**
 * MDX chapters carry Astro's "use astro:head-inject" directive, which the bundler reports as a
 * module-level directive it may drop. Astro handles it; the warning is noise. (Vite's types leave
 * `onwarn` out of these options, though it still calls it.)
 */
const quietDirectives = {
  onwarn(warning: BundlerWarning, warn: (warning: BundlerWarning) => void): void {
    if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
    warn(warning);
  },
};

export interface ExplainerOptions {
  /** The folder holding the explainer's `content/` and `seeds/`; EXPLAINER_ROOT or the project folder by default. */
  root?: string;
}

/** Every file under a folder, as paths relative to it, in a stable order. */
function filesUnder(dir: URL): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(fileURLToPath(dir).length))
    .sort();
}

/**
 * The engine's pages as routes, named as Astro names a file in `src/pages/`: `index` is the
 * folder itself, `[slug]` a parameter, and an endpoint such as `print.css.ts` keeps its own
 * extension (`/print.css`).
 */
export function engineRoutes(files: readonly string[]): { pattern: string; file: string }[] {
  return files
    .filter((file) => /\.(astro|ts)$/.test(file))
    .map((file) => {
      const path = file.replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '');
      return { pattern: `/${path}`, file };
    });
}

/**
 * Serves the engine's `public/` files (the theme script) in another project's dev server,
 * unless that project has a file of the same name. The build copies them (see below).
 */
function servePublic(publicDir: URL): Plugin {
  const files = new Set(filesUnder(enginePublic));
  return {
    name: 'explainer:public',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\//, ''));
        if (!files.has(path) || existsSync(new URL(path, publicDir))) {
          next();
          return;
        }
        res.setHeader('Content-Type', path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream');
        res.end(readFileSync(new URL(path, enginePublic)));
      });
    },
  };
}

/**
 * The explainer engine as an Astro integration: the pages, the Markdown and MDX plugins that
 * check every citation while a chapter compiles, the search index, the sitemap, the security
 * headers, the data report, the PDF of the print edition and the dev server's reloading, with
 * the settings the pages rely on (addresses ending in a slash, scripts and styles in files so
 * the security policy needs no inline code).
 *
 *   // astro.config.mjs
 *   import { defineConfig } from 'astro/config';
 *   import explainer from 'explainer-engine';
 *   export default defineConfig({ integrations: [explainer({ root: './my-explainer' })] });
 *
 * The project also needs `src/content.config.ts` holding
 * `export { collections } from 'explainer-engine/content';`, as Astro reads collections only
 * from there.
 */
export default function explainer(options: ExplainerOptions = {}): AstroIntegration {
  const root = resolve(options.root ?? explainerRoot());
  return {
    name: 'explainer',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, injectRoute }) => {
        // Pages, collections and build steps all read the explainer through explainerRoot().
        process.env.EXPLAINER_ROOT = root;
        // The engine's own project finds the pages in its src/pages/; any other project gets them injected.
        const ownProject = config.srcDir.href === engineSrc.href;
        if (!ownProject) {
          const contentConfig = ['ts', 'mts', 'js', 'mjs'].some((ext) =>
            existsSync(new URL(`content.config.${ext}`, config.srcDir)),
          );
          if (!contentConfig) {
            throw new Error(
              `${fileURLToPath(new URL('content.config.ts', config.srcDir))} is missing: the explainer's chapters and records are collections, and Astro reads collections only from there; write in it: export { collections } from '${PACKAGE}/content';`,
            );
          }
          for (const { pattern, file } of engineRoutes(filesUnder(enginePages))) {
            injectRoute({ pattern, entrypoint: new URL(file, enginePages) });
          }
        }
        const hasMdx = config.integrations.some((i) => i.name === '@astrojs/mdx');
        const { site, base } = readExplainerSite(root);
        updateConfig({
          // The canonical origin and the path under it come from the explainer (content/explainer.yaml), not the engine.
          site,
          base,
          trailingSlash: 'always',
          build: { format: 'directory', inlineStylesheets: 'never' },
          devToolbar: { enabled: false },
          integrations: [
            ...(hasMdx ? [] : [mdx()]),
            // Before the PDF step, whose browser loads the theme script.
            ...(ownProject ? [] : [copyPublic()]),
            dataReport(),
            sitemap(),
            securityHeaders(),
            pagefindIndex(),
            // Before the PDF step, which embeds the fonts as this step cuts them.
            fontSubsets(),
            // After the fonts, whose new names the joined stylesheets carry; before the PDF step.
            joinedStylesheets(),
            pdf(),
            devReload(root),
            devSearch(root),
          ],
          markdown: {
            // The unified processor runs remark plugins; Astro 7's default (Sätteri) would ignore them.
            processor: unified({
              remarkPlugins: [
                remarkGfm,
                remarkKnownComponents,
                remarkLinkSchemes,
                remarkCitations,
                remarkFigures,
                remarkReadingTime,
              ],
              rehypePlugins: [rehypeSearchAnchors, rehypeHeadingLinks],
            }),
          },
          vite: {
            plugins: [frontFigureComponents(root), ...(ownProject ? [] : [servePublic(config.publicDir)])],
            // Installed from a registry, the engine is TypeScript and .astro files under node_modules:
            // Vite must compile them rather than hand them to Node.
            ssr: { noExternal: ownProject ? [] : [PACKAGE] },
            build: {
              // Scripts and styles go to files, never inline, so the Content-Security-Policy needs no 'unsafe-inline'.
              assetsInlineLimit: 0,
              rollupOptions: quietDirectives,
            },
          },
        });
      },
    },
  };
}

/** Copies the engine's `public/` files into another project's build, under any of its own. */
function copyPublic(): AstroIntegration {
  return {
    name: 'explainer:public',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of filesUnder(enginePublic)) {
          const to = new URL(file, dir);
          if (existsSync(to)) continue;
          mkdirSync(dirname(fileURLToPath(to)), { recursive: true });
          copyFileSync(new URL(file, enginePublic), to);
        }
      },
    },
  };
}

export { explainer };

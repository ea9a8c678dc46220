import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import * as pagefind from 'pagefind';
import { SPELLINGS_FILE } from '../lib/search/query.ts';
import { href, pathOf, paths } from '../lib/urls.ts';
import { pagefindUi, searchIndex } from './pagefind.ts';
import { onChaptersSettled } from './dev-chapters.ts';

/** At most this many pages are read into the dev server's index, so a runaway link pattern cannot crawl forever. */
const MAX_PAGES = 2_000;

/**
 * The paths within the site (`/chapters/x/`) of the pages a page links to, read from its links
 * under the base (`/explainers/border/chapters/x/`), without fragment or query; links outside the
 * base lead off the site.
 */
function links(html: string, base: string): string[] {
  return [...html.matchAll(/href="(\/[^"#?]*)/g)].flatMap((m) => {
    const path = pathOf(m[1]!, base);
    return path?.endsWith('/') ? [path] : [];
  });
}

const TYPES: Record<string, string> = { js: 'text/javascript', json: 'application/json', css: 'text/css' };

/**
 * Search in `npm run dev`: the dev server writes no site for Pagefind to read, so once it
 * listens, its own pages are read from it (every page the home page leads to, under the site's
 * `base`) and indexed in memory with the records, as the build does, each under its path within
 * the site as the build lists it; the index is served at /pagefind/ under the base and made again
 * when a chapter, data file, seed or `explainer.yaml` changes. Until the first index is ready,
 * and while a problem in the data stops it, search says it is not available.
 */
export default function devSearch(root: string): AstroIntegration {
  const watched = [join(root, 'content'), join(root, 'seeds')];
  const chapters = join(root, 'content', 'chapters');
  // Chapters are read once their pages show the change (onChaptersSettled), the rest after a pause.
  const isWatched = (file: string): boolean => !file.startsWith(`${chapters}/`) && watched.some((w) => file.startsWith(`${w}/`));
  return {
    name: 'explainer:dev-search',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'dev') return;
        // The site's base, as the explainer's integration has just set it.
        const base = config.base;
        let files = new Map<string, Uint8Array>();
        let running: Promise<void> | undefined;
        let again = false;

        const crawl = async (origin: string, index: Parameters<Parameters<typeof searchIndex>[0]>[0]): Promise<number> => {
          const seen = new Set(['/']);
          const queue = ['/'];
          let count = 0;
          while (queue.length && seen.size <= MAX_PAGES) {
            const path = queue.shift()!;
            const response = await fetch(`${origin}${href(path, base)}`);
            if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) continue;
            const html = await response.text();
            const added = await index.addHTMLFile({ url: path, content: html });
            if (added.errors.length) throw new Error(`${path}: ${added.errors.join('; ')}`);
            count++;
            for (const link of links(html, base)) {
              if (seen.has(link)) continue;
              seen.add(link);
              queue.push(link);
            }
          }
          return count;
        };

        const rebuild = (origin: string): void => {
          if (running) {
            again = true;
            return;
          }
          running = (async () => {
            try {
              const { index, spellings, pages, records } = await searchIndex((index) => crawl(origin, index));
              const got = await index.getFiles();
              if (got.errors.length) throw new Error(got.errors.join('; '));
              await index.deleteIndex();
              files = new Map(got.files.filter((f) => !pagefindUi(f.path)).map((f) => [f.path, f.content]));
              files.set(SPELLINGS_FILE, new TextEncoder().encode(spellings));
              logger.info(`search index: ${pages} pages and ${records} records`);
            } catch (error) {
              logger.warn(`search index not made: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
            } finally {
              running = undefined;
              if (again) {
                again = false;
                rebuild(origin);
              }
            }
          })();
        };

        updateConfig({
          vite: {
            plugins: [
              {
                name: 'explainer:dev-search',
                configureServer(server: ViteDevServer) {
                  let origin = '';
                  let timer: NodeJS.Timeout | undefined;
                  // The request reaches this handler with the base already taken off its address.
                  server.middlewares.use(paths.searchBundle.replace(/\/$/, ''), (req, res, next) => {
                    const path = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\//, ''));
                    const file = files.get(path);
                    if (!file) {
                      next();
                      return;
                    }
                    res.setHeader('Content-Type', TYPES[path.split('.').pop()!] ?? 'application/octet-stream');
                    res.setHeader('Cache-Control', 'no-store');
                    res.end(file);
                  });
                  server.httpServer?.once('listening', () => {
                    const address = server.httpServer?.address();
                    if (!address || typeof address === 'string') return;
                    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
                    origin = `http://${host === '::' || host === '[::]' || host === '0.0.0.0' ? 'localhost' : host}:${address.port}`;
                    rebuild(origin);
                  });
                  const changed = (file: string): void => {
                    if (!origin || !isWatched(file)) return;
                    clearTimeout(timer);
                    // Let a burst of saves settle, and the pages see the new data first.
                    timer = setTimeout(() => {
                      rebuild(origin);
                    }, 500);
                  };
                  server.watcher.on('change', changed);
                  server.watcher.on('add', changed);
                  server.watcher.on('unlink', changed);
                  onChaptersSettled(server, () => {
                    if (origin) rebuild(origin);
                  });
                  server.httpServer?.once('close', () => {
                    clearTimeout(timer);
                    void pagefind.close();
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}

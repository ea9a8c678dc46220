import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { forgetDatasets, setChapterProblems } from '../lib/dataset.ts';
import { formatIssue } from '../lib/data/errors.ts';
import { frontmatterIssues } from '../lib/mdx/chapter-frontmatter.ts';
import { watchChapters } from './dev-chapters.ts';

/**
 * The dev server's view of the explainer's inputs that are not modules: the data files, the
 * seeds and `explainer.yaml` are read once and verified (see `getDataset`), so Vite cannot know a
 * page depends on them. When one changes, the verified dataset is dropped, every rendered module
 * is invalidated (chapters check their citations against the data while they compile) and the
 * browser reloads. A problem in the new data then shows in Astro's error overlay. Chapters are
 * Astro's own content, reloaded by it; {@link watchChapters} makes sure a new one is served, and
 * a problem in a chapter's front matter shows in the overlay too (see `setChapterProblems`).
 */
/** How long a chapter file must stay unchanged before its front matter is read. */
const CHECK_AFTER_MS = 150;

export default function devReload(root: string): AstroIntegration {
  const watched = [join(root, 'content', 'data'), join(root, 'seeds'), join(root, 'content', 'explainer.yaml')];
  const chapters = join(root, 'content', 'chapters');
  const isWatched = (file: string): boolean => watched.some((w) => file === w || file.startsWith(`${w}/`));
  return {
    name: 'explainer:dev-reload',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'dev') return;
        // Pages leave out the security policy only here (see Base.astro).
        process.env.EXPLAINER_DEV_SERVER = '1';
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'explainer:dev-reload',
                configureServer(server: ViteDevServer) {
                  // Where Astro's dev server keeps its content store (the project's .astro/).
                  const store = fileURLToPath(new URL('.astro/data-store.json', config.root));
                  watchChapters(server, store, (file) => file.startsWith(`${chapters}/`));
                  // A chapter's front matter, checked as Astro's loader checks it, so a problem
                  // shows in the browser with its line rather than as a missing or stale page.
                  // Read once the writes stop: a file is seen changing while it is half written
                  // (empty, even), and a front matter read then would stay wrong until the next save.
                  const pending = new Map<string, NodeJS.Timeout>();
                  const check = (file: string): void => {
                    pending.delete(file);
                    const issues = existsSync(file) ? frontmatterIssues(readFileSync(file, 'utf8'), relative(root, file)) : [];
                    if (!setChapterProblems(file, issues)) return;
                    for (const issue of issues) logger.error(formatIssue(issue));
                    server.environments.client.hot.send({ type: 'full-reload', path: '*' });
                  };
                  const checkChapter = (file: string): void => {
                    if (dirname(file) !== chapters || !file.endsWith('.mdx')) return;
                    clearTimeout(pending.get(file));
                    pending.set(file, setTimeout(check, CHECK_AFTER_MS, file));
                  };
                  if (existsSync(chapters))
                    for (const name of readdirSync(chapters)) if (name.endsWith('.mdx')) check(join(chapters, name));
                  server.httpServer?.once('close', () => {
                    for (const timer of pending.values()) clearTimeout(timer);
                  });
                  server.watcher.on('add', checkChapter);
                  server.watcher.on('change', checkChapter);
                  server.watcher.on('unlink', checkChapter);
                  server.watcher.add(watched);
                  const reload = (file: string): void => {
                    if (!isWatched(file)) return;
                    forgetDatasets();
                    // Chapters verify their citations while they compile, so they must compile again;
                    // pages and components read the dataset when they render and need nothing more.
                    for (const environment of Object.values(server.environments)) {
                      for (const mod of environment.moduleGraph.idToModuleMap.values()) {
                        if (mod.file?.startsWith(chapters)) environment.moduleGraph.invalidateModule(mod);
                      }
                    }
                    logger.info(`${file.slice(root.length + 1)} changed: reloading with the new data`);
                    server.environments.client.hot.send({ type: 'full-reload', path: '*' });
                  };
                  server.watcher.on('change', reload);
                  server.watcher.on('add', reload);
                  server.watcher.on('unlink', reload);
                },
              },
            ],
          },
        });
      },
    },
  };
}

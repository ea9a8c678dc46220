import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { forgetDatasets } from '../lib/dataset.ts';
import { watchChapters } from './dev-chapters.ts';

/**
 * The dev server's view of the explainer's inputs that are not modules: the data files, the
 * seeds and `explainer.yaml` are read once and verified (see `getDataset`), so Vite cannot know a
 * page depends on them. When one changes, the verified dataset is dropped, every rendered module
 * is invalidated (chapters check their citations against the data while they compile) and the
 * browser reloads. A problem in the new data then shows in Astro's error overlay. Chapters are
 * Astro's own content, reloaded by it; {@link watchChapters} makes sure a new one is served.
 */
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

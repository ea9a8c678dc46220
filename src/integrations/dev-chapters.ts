import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRunnableDevEnvironment, type ViteDevServer } from 'vite';
import type { EvaluatedModules } from 'vite/module-runner';

/** How long to wait for Astro to write its content store after a chapter changes (it waits 500 ms for more changes). */
const STORE_WAIT_MS = 5_000;
const POLL_MS = 50;

type Settled = () => void;
const listeners = new WeakMap<ViteDevServer, Set<Settled>>();

/** Runs `settled` each time the dev server's pages see a changed chapter (see {@link watchChapters}). */
export function onChaptersSettled(server: ViteDevServer, settled: Settled): void {
  const set = listeners.get(server) ?? new Set();
  set.add(settled);
  listeners.set(server, set);
}

/** One write of a file that is replaced whole (a new inode, or at least a new time or size), and when it was. */
function written(file: string): { version: string; at: number } | undefined {
  try {
    const s = statSync(file);
    return { version: `${s.ino}:${s.mtimeMs}:${s.size}`, at: s.mtimeMs };
  } catch {
    return undefined;
  }
}

/**
 * Whether the store Astro wrote is whole and names each of `files` that is on disk and none that
 * is gone: the file is seen changing as soon as a write begins, and a write is not always the one
 * that holds the last change (a chapter with front matter the schema refuses never enters it; the
 * wait then ends at {@link STORE_WAIT_MS}).
 */
function storeHolds(storeFile: string, files: ReadonlySet<string>): boolean {
  let text: string;
  try {
    text = readFileSync(storeFile, 'utf8');
    // Whole: a store read while it is being written is cut short.
    JSON.parse(text);
  } catch {
    return false;
  }
  return [...files].every((file) => text.includes(`/${basename(file)}"`) === existsSync(file));
}

/** Astro's module of the content store, as the server-side module runner names it. */
const STORE_MODULE = '\0astro:data-layer-content';

/**
 * Makes the server-side code read the content store again: Astro's content runtime keeps the
 * store it first read, so the store's module and every module that imports it, up to the pages,
 * are evaluated afresh on the next request.
 */
function forgetStore(modules: EvaluatedModules): void {
  const seen = new Set<string>();
  const queue = [STORE_MODULE];
  while (queue.length) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const mod = modules.getModuleById(id);
    if (!mod) continue;
    queue.push(...mod.importers);
    modules.invalidateModule(mod);
  }
}

/**
 * Makes a chapter added, renamed, edited or removed while `npm run dev` runs reach its page, and
 * tells the listeners of {@link onChaptersSettled} when it has.
 *
 * Astro keeps the chapters in a content store and writes it to `storeFile` 500 ms after the last
 * change. It then marks the store's module as stale, but its content runtime holds the store it
 * read first, and reads it again only when something else makes the runtime start afresh: now and
 * then, nothing did, and a new chapter answered 404, and no page listed it, until another chapter
 * changed (a data change just before, and the dev server's search index reading every page, made
 * this likely). So once the store is written, and every request begun before has finished (one
 * that read the old store would remember the old list of pages), the store's readers start
 * afresh, the list of pages is forgotten, and the browser reloads if it asked for a page meanwhile.
 */
export function watchChapters(server: ViteDevServer, storeFile: string, isChapter: (file: string) => boolean): void {
  // The requests being answered, with the time each began, and when the last one began.
  const answering = new Map<ServerResponse, number>();
  let lastBegun = 0;
  server.middlewares.use((_req: IncomingMessage, res: ServerResponse, next: () => void) => {
    lastBegun = Date.now();
    answering.set(res, lastBegun);
    res.once('close', () => answering.delete(res));
    next();
  });

  let waiting: NodeJS.Timeout | undefined;
  // The chapters changed since the store was last seen to hold them as they are on disk.
  const pending = new Set<string>();
  const settle = (file: string): void => {
    // After a burst of changes, one wait from the last.
    clearTimeout(waiting);
    pending.add(file);
    const before = written(storeFile)?.version;
    const started = Date.now();
    const poll = (): void => {
      const now = written(storeFile);
      const timedOut = Date.now() - started >= STORE_WAIT_MS;
      if ((now?.version === before || !storeHolds(storeFile, pending)) && !timedOut) {
        waiting = setTimeout(poll, POLL_MS);
        return;
      }
      pending.clear();
      // When the write ended, as far as the file says: requests begun before then read the old store.
      const at = written(storeFile)?.at ?? now?.at ?? started;
      const begunBefore = [...answering].filter(([, begun]) => begun <= at).map(([res]) => res);
      const finished = (): void => {
        if (begunBefore.some((res) => answering.has(res))) {
          waiting = setTimeout(finished, POLL_MS);
          return;
        }
        waiting = undefined;
        for (const [name, environment] of Object.entries(server.environments)) {
          if (name === 'client') continue;
          if (isRunnableDevEnvironment(environment)) forgetStore(environment.runner.evaluatedModules);
          // The message Astro's own server-side code answers by forgetting the pages of every route.
          environment.hot.send('astro:content-changed', {});
        }
        if (begunBefore.length > 0 || lastBegun >= at) server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        for (const listener of listeners.get(server) ?? []) listener();
      };
      finished();
    };
    waiting = setTimeout(poll, POLL_MS);
  };

  const changed = (file: string): void => {
    if (isChapter(file)) settle(file);
  };
  server.watcher.on('add', changed);
  server.watcher.on('change', changed);
  server.watcher.on('unlink', changed);
  server.httpServer?.once('close', () => {
    clearTimeout(waiting);
  });
}

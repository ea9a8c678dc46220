import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processAlive } from '../../src/lib/build/process-alive.ts';

/**
 * One build or dev server of the tests at a time in this project. Astro keeps an explainer's
 * chapters, types and content cache in the project's `.astro/` and `node_modules/.astro/`, and
 * the site and browser tests run side by side: a fixture built by one while the other serves
 * another would read the wrong chapters. Each holder waits its turn; a lock whose holder has
 * died is taken over.
 */
const LOCK = join(process.cwd(), 'node_modules/.cache/explainer-tests/project.lock');
const WAIT_MS = 10 * 60_000;

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Waits (synchronously: builds are run with spawnSync) until this process holds the lock. */
export function lockProject(what: string): () => void {
  const end = Date.now() + WAIT_MS;
  mkdirSync(join(LOCK, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'holder'), `${process.pid}\n${what}\n`);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder = '';
      let since = Date.now();
      try {
        since = statSync(LOCK).mtimeMs;
        holder = readFileSync(join(LOCK, 'holder'), 'utf8');
      } catch {
        // Taken a moment ago and its holder not yet written, or just released: look again.
      }
      const pid = Number.parseInt(holder, 10);
      // A holder that died, or one that died between taking the lock and saying who it is.
      const stale = holder ? !processAlive(pid) : Date.now() - since > 10_000;
      if (stale) rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > end) {
        throw new Error(`waited ${WAIT_MS / 60_000} min for ${LOCK}, held by ${holder.trim().replace('\n', ': ')}`, {
          cause: error,
        });
      } else Atomics.wait(pause, 0, 0, 100);
    }
  }
  let held = true;
  return () => {
    if (held) rmSync(LOCK, { recursive: true, force: true });
    held = false;
  };
}

/** Runs `work` holding the lock. */
export function withProject<T>(what: string, work: () => T): T {
  const release = lockProject(what);
  try {
    return work();
  } finally {
    release();
  }
}

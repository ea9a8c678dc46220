import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

/**
 * Temporary folders for tests, removed when the test file ends, also when a test fails.
 *
 * Every test file gets a temporary directory of its own (`tests/support/setup.ts` calls
 * {@link beginFile} and {@link endFile} around each file): TMPDIR points into it, so whatever
 * the file and the builds and browsers it starts put in "the temporary directory" lands there.
 * When the file ends, the folders made with {@link tempDir} are removed and that directory must
 * then be empty, so a test (or a build) that leaves files behind fails there instead of filling
 * the machine's temporary directory.
 */
const systemTmp = tmpdir();
// @sparticuz/chromium unpacks its browser into the temporary directory once and reuses it
// there; it is unpacked (or found) in the machine's one, and the builds are pointed at it.
if (!process.env.CHROMIUM_PATH?.trim()) {
  process.env.CHROMIUM_PATH = await (await import('@sparticuz/chromium')).default.executablePath();
}
// Node keeps its compile cache in the temporary directory on purpose, to reuse it across
// runs; the builds the tests start keep using the machine's one.
process.env.NODE_COMPILE_CACHE ??= join(systemTmp, 'node-compile-cache');

// The unit tests share modules between files, and Vitest evaluates the setup file's imports
// afresh for each file while a test file's may come from the cache: one state for every copy.
const state = ((globalThis as Record<symbol, unknown>)[Symbol.for('explainer.tests.temp')] ??= {
  own: undefined,
  created: new Set<string>(),
}) as { own: string | undefined; created: Set<string> };
const created = state.created;

function ownDir(): string {
  if (!state.own) throw new Error('no test file is running: tests/support/setup.ts begins one');
  return state.own;
}

/** Gives the test file that starts a temporary directory of its own. */
export function beginFile(): void {
  state.own = mkdtempSync(join(systemTmp, 'explainer-tests-'));
  process.env.TMPDIR = state.own;
}

/** Removes the file's folders and its temporary directory, which must hold nothing else. */
export function endFile(): void {
  const dir = ownDir();
  removeTempDirs();
  const left = readdirSync(dir);
  rmSync(dir, { recursive: true, force: true });
  process.env.TMPDIR = systemTmp;
  state.own = undefined;
  expect(left, 'files left in the temporary directory by this test file').toEqual([]);
  expect(readdirSync(systemTmp)).not.toContain(dir.slice(systemTmp.length + 1));
}

/** A new empty folder, removed when the test file ends. */
export function tempDir(prefix = 'explainer-'): string {
  const dir = mkdtempSync(join(ownDir(), prefix));
  created.add(dir);
  return dir;
}

/** Removes the folders made so far (each test file does so at its end on its own). */
export function removeTempDirs(): void {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
  created.clear();
}

/** What is in this file's temporary directory that no {@link tempDir} made. */
export function strayTempFiles(): string[] {
  const dir = ownDir();
  const ours = new Set([...created].map((d) => d.slice(dir.length + 1)));
  return readdirSync(dir).filter((name) => !ours.has(name));
}

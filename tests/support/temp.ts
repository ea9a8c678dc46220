import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';

/**
 * Temporary folders for tests, removed when the test file ends, also when a test fails.
 *
 * Importing this module gives the test file a temporary directory of its own: TMPDIR points
 * into it, so whatever this process and the builds and browsers it starts put in "the
 * temporary directory" lands there. When the file ends, the folders made with
 * {@link tempDir} are removed and that directory must then be empty, so a test (or a build)
 * that leaves files behind fails here instead of filling the machine's temporary directory.
 */
const systemTmp = tmpdir();
// @sparticuz/chromium unpacks its browser into the temporary directory once and reuses it
// there; it is unpacked (or found) in the machine's one, and the builds are pointed at it.
if (!process.env.CHROMIUM_PATH?.trim()) {
  process.env.CHROMIUM_PATH = await (await import('@sparticuz/chromium')).default.executablePath();
}
const own = mkdtempSync(join(systemTmp, 'explainer-tests-'));
process.env.TMPDIR = own;
// Node keeps its compile cache in the temporary directory on purpose, to reuse it across
// runs; the builds the tests start keep using the machine's one.
process.env.NODE_COMPILE_CACHE ??= join(systemTmp, 'node-compile-cache');

const created = new Set<string>();

/** A new empty folder, removed when the test file ends. */
export function tempDir(prefix = 'explainer-'): string {
  const dir = mkdtempSync(join(own, prefix));
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
  const ours = new Set([...created].map((d) => d.slice(own.length + 1)));
  return readdirSync(own).filter((name) => !ours.has(name));
}

afterAll(() => {
  removeTempDirs();
  const left = readdirSync(own);
  rmSync(own, { recursive: true, force: true });
  process.env.TMPDIR = systemTmp;
  expect(left, 'files left in the temporary directory by this test file').toEqual([]);
  expect(readdirSync(systemTmp)).not.toContain(own.slice(systemTmp.length + 1));
});

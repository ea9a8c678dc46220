/**
 * `npm run build`: builds the site into a fresh folder and puts it in place as dist/ only
 * when every step has worked (pages, search index, PDF). A failed build leaves the previous
 * dist/ exactly as it was, so there is always a last good site to preview or deploy; the
 * first thing printed after the build log is what went wrong, in one line per problem
 * (`--verbose` adds the stack). Builds in one project share its .astro/ cache, so a second
 * build while one is running stops at once rather than failing halfway through.
 *
 *   npm run build [-- --out <folder>] [-- --verbose] [-- --no-pdf]
 */
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { build } from 'astro';
import { explainerRoot } from '../lib/explainer-root.ts';
import { processAlive } from '../lib/build/process-alive.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--out');
const verbose = args.includes('--verbose');
const out = resolve(at >= 0 && args[at + 1] ? args[at + 1]! : 'dist');
const scratch = `${out}.partial`;
const previous = `${out}.previous`;
const project = process.cwd();
const name = (path: string): string => `${basename(path)}/`;
// --no-pdf builds the site without its PDF (no browser needed); the build log says so.
if (process.argv.includes('--no-pdf')) process.env.EXPLAINER_PDF = 'off';

/** Stops with one line (and the stack only when asked for). */
function fail(message: string, error?: unknown): never {
  console.error(`\nBuild failed: ${message}`);
  if (verbose && error instanceof Error && error.stack) console.error(error.stack);
  process.exit(1);
}

/**
 * What went wrong, without the machinery: bundlers wrap an error's message in their own
 * header and append the stack to it; only the lines that say what is wrong are kept.
 */
function problemLines(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (verbose) return text;
  return text
    .split('\n')
    .filter((line) => !/^\s+at |^Build failed with \d+ errors?:$|^\[plugin [^\]]+\] .*:undefined:undefined$|^\s*$/.test(line))
    .map((line) => line.replace(/^(?:MDXError|Error|RangeError|TypeError): /, ''))
    .join('\n');
}

function reason(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${code}: ${error.message.replace(/^[A-Z]+: /, '')}` : error.message;
  }
  return String(error);
}

/**
 * Takes the project's build lock, a file holding the builder's pid. Creating it is also the
 * check that the project folder can be written at all, before Astro would fail deep inside.
 */
function lock(): string {
  const cache = join(project, '.astro');
  const file = join(cache, 'build.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      mkdirSync(cache, { recursive: true });
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return file;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        fail(
          `cannot write in ${project} (${reason(error)}); the build writes .astro/ and the site there, so the folder must be writable`,
          error,
        );
      }
      const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(pid) && pid !== process.pid && processAlive(pid)) {
        fail(`another build is running in ${project} (pid ${pid}); wait for it to finish`);
      }
      // Left by a build that died: take it over.
      unlinkSync(file);
    }
  }
  fail(`could not take the build lock ${file}`);
}

const elsewhere = 'or build elsewhere with --out <folder>';

/**
 * Checks, before a build of minutes, that its result can be put in place: the folder that holds
 * the output can be written, and an output already there is a folder whose every folder can be
 * written, so the old site can be moved aside and removed once the new one is in. Whatever is
 * there is left as it was when it cannot.
 */
function checkOutput(): void {
  const parent = dirname(out);
  try {
    accessSync(parent, constants.W_OK);
  } catch (error) {
    fail(`cannot write in ${parent}, where the site goes (${reason(error)}); make it writable (chmod u+w) ${elsewhere}`, error);
  }
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) {
    fail(`${out} is a file, not a folder, so the site cannot take its place; it was left as it was: move it away ${elsewhere}`);
  }
  const walk = (dir: string): void => {
    try {
      accessSync(dir, constants.W_OK);
    } catch (error) {
      fail(
        `cannot replace ${out}: ${dir} cannot be changed (${reason(error)}); the previous site was left as it was: make it writable (chmod -R u+w ${out}) ${elsewhere}`,
        error,
      );
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) walk(join(dir, entry.name));
  };
  walk(out);
}

const lockFile = lock();
process.on('exit', () => {
  rmSync(lockFile, { force: true });
});

try {
  mkdirSync(dirname(out), { recursive: true });
} catch (error) {
  fail(`cannot make the output folder ${dirname(out)} (${reason(error)}); ${elsewhere.replace(/^or /, '')}`, error);
}
checkOutput();
// Left by an earlier build that was stopped: it is not a site anyone relies on.
for (const leftover of [scratch, previous]) {
  try {
    rmSync(leftover, { recursive: true, force: true });
  } catch (error) {
    fail(`cannot remove ${leftover}, left by an earlier build (${reason(error)}); remove it by hand`, error);
  }
}

/**
 * Astro's content cache (.astro/) keys chapters by their path relative to the project, and keeps
 * them across builds: built from another explainer folder than last time, it would look for the
 * old folder's chapters. The cache is started afresh whenever the explainer is not the one the
 * previous build read; built again from the same one, it is kept, as it is worth keeping.
 */
function explainerChanged(): boolean {
  const file = join(project, '.astro', 'explainer-root');
  const root = resolve(explainerRoot());
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  writeFileSync(file, root);
  return before !== root;
}

try {
  await build({ outDir: scratch, ...(explainerChanged() && { force: true }) });
} catch (error) {
  rmSync(scratch, { recursive: true, force: true });
  const kept = existsSync(out) ? `the previous site in ${name(out)} was left as it was` : 'no site was written';
  console.error(`\nBuild failed; ${kept}.\n${problemLines(error)}`);
  if (verbose && error instanceof Error && error.stack) console.error(error.stack);
  process.exit(1);
}

// Swap: the old site moves aside, the new one takes its name, then the old one goes. Each
// step is a rename, so at no moment is there a half-written site under the output's name.
if (existsSync(out)) {
  try {
    renameSync(out, previous);
  } catch (error) {
    fail(
      `cannot replace ${out} (${reason(error)}); the new site is in ${scratch}, the previous one was left as it was: move the new one in by hand, or make ${out} writable and build again`,
      error,
    );
  }
}
try {
  renameSync(scratch, out);
} catch (error) {
  if (existsSync(previous)) renameSync(previous, out);
  fail(
    `cannot move the new site into ${out} (${reason(error)}); it is in ${scratch}, the previous site was left as it was`,
    error,
  );
}
try {
  rmSync(previous, { recursive: true, force: true });
} catch (error) {
  fail(
    `the new site is in ${out}, but the previous one could not be removed from ${previous} (${reason(error)}); remove it by hand`,
    error,
  );
}

import { spawn, spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { tinyCopy } from '../support/fixture.ts';
import { DIST, requireDist } from '../support/site.ts';
import { withProject } from '../support/project-lock.ts';
import { tempDir } from '../support/temp.ts';

const CLI = join(process.cwd(), 'src/cli/build.ts');

/**
 * Runs `npm run build`'s script with an output folder and, optionally, another explainer;
 * `as` runs it from another project folder, as another user.
 */
/** How a build is run: in a folder, as another user, or under a command that runs it (`setpriv …`). */
interface RunAs {
  cwd?: string;
  uid?: number;
  gid?: number;
  wrap?: string[];
}

/** Runs Node with `args` as `as` says. */
function runNode(args: string[], as: RunAs = {}, options: SpawnSyncOptionsWithStringEncoding = { encoding: 'utf8' }) {
  const { wrap = [], ...where } = as;
  const [command = process.execPath, ...rest] = [...wrap, process.execPath, ...args];
  return spawnSync(command, rest, { ...options, ...where });
}

function buildTo(out: string, root?: string, as: RunAs = {}): { status: number | null; output: string } {
  const result = withProject(`npm run build into ${out}`, () =>
    runNode([CLI, '--out', out], as, {
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...(root ? { EXPLAINER_ROOT: root } : {}),
      },
      encoding: 'utf8',
      timeout: 300_000,
    }),
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

describe('builds', () => {
  it('are reproducible: a second build of the same commit gives the files of the one in dist/, the PDF included', () => {
    // `npm test` builds dist/ before the site tests; one more build is enough to compare with it.
    requireDist();
    const again = join(tempDir('explainer-repro-'), 'dist');
    const b = buildTo(again);
    expect(b.status, b.output).toBe(0);
    const ha = hashes(DIST);
    const hb = hashes(again);
    expect([...ha.keys()].sort(), 'the files differ: is dist/ built from this commit? run `npm run build`').toEqual(
      [...hb.keys()].sort(),
    );
    expect([...ha.keys()].some((f) => f.endsWith('.pdf'))).toBe(true);
    expect([...ha.keys()].some((f) => f.startsWith('pagefind/'))).toBe(true);
    const differing = [...ha].filter(([file, hash]) => hb.get(file) !== hash).map(([file]) => file);
    expect(differing, 'these files differ: is dist/ built from this commit? run `npm run build`').toEqual([]);
  }, 300_000);

  it('fail loudly and keep the last good site: the problem is printed, the exit is non-zero, and dist/ is left as it was', () => {
    const f = tinyCopy();
    f.yaml('content/data/events.yaml', (events) => {
      events[0].cites[0].quote = 'Rockets struck Example Base on Friday';
    });
    const out = join(tempDir('explainer-fail-'), 'dist');
    // An earlier, complete build in the way: it must survive the failed one byte for byte.
    mkdirSync(join(out, 'chapters'), { recursive: true });
    writeFileSync(join(out, 'index.html'), '<!doctype html><title>old</title>');
    writeFileSync(join(out, 'chapters/old.html'), 'kept');
    const before = hashes(out);
    const { status, output } = buildTo(out, f.root);
    expect(status).not.toBe(0);
    expect(output).toContain('Build failed; the previous site in dist/ was left as it was.');
    expect(output).toContain('quote not found in seed 000 (000_tiny.txt): "Rockets struck Example Base on Friday"');
    expect(output).not.toMatch(/^\s+at /m);
    expect(hashes(out)).toEqual(before);
    expect(existsSync(`${out}.partial`)).toBe(false);
    expect(existsSync(`${out}.previous`)).toBe(false);
  }, 300_000);

  it('stop at once while another build runs in the same project, and take over a lock its builder left behind', () => {
    const lock = join(process.cwd(), '.astro/build.lock');
    expect(existsSync(lock), 'a build is running in this project; run the tests after it').toBe(false);
    mkdirSync(dirname(lock), { recursive: true });
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(lock, `${other.pid}\n`);
      const busy = buildTo(join(tempDir('explainer-busy-'), 'dist'));
      expect(busy.status).not.toBe(0);
      expect(busy.output).toContain(`Build failed: another build is running in ${process.cwd()} (pid ${other.pid})`);
    } finally {
      other.kill();
      rmSync(lock, { force: true });
    }

    // A lock whose process is gone is stale; the build takes it over (and here fails on its data, as it should).
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    writeFileSync(lock, dead.stdout);
    const f = tinyCopy();
    f.text('content/explainer.yaml', (t) => t.replace(/^lang: en$/m, 'lang: en\ndateLocale: en_GB!!'));
    const taken = buildTo(join(tempDir('explainer-stale-'), 'dist'), f.root);
    expect(taken.status).not.toBe(0);
    expect(taken.output).not.toContain('another build is running');
    expect(taken.output).toContain(
      'content/explainer.yaml › field "dateLocale": must be a locale the date formatter knows, such as "en-GB" or "en-US" (got "en_GB!!")',
    );
    expect(existsSync(lock)).toBe(false);
  }, 300_000);

  it('say in one line when the output folder cannot be made, and leave no lock', () => {
    // A file where the output's parent folder should be: the same refusal as a folder the build may not write.
    const parent = join(tempDir('explainer-blocked-'), 'taken');
    writeFileSync(parent, 'not a folder');
    const { status, output } = buildTo(join(parent, 'dist'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/Build failed: cannot make the output folder .*taken \(EEXIST: /);
    expect(output).not.toMatch(/^\s+at /m);
    expect(existsSync(join(process.cwd(), '.astro/build.lock'))).toBe(false);
  }, 60_000);

  it('say in one line, before building, when a file stands where the output folder should be, and leave it as it was', () => {
    const base = tempDir('explainer-stuck-');
    // A file where the output folder should be: the site must not take its place.
    const file = join(base, 'dist');
    writeFileSync(file, 'not a site');
    const onFile = buildTo(file);
    expect(onFile.status).not.toBe(0);
    expect(onFile.output).toContain(
      `Build failed: ${file} is a file, not a folder, so the site cannot take its place; it was left as it was: move it away or build elsewhere with --out <folder>`,
    );
    expect(onFile.output).not.toMatch(/^\s+at /m);
    expect(readFileSync(file, 'utf8')).toBe('not a site');
    expect(existsSync(join(process.cwd(), '.astro/build.lock'))).toBe(false);
  });

  it('say in one line, before building, when a folder cannot be written, and leave every folder as it was', () => {
    // Permissions do not stop root. Run as root, the builds here run without the capabilities that
    // override them (setpriv, from util-linux), so the folders are as writable (0o777) or read-only
    // (0o555) as they are for their owner; without setpriv, as the unprivileged user "nobody",
    // which then must be able to read the checkout (a clone in a private folder is not).
    const withoutOverride = [
      'setpriv',
      '--bounding-set=-dac_override,-dac_read_search',
      '--inh-caps=-dac_override,-dac_read_search',
      '--',
    ];
    const root = process.getuid?.() === 0;
    const setpriv = root && spawnSync(withoutOverride[0]!, [...withoutOverride.slice(1), 'true']).status === 0;
    const as: RunAs = !root ? {} : setpriv ? { wrap: withoutOverride } : { uid: 65534, gid: 65534 };
    const reads = runNode(['-e', `require('node:fs').accessSync(${JSON.stringify(CLI)})`], as);
    const who = setpriv ? 'root without its overrides' : `uid ${as.uid ?? process.getuid?.()}`;
    expect(reads.status, `the builds (${who}) must be able to read ${CLI}`).toBe(0);
    const base = tempDir('explainer-readonly-');
    chmodSync(dirname(base), 0o755);
    chmodSync(base, 0o777);
    const folder = (name: string, mode: number): string => {
      const dir = join(base, name);
      mkdirSync(dir, { recursive: true });
      chmodSync(dir, mode);
      return dir;
    };
    // A project folder of its own, so that its build lock is the builder's to take.
    const project = folder('project', 0o777);

    // A previous site with a folder the build may not change: it cannot be moved aside and removed.
    const site = folder('site', 0o777);
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>old</title>');
    const chapters = folder('site/chapters', 0o777);
    writeFileSync(join(chapters, 'old.html'), 'kept');
    chmodSync(chapters, 0o555);
    // So that the test file's temporary folders can be removed when it ends, also after a failure.
    onTestFinished(() => {
      chmodSync(chapters, 0o755);
    });
    const before = hashes(site);
    const stuck = buildTo(site, undefined, { cwd: project, ...as });
    expect(stuck.status).not.toBe(0);
    expect(stuck.output).toContain(`Build failed: cannot replace ${site}: ${chapters} cannot be changed (EACCES: `);
    expect(stuck.output).toContain(
      `the previous site was left as it was: make it writable (chmod -R u+w ${site}) or build elsewhere`,
    );
    expect(stuck.output).not.toMatch(/^\s+at /m);
    expect(hashes(site)).toEqual(before);

    // A folder the site would go in that may not be written.
    const shelf = folder('shelf', 0o555);
    const parent = buildTo(join(shelf, 'dist'), undefined, { cwd: project, ...as });
    expect(parent.status).not.toBe(0);
    expect(parent.output).toContain(`Build failed: cannot write in ${shelf}, where the site goes (EACCES: `);
    expect(parent.output).not.toMatch(/^\s+at /m);
    expect(readdirSync(shelf)).toEqual([]);

    // A project folder that may not be written: the build lock, and Astro's cache, cannot go there.
    const locked = folder('locked', 0o555);
    const unwritable = buildTo(join(base, 'out'), undefined, { cwd: locked, ...as });
    expect(unwritable.status).not.toBe(0);
    expect(unwritable.output).toContain(`Build failed: cannot write in ${locked} (EACCES: `);
    expect(unwritable.output).toContain('the build writes .astro/ and the site there, so the folder must be writable');
    expect(unwritable.output).not.toMatch(/^\s+at /m);
    expect(readdirSync(locked)).toEqual([]);
    expect(existsSync(join(base, 'out'))).toBe(false);
  }, 60_000);
});

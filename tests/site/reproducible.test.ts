import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tinyCopy } from '../support/fixture.ts';

/** Runs `npm run build`'s script with an output folder and, optionally, another explainer. */
function buildTo(out: string, root?: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['src/cli/build.ts', '--out', out], {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...(root ? { EXPLAINER_ROOT: root } : {}),
    },
    encoding: 'utf8',
    timeout: 300_000,
  });
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
  it('are reproducible: two builds of the same commit give identical files, the PDF included', () => {
    const base = mkdtempSync(join(tmpdir(), 'explainer-repro-'));
    const a = buildTo(join(base, 'a'));
    const b = buildTo(join(base, 'b'));
    expect(a.status, a.output).toBe(0);
    expect(b.status, b.output).toBe(0);
    const ha = hashes(join(base, 'a'));
    const hb = hashes(join(base, 'b'));
    expect([...ha.keys()].sort()).toEqual([...hb.keys()].sort());
    expect([...ha.keys()].some((f) => f.endsWith('.pdf'))).toBe(true);
    expect([...ha.keys()].some((f) => f.startsWith('pagefind/'))).toBe(true);
    const differing = [...ha].filter(([file, hash]) => hb.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  }, 300_000);

  it('fail loudly: the problem is printed, the exit is non-zero, and no site is left behind', () => {
    const f = tinyCopy();
    f.yaml('content/data/events.yaml', (events) => {
      events[0].cites[0].quote = 'Rockets struck Example Base on Friday';
    });
    const out = join(mkdtempSync(join(tmpdir(), 'explainer-fail-')), 'dist');
    // An earlier, complete build in the way: it must not survive as if it were this one.
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), '<!doctype html><title>old</title>');
    const { status, output } = buildTo(out, f.root);
    expect(status).not.toBe(0);
    expect(output).toContain('Build failed; no site was written.');
    expect(output).toContain('quote not found in seed 000 (000_tiny.txt): "Rockets struck Example Base on Friday"');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(false);
  }, 300_000);
});

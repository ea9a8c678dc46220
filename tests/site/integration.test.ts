import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TINY } from '../support/fixture.ts';
import { withProject } from '../support/project-lock.ts';
import { loadIndex, target, top } from '../support/search.ts';
import { tempDir } from '../support/temp.ts';

const engine = process.cwd();
const manifest = JSON.parse(readFileSync(join(engine, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  files: string[];
};

/**
 * Another Astro project, as someone adding the engine to their own site would make it: its own
 * package.json naming the engine, its own page, the collections file Astro requires and an
 * astro.config.mjs that is the integration's one call. The engine is in its node_modules as a
 * registry would put it there (the files package.json lists, copied), beside the packages this
 * repository has installed, so nothing is downloaded.
 */
function hostProject(): string {
  const host = tempDir('explainer-host-');
  writeFileSync(
    join(host, 'package.json'),
    `${JSON.stringify({ name: 'host-site', private: true, type: 'module', dependencies: { [manifest.name]: manifest.version } }, null, 2)}\n`,
  );
  writeFileSync(
    join(host, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      `import explainer from '${manifest.name}';`,
      '',
      "export default defineConfig({ integrations: [explainer({ root: new URL('./explainer', import.meta.url).pathname })] });",
      '',
    ].join('\n'),
  );
  mkdirSync(join(host, 'src/pages'), { recursive: true });
  writeFileSync(join(host, 'src/content.config.ts'), `export { collections } from '${manifest.name}/content';\n`);
  writeFileSync(
    join(host, 'src/pages/about.astro'),
    '<html lang="en"><head><title>About us</title></head><body><p>Our newsroom.</p></body></html>\n',
  );
  cpSync(TINY, join(host, 'explainer'), { recursive: true });
  const modules = join(host, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(engine, 'node_modules'))) {
    if (name !== '.package-lock.json') symlinkSync(join(engine, 'node_modules', name), join(modules, name));
  }
  const installed = join(modules, manifest.name);
  for (const file of [...manifest.files, 'package.json']) cpSync(join(engine, file), join(installed, file), { recursive: true });
  return host;
}

/** That project's own `astro build`, with the explainer its config names rather than one from the environment. */
function astroBuild(host: string): { status: number | null; output: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env.EXPLAINER_ROOT;
  // Its node_modules/ is the engine's, Astro's cache (node_modules/.astro/) included.
  const result = withProject(`astro build of ${host}`, () =>
    spawnSync(process.execPath, [join(host, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: host,
      env,
      encoding: 'utf8',
      timeout: 120_000,
    }),
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the engine installed in another Astro project', () => {
  it('builds that project’s explainer, with search and the PDF, beside the project’s own pages', async () => {
    const host = hostProject();
    const { status, output } = astroBuild(host);
    expect(status, output).toBe(0);
    const dist = join(host, 'dist');
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain('Tiny explainer');
    expect(home).toContain('<link rel="canonical" href="https://tiny.example.org/">');
    expect(readFileSync(join(dist, 'chapters/only/index.html'), 'utf8')).toContain('The only chapter');
    for (const page of ['sources/000/index.html', 'chronology/index.html', 'print/index.html', 'print.css', '404.html'])
      expect(existsSync(join(dist, page)), page).toBe(true);
    expect(readFileSync(join(dist, 'about/index.html'), 'utf8')).toContain('Our newsroom.');
    // The engine's script that sets the theme before the page paints, from the engine's public/.
    expect(home).toContain('src="/theme.js"');
    expect(readFileSync(join(dist, 'theme.js'), 'utf8')).toBe(readFileSync(join(engine, 'public/theme.js'), 'utf8'));
    // The chapter is found by a word of its text.
    const hits = await top(await loadIndex(dist), 'monitor');
    expect(hits.map(target)).toContainEqual(expect.stringMatching(/^\/chapters\/only\//));
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).toContain('<loc>https://tiny.example.org/chapters/only/</loc>');
    expect(existsSync(join(dist, '_headers'))).toBe(true);
    const pdf = readdirSync(dist).filter((f) => f.endsWith('.pdf'));
    expect(pdf).toHaveLength(1);
    expect(readFileSync(join(dist, pdf[0]!)).subarray(0, 5).toString()).toBe('%PDF-');
  }, 150_000);
});

/**
 * A Starlight site made from this explainer's chapters, to measure against: the same text, the
 * same figures (as the HTML and SVG this engine built), in Starlight's own layout, styles and
 * scripts. The project lives in a cache folder outside the repository; Starlight is installed
 * there with npm on first use (and again only when the versions below change), then built.
 *
 *   import { buildStarlight } from './starlight.ts';
 *   const { dist, ms } = await buildStarlight();   // after `npm run build`
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'node-html-parser';

/** Pinned, so two runs compare the same thing; Astro is the version this project builds with. */
const STARLIGHT = '0.42.4';
const ASTRO: string = (JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')) as { version: string }).version;

export const STARLIGHT_CACHE = resolve('node_modules/.cache/starlight-bench');

/** Our chapter slugs, as built in `from`; Starlight serves each at /<slug>/. */
export function chapterSlugs(from: string): string[] {
  return readdirSync(join(from, 'chapters')).sort();
}

/**
 * Writes the Starlight project for the chapters built in `from` (a dist folder of this engine),
 * installs it if needed, builds it and returns its output folder and the build's wall time.
 */
export async function buildStarlight(options: { from?: string } = {}): Promise<{ dist: string; ms: number }> {
  const from = resolve(options.from ?? 'dist');
  if (!existsSync(join(from, 'chapters'))) throw new Error(`${from}: no built chapters (run npm run build first)`);
  const root = STARLIGHT_CACHE;
  mkdirSync(root, { recursive: true });
  await install(root);
  const docs = join(root, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const home = parse(readFileSync(join(from, 'index.html'), 'utf8'));
  const title = home.querySelector('.site-header .home')?.text.trim() ?? 'Explainer';
  writeFileSync(join(root, 'astro.config.mjs'), astroConfig(title));
  writeFileSync(
    join(root, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(docs, 'index.md'),
    page(title, home.querySelector('meta[name=description]')?.getAttribute('content') ?? '', ''),
  );
  for (const slug of chapterSlugs(from)) {
    const html = parse(readFileSync(join(from, 'chapters', slug, 'index.html'), 'utf8'));
    const body = html.querySelector('.prose.body');
    if (!body) throw new Error(`${from}/chapters/${slug}/index.html: no chapter body (.prose.body)`);
    for (const s of body.querySelectorAll('script')) s.remove();
    const heading = html.querySelector('h1')?.text.trim() ?? slug;
    const description = html.querySelector('meta[name=description]')?.getAttribute('content') ?? '';
    writeFileSync(join(docs, `${slug}.md`), page(heading, description, body.innerHTML));
  }
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  const start = performance.now();
  await run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], root);
  return { dist: join(root, 'dist'), ms: performance.now() - start };
}

/** A Markdown page whose body is one raw HTML block (no blank line inside, so Markdown leaves it whole). */
function page(title: string, description: string, html: string): string {
  const yaml = (s: string): string => JSON.stringify(s);
  const block = html.replace(/\n\s*\n/g, '\n').trim();
  return `---\ntitle: ${yaml(title)}\ndescription: ${yaml(description)}\n---\n\n${block ? `<div>\n${block}\n</div>\n` : ''}`;
}

function astroConfig(title: string): string {
  return [
    "import { defineConfig } from 'astro/config';",
    "import starlight from '@astrojs/starlight';",
    `export default defineConfig({ integrations: [starlight({ title: ${JSON.stringify(title)} })] });`,
    '',
  ].join('\n');
}

async function install(root: string): Promise<void> {
  const manifest = JSON.stringify(
    { name: 'starlight-bench', private: true, type: 'module', dependencies: { astro: ASTRO, '@astrojs/starlight': STARLIGHT } },
    null,
    2,
  );
  const file = join(root, 'package.json');
  if (existsSync(file) && readFileSync(file, 'utf8') === manifest && existsSync(join(root, 'node_modules/@astrojs/starlight')))
    return;
  writeFileSync(file, manifest);
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], root);
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    child.on('error', fail);
    child.on('exit', (code) => {
      if (code === 0) done();
      else fail(new Error(`${command} ${args.join(' ')} exited with ${code} in ${cwd}`));
    });
  });
}

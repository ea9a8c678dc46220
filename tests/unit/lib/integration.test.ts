import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import explainer, { engineRoutes } from '../../../src/index.ts';
import { TINY } from '../../support/fixture.ts';
import { tempDir } from '../../support/temp.ts';

type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

const savedRoot = process.env.EXPLAINER_ROOT;
afterEach(() => {
  if (savedRoot === undefined) delete process.env.EXPLAINER_ROOT;
  else process.env.EXPLAINER_ROOT = savedRoot;
});

/** Runs the integration's setup for a project whose sources are in `srcDir`; returns what it injected and set. */
async function setUp(
  srcDir: URL,
): Promise<{ routes: { pattern: string; entrypoint: string }[]; config: Record<string, unknown> }> {
  const routes: { pattern: string; entrypoint: string }[] = [];
  let config: Record<string, unknown> = {};
  const setup = explainer({ root: TINY }).hooks['astro:config:setup'] as Setup;
  await setup({
    config: { srcDir, publicDir: new URL('public/', srcDir), integrations: [] },
    command: 'build',
    injectRoute: (route: { pattern: string; entrypoint: string | URL }) =>
      routes.push({ ...route, entrypoint: String(route.entrypoint) }),
    updateConfig: (c: Record<string, unknown>) => (config = c),
    logger: {},
  } as unknown as Parameters<Setup>[0]);
  return { routes, config };
}

describe('the explainer integration', () => {
  it('names routes as Astro names the files in src/pages/', () => {
    expect(
      engineRoutes([
        '404.astro',
        'chapters/[slug].astro',
        'index.astro',
        'print.css.ts',
        'sources/[seed].astro',
        'sources/index.astro',
      ]),
    ).toEqual([
      { pattern: '/404', file: '404.astro' },
      { pattern: '/chapters/[slug]', file: 'chapters/[slug].astro' },
      { pattern: '/', file: 'index.astro' },
      { pattern: '/print.css', file: 'print.css.ts' },
      { pattern: '/sources/[seed]', file: 'sources/[seed].astro' },
      { pattern: '/sources', file: 'sources/index.astro' },
    ]);
  });

  it('gives another project every page of the engine, the explainer it names and the settings the pages rely on', async () => {
    const src = join(tempDir('explainer-host-'), 'src');
    mkdirSync(src);
    writeFileSync(join(src, 'content.config.ts'), "export { collections } from 'explainer-engine/content';\n");
    const { routes, config } = await setUp(pathToFileURL(`${src}/`));
    const patterns = routes.map((r) => r.pattern);
    for (const pattern of ['/', '/404', '/chapters/[slug]', '/chronology', '/print', '/print.css', '/sources', '/sources/[seed]'])
      expect(patterns).toContain(pattern);
    for (const route of routes) expect(route.entrypoint).toMatch(/^file:\/\/.*\/src\/pages\//);
    expect(process.env.EXPLAINER_ROOT).toBe(TINY.replace(/\/$/, ''));
    expect(config).toMatchObject({ site: 'https://tiny.example.org', trailingSlash: 'always', build: { format: 'directory' } });
  });

  it('refuses another project without a collections file, saying what to write in it', async () => {
    const src = join(tempDir('explainer-host-'), 'src');
    mkdirSync(src);
    await expect(setUp(pathToFileURL(`${src}/`))).rejects.toThrow(
      `${src}/content.config.ts is missing: the explainer's chapters and records are collections, and Astro reads collections only from there; write in it: export { collections } from 'explainer-engine/content';`,
    );
  });

  it('injects nothing into the engine’s own project, which finds its pages itself', async () => {
    const { routes } = await setUp(new URL('../../../src/', import.meta.url));
    expect(routes).toEqual([]);
  });
});

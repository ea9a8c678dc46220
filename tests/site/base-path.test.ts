import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/lib/build/chromium.ts';
import { renderPdf } from '../../src/lib/build/pdf.ts';
import { serveStatic, type StaticServer } from '../../src/lib/build/serve.ts';
import { href, paths } from '../../src/lib/urls.ts';
import { buildExplainer } from '../support/build.ts';
import { pdfFonts, SITE_FONT } from '../support/pdf-fonts.ts';
import { loadIndex, target, top } from '../support/search.ts';
import { tempDir } from '../support/temp.ts';

/**
 * This explainer published under a sub-path of its host: a copy of content/ and seeds/ with
 * `base` (and `site`) set, built once. Every address the site hands out must lead somewhere
 * under the base: links, anchors, assets, styles' fonts, search results, sitemap entries and
 * the PDF's links, and the PDF must be printed in the site's own styles.
 */
const BASE = '/explainers/border/';
const SITE = 'https://example.org';
/** Where a page is, for resolving its relative addresses; the host does not matter. */
const HOST = 'http://host.test';

let dist = '';
let output = '';
let status: number | null = null;
let title = '';

beforeAll(() => {
  const root = tempDir('explainer-base-');
  for (const folder of ['content', 'seeds']) cpSync(folder, join(root, folder), { recursive: true });
  const file = join(root, 'content/explainer.yaml');
  const explainer = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  title = String(explainer.title);
  // The copy keeps every field of the explainer, with where it is published added.
  writeFileSync(file, stringify({ ...explainer, site: SITE, base: BASE }));
  dist = tempDir('explainer-base-dist-');
  // Astro's content cache keeps a chapter it has seen under the folder it was first read from; this
  // copy is in a new folder each run, with the same settings as the last, so the cache starts afresh.
  ({ status, output } = buildExplainer(root, dist, ['--force']));
}, 240_000);

/** Every HTML file of the build, as its path within the site (`/`, `/sources/000/`, `/404.html`). */
function builtPages(): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const rel = f.split(sep).join('/');
      return rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
    })
    .sort();
}

/** The file that serves a path within the site. */
const fileOf = (path: string): string => join(dist, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');

const docs = new Map<string, HTMLElement>();
function doc(path: string): HTMLElement {
  let d = docs.get(path);
  if (!d) {
    d = parseHtml(readFileSync(fileOf(path), 'utf8'));
    docs.set(path, d);
  }
  return d;
}

/**
 * Why an address (absolute, or relative to `from`, a URL under the base) does not lead to a
 * file and anchor of the build, or undefined when it does. Addresses of other sites are not checked.
 */
function unresolved(address: string, from: string): string | undefined {
  const url = new URL(address, from);
  const ours = url.origin === HOST || url.origin === SITE;
  if (!ours) return undefined;
  if (!url.pathname.startsWith(BASE)) return `${address}: outside the base`;
  const path = `/${url.pathname.slice(BASE.length)}`;
  if (!existsSync(fileOf(path))) return `${address}: no such file`;
  const id = decodeURIComponent(url.hash.slice(1));
  if (id && !doc(path).getElementById(id)) return `${address}: no anchor #${id}`;
  return undefined;
}

describe(`this explainer built under the base ${BASE}`, () => {
  it('builds, search index and PDF included, with no complaint', () => {
    expect(status, output).toBe(0);
    expect(output).toMatch(/PDF: wrote \S+\.pdf/);
    expect(output).not.toMatch(/refusing|no `site`/);
  });

  it('links every page, anchor, script, stylesheet and image to an address under the base', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const path of builtPages()) {
      const d = doc(path);
      const at = HOST + href(path, BASE);
      // The 404 page is served at whatever address was missing: its canonical address is none to follow.
      const canonical = path === '/404.html' ? [] : d.querySelectorAll('link[rel="canonical"], meta[property="og:url"]');
      const addresses = [
        ...d.querySelectorAll('a[href], link[href]:not([rel="canonical"]), use[href]').map((e) => e.getAttribute('href')!),
        ...d.querySelectorAll('script[src], img[src], source[src]').map((e) => e.getAttribute('src')!),
        ...canonical.map((e) => e.getAttribute('href') ?? e.getAttribute('content')!),
      ];
      for (const address of addresses) {
        if (/^(?:mailto|data|javascript):/i.test(address)) continue;
        checked++;
        const problem = unresolved(address, at);
        if (problem) broken.push(`${path}: ${problem}`);
      }
    }
    expect(broken).toEqual([]);
    // Thousands of citations, notes and index links: a count this low means the pages lost them.
    expect(checked).toBeGreaterThan(2000);
  });

  it('marks the page a reader is on in the site navigation', () => {
    const current = doc(paths.chronology).querySelector('.site-header a[aria-current="page"]');
    expect(current?.getAttribute('href')).toBe(href(paths.chronology, BASE));
  });

  it('gives canonical addresses under the site and the base', () => {
    const canonical = doc(paths.chronology).querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical).toBe(`${SITE}${BASE}chronology/`);
  });

  it('loads every font and image its stylesheets name from under the base', () => {
    const sheets = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css'));
    expect(sheets.length).toBeGreaterThan(0);
    const broken: string[] = [];
    let fonts = 0;
    for (const sheet of sheets) {
      const at = `${HOST}${BASE}${relative(dist, join(dist, sheet)).split(sep).join('/')}`;
      for (const [, quoted, bare] of readFileSync(join(dist, sheet), 'utf8').matchAll(/url\((?:"([^"]*)"|'[^']*'|([^)]*))\)/g)) {
        const address = (quoted ?? bare ?? '').trim();
        if (!address || address.startsWith('data:') || address.startsWith('#')) continue;
        if (address.endsWith('.woff2')) fonts++;
        const problem = unresolved(address, at);
        if (problem) broken.push(`${sheet}: ${problem}`);
      }
    }
    expect(broken).toEqual([]);
    expect(fonts).toBeGreaterThan(0);
  });

  it('lists in the sitemap every page, each at its public address under the base', () => {
    const locs = [...readFileSync(join(dist, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toHaveLength(builtPages().filter((p) => p !== '/404.html').length);
    for (const loc of locs) {
      expect(loc.startsWith(`${SITE}${BASE}`), loc).toBe(true);
      expect(unresolved(loc, SITE)).toBeUndefined();
    }
  });

  it('indexes for search addresses that lead to a page and anchor under the base', async () => {
    // Pagefind stores paths from the site's root and puts the folder above its bundle before each.
    const index = await loadIndex(dist);
    const broken: string[] = [];
    let checked = 0;
    for (const query of ['Kirby', 'Boukamal', 'three lorries', 'Erbil', 'drone']) {
      for (const hit of await top(index, query, 10)) {
        for (const url of [hit.url, ...hit.subs.map((s) => s.url)]) {
          checked++;
          const problem = unresolved(href(target({ url }), BASE), HOST);
          if (problem) broken.push(`${query}: ${problem}`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });

  describe('served under the base, in a browser', () => {
    let server: StaticServer;
    beforeAll(async () => {
      server = await serveStatic(dist, BASE);
    });
    afterAll(async () => {
      await server.close();
    });

    it('searches from the search page and links each result under the base, loading nothing that fails', async () => {
      const browser = await launchBrowser({ onlyOrigin: server.origin });
      try {
        const page = await browser.newPage();
        const failed: string[] = [];
        page.on('response', (r) => {
          if (r.status() >= 400) failed.push(`${r.url()} answered ${r.status()}`);
        });
        page.on('requestfailed', (r) => failed.push(`${r.url()} failed`));
        await page.goto(`${server.origin}${BASE}search/?q=Kirby`, { waitUntil: 'networkidle' });
        await page.waitForSelector('.search-results a.result-link');
        const links = await page.$$eval('.search-results a, .search-panel a', (as) => as.map((a) => a.getAttribute('href')!));
        expect(links.length).toBeGreaterThan(3);
        const broken = links.map((l) => unresolved(l.replace(/\?highlight=[^#]*/, ''), HOST + BASE)).filter(Boolean);
        expect(broken).toEqual([]);
        // The page's own styles, fonts and scripts, and the search bundle, all came from under the base.
        expect(failed).toEqual([]);
        expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
      } finally {
        await browser.close();
      }
    }, 60_000);
  });

  it('prints the PDF in the site’s own fonts, its links at the public address under the base', () => {
    const bytes = new Uint8Array(readFileSync(join(dist, paths.pdf(title))));
    const { fonts } = pdfFonts(bytes);
    expect(fonts.length).toBeGreaterThan(0);
    for (const { name, embedded } of fonts) {
      expect(name).toMatch(SITE_FONT);
      expect(embedded, name).toBe(true);
    }
    const links = [
      ...Buffer.from(bytes)
        .toString('latin1')
        .matchAll(/\/URI \(([^)]*)\)/g),
    ].map((m) => m[1]!);
    const ours = links.filter((l) => l.startsWith(SITE));
    expect(ours.length).toBeGreaterThan(100);
    expect(ours.filter((l) => !l.startsWith(`${SITE}${BASE}`))).toEqual([]);
  });

  it('writes each note’s address on paper after the public address on the cover, base included', () => {
    const print = doc(paths.print);
    expect(print.querySelector('.cover-note a')?.getAttribute('href')).toBe(`${SITE}${BASE}`);
    const addresses = print.querySelectorAll('[data-address]').map((e) => e.getAttribute('data-address')!);
    expect(addresses.length).toBeGreaterThan(100);
    for (const a of addresses)
      if (a.startsWith('…')) expect(a, a).toMatch(/^…\/(?:sources|chapters|chronology|people-and-places)\//);
  });

  it('refuses to print, naming the stylesheet, when the site is served outside its base', async () => {
    const out = join(tempDir('explainer-base-pdf-'), 'refused.pdf');
    await expect(
      renderPdf({ dist, path: paths.print, base: '/', out, date: '2021-01-01', log: () => undefined }),
    ).rejects.toThrow(
      /refusing to print without the site's styles: (?:.*; )?stylesheet http:\/\/127\.0\.0\.1:\d+\/explainers\/border\/\S+\.css answered 404/,
    );
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});

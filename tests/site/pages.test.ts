import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentName } from '../../src/lib/build/stylesheets.ts';
import { loadDataset } from '../../src/lib/data/load.ts';
import { ASSET_CACHE } from '../../src/lib/security.ts';
import { passageAnchor } from '../../src/lib/sources/segments.ts';
import { withholdContacts } from '../../src/lib/sources/withhold.ts';
import { DIST, brokenLinks, builtPages, distSite, fileFor, page } from '../support/site.ts';

const data = loadDataset(process.cwd());
const pages = builtPages();

describe('built site', () => {
  it('has a home page, a 404 page, every chapter, the sources index and a page per source', () => {
    const expected = [
      '/',
      '/404.html',
      '/sources/',
      ...data.explainer.chapters.map((c) => `/chapters/${c}/`),
      ...data.seeds.map((s) => `/sources/${s.id}/`),
    ];
    for (const p of expected) expect(pages).toContain(p);
  });

  it.each(pages)('%s has a language, a title, a description, one h1 and a working skip link', (path) => {
    const doc = page(path);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(data.explainer.lang);
    expect(doc.querySelector('title')?.textContent.trim()).toBeTruthy();
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(20);
    // The print edition is a book: each part has its own h1, so bookmarks nest under it.
    if (path === '/print/') expect(doc.querySelectorAll('h1').length).toBeGreaterThan(3);
    else expect(doc.querySelectorAll('h1')).toHaveLength(1);
    const skip = doc.querySelector('a.skip-link');
    expect(skip?.getAttribute('href')).toBe('#main');
    expect(doc.getElementById('main')?.tagName).toBe('MAIN');
  });

  it.each(pages)('%s prints no "undefined", "NaN" or "[object Object]"', (path) => {
    const text = page(path).querySelector('body')?.textContent;
    expect(text).not.toMatch(/\bundefined\b|\bNaN\b|\[object Object\]/);
  });

  it.each(pages)('%s links only to pages and anchors that exist', (path) => {
    expect(brokenLinks(distSite, path)).toEqual([]);
  });

  it('gives every page at most two of its own stylesheets, the first shared by all, and keeps no stylesheet nothing loads', () => {
    const own = (path: string): string[] =>
      page(path)
        .querySelectorAll('link[rel="stylesheet"]')
        .map((l) => l.getAttribute('href')!)
        .filter((href) => href.includes('/_astro/'));
    const firsts = new Set(pages.map((p) => own(p)[0]));
    expect(firsts.size).toBe(1);
    for (const p of pages) {
      expect(own(p).length, p).toBeLessThanOrEqual(2);
      expect(new Set(own(p)).size, `${p} links a stylesheet twice`).toBe(own(p).length);
    }
    const assets = join(DIST, '_astro');
    const scripts = readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(assets, f), 'utf8'));
    const linked = new Set(pages.flatMap(own).map((href) => href.slice(href.lastIndexOf('/') + 1)));
    for (const sheet of readdirSync(assets).filter((f) => f.endsWith('.css')))
      expect(
        linked.has(sheet) || scripts.some((s) => s.includes(sheet)),
        `${sheet} is linked by no page and loaded by no script`,
      ).toBe(true);
  });

  it('preloads no font: on a slow connection a preload holds the first paint for a face too late to be used', () => {
    for (const p of pages) expect(page(p).querySelectorAll('link[rel="preload"][as="font"]').length, p).toBe(0);
  });

  it('marks every cited passage on its source page, with its exact text', () => {
    for (const passage of data.passages.values()) {
      const doc = page(`/sources/${passage.seed}/`);
      const anchor = doc.getElementById(passageAnchor(passage));
      expect(anchor, `source ${passage.seed} lacks ${passageAnchor(passage)}`).toBeTruthy();
      const mark = anchor!.closest('mark');
      expect(mark?.textContent).toContain(passage.text);
    }
  });

  it('shows every line of each source, with page furniture labelled and contact details withheld', () => {
    for (const seed of data.seeds) {
      const doc = page(`/sources/${seed.id}/`);
      for (const block of seed.blocks.filter((b) => b.kind !== 'headline')) {
        const el = doc.getElementById(block.id);
        expect(el?.querySelector('.body')?.textContent, `${seed.id}#${block.id}`).toBe(withholdContacts(block.text, block.kind));
        if (block.kind !== 'paragraph' && block.kind !== 'subhead') expect(el?.querySelector('.label')).toBeTruthy();
      }
    }
  });
});

describe('addresses the site hands out', () => {
  it('every search record points at a page and anchor that exist', async () => {
    const { searchRecords } = await import('../../src/lib/search/records.ts');
    const broken = searchRecords(data)
      .map((r) => new URL(r.url, 'http://site'))
      .filter((u) => {
        if (!existsSync(fileFor(u.pathname))) return true;
        return u.hash !== '' && !page(u.pathname).getElementById(decodeURIComponent(u.hash.slice(1)));
      })
      .map((u) => u.pathname + u.hash);
    expect(broken).toEqual([]);
  });

  it('every sitemap entry is a built page on the canonical origin; no sitemap without one', () => {
    const site = data.explainer.site;
    expect(page('/').querySelector('link[rel="sitemap"]') !== null).toBe(Boolean(site));
    if (!site) {
      expect(existsSync(fileFor('/sitemap.xml'))).toBe(false);
      return;
    }
    const xml = readFileSync(fileFor('/sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
    expect(locs.length).toBeGreaterThan(5);
    for (const loc of locs) {
      expect(loc.origin).toBe(new URL(site).origin);
      expect(existsSync(fileFor(loc.pathname)), loc.pathname).toBe(true);
    }
  });

  it('has the security headers file for static hosts', () => {
    const headers = readFileSync(fileFor('/_headers'), 'utf8');
    for (const name of ['Content-Security-Policy', 'Referrer-Policy', 'X-Content-Type-Options', 'Permissions-Policy']) {
      expect(headers).toContain(`${name}: `);
    }
    expect(headers).not.toMatch(/unsafe-inline|https?:\/\//);
    expect(headers).toContain(`/_astro/*\n  Cache-Control: ${ASSET_CACHE}\n`);
  });

  it('names every stylesheet and font it caches for good after its content', () => {
    const assets = join(DIST, '_astro');
    const scripts = readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(assets, f), 'utf8'));
    for (const name of readdirSync(assets)) {
      const bytes = readFileSync(join(assets, name));
      if (name.endsWith('.woff2'))
        expect(name, name).toMatch(
          new RegExp(`\\.${createHash('sha256').update(bytes).digest('base64url').slice(0, 8)}\\.woff2$`),
        );
      // A stylesheet a script asks for by name keeps the name Astro gave it.
      else if (name.endsWith('.css') && !scripts.some((s) => s.includes(name)))
        expect(name).toBe(contentName(name, bytes.toString('utf8')));
    }
  });
});

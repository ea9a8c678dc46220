import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { urlScheme } from '../../src/lib/html/escape.ts';
import { buildExplainer } from '../support/build.ts';
import { tinyCopy } from '../support/fixture.ts';
import { HOSTILE, HOSTILE_LINE, hostileCopy } from '../support/hostile.ts';
import { loadIndex } from '../support/search.ts';
import { tempDir } from '../support/temp.ts';

const UNSAFE = new Set(['javascript', 'data', 'vbscript']);

function files(dir: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(ext)) out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}

describe('hostile text in every field', () => {
  let dist: string;
  let output: string;
  let status: number | null;

  beforeAll(() => {
    const f = hostileCopy();
    dist = tempDir('explainer-hostile-');
    ({ status, output } = buildExplainer(f.root, dist));
  }, 240_000);

  it('builds', () => {
    expect(status, output).toBe(0);
  });

  it('changes nothing on any page: no refresh, no injected element or handler, no unsafe link, JSON-LD intact', () => {
    const pages = files(dist, '.html');
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const at = relative(dist, file);
      const html = readFileSync(file, 'utf8');
      const root = parse(html, { comment: true });
      const metas = root.querySelectorAll('meta[http-equiv]').map((m) => m.getAttribute('http-equiv'));
      expect(metas, at).toEqual(['Content-Security-Policy']);
      expect(
        root.querySelectorAll('img').filter((i) => i.getAttribute('src') === 'x'),
        at,
      ).toEqual([]);
      for (const el of root.querySelectorAll('*')) {
        expect(
          Object.keys(el.attributes).filter((a) => a.toLowerCase().startsWith('on')),
          `${at}: <${el.tagName}>`,
        ).toEqual([]);
        for (const attr of ['href', 'src', 'action', 'formaction']) {
          const value = el.getAttribute(attr);
          if (value !== undefined) expect(UNSAFE.has(urlScheme(value) ?? ''), `${at}: ${attr}="${value}"`).toBe(false);
        }
      }
      const scripts = root.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts, at).toHaveLength(1);
      const ld = scripts[0]!.textContent;
      expect(ld).not.toMatch(/[<>\u2028\u2029]/);
      expect(JSON.stringify(JSON.parse(ld))).toContain('</script><meta http-equiv=refresh');
      // The strings are there, as text: escaped, not dropped. (Typesetting curls their quotation marks.)
      expect(root.querySelector('title')!.textContent, at).toContain('</script><meta http-equiv=refresh');
      expect(root.querySelector('title')!.textContent, at).toContain('><img src=x onerror=alert(1)>');
    }
  });

  it('shows the hostile seed line as text on its source page', () => {
    const root = parse(readFileSync(join(dist, 'sources/000/index.html'), 'utf8'));
    const text = root.querySelector('main')!.textContent.replace(/\s+/g, ' ');
    expect(text).toContain(HOSTILE_LINE.replace(/\s+/g, ' '));
  });

  it('keeps the strings as text in the search index', async () => {
    const { pagefind } = await loadIndex(dist);
    const search = await pagefind.search('onerror');
    const results = await Promise.all((search?.results ?? []).map((r) => r.data()));
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      const excerpt = parse(r.excerpt);
      expect(excerpt.querySelectorAll('img, meta, script'), r.url).toEqual([]);
      expect(UNSAFE.has(urlScheme(r.url) ?? '')).toBe(false);
    }
    expect(results.some((r) => (r.meta.title ?? '').includes(HOSTILE.element))).toBe(true);
  });

  it('prints the print edition to PDF, with no link to a javascript:, data: or vbscript: URL', async () => {
    const [pdfFile] = files(dist, '.pdf');
    expect(pdfFile).toBeDefined();
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(pdfFile!)), verbosity: 0 }).promise;
    expect(pdf.numPages).toBeGreaterThan(3);
    let text = '';
    for (let n = 1; n <= pdf.numPages; n++) {
      const p = await pdf.getPage(n);
      for (const a of (await p.getAnnotations()) as Array<{ subtype: string; url?: string; unsafeUrl?: string }>) {
        if (a.subtype !== 'Link') continue;
        for (const url of [a.url, a.unsafeUrl]) if (url) expect(UNSAFE.has(urlScheme(url) ?? ''), url).toBe(false);
      }
      text += (await p.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    }
    // The print edition's own parts, not some other page it was sent to.
    expect(text).toContain('Contents');
    expect(text).toContain('The only chapter');
    expect(text).toContain('Tiny explainer');
    await pdf.destroy();
  });
});

describe('links in chapters', () => {
  it('refuse javascript:, data: and vbscript: URLs at build, with the chapter, line and column', () => {
    const f = tinyCopy();
    // The links go on a line of their own after the chapter, a blank line after its last.
    let line = 0;
    f.text('content/chapters/only.mdx', (t) => {
      line = t.split('\n').length + 1;
      return `${t}\nSee [the map](${HOSTILE.script}), ![a](data:image/png;base64,AAAA) and <a href="VBScript:msgbox(1)">this</a>.\n`;
    });
    const { status, output } = buildExplainer(f.root, tempDir('explainer-links-'));
    expect(status).not.toBe(0);
    const lines = output.split('\n');
    expect(
      lines.some((l) => new RegExp(`content/chapters/only\\.mdx:${line}:5: link to a javascript: URL is not allowed`).test(l)),
    ).toBe(true);
    expect(
      lines.some((l) => new RegExp(`content/chapters/only\\.mdx:${line}:\\d+: link to a data: URL is not allowed`).test(l)),
    ).toBe(true);
    expect(
      lines.some((l) =>
        new RegExp(`content/chapters/only\\.mdx:${line}:\\d+: <a href>: link to a vbscript: URL is not allowed`).test(l),
      ),
    ).toBe(true);
  }, 180_000);
});

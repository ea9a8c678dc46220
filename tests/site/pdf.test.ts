import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';
import { readOutline, type OutlineEntry } from '../../src/lib/print/outline.ts';
import { pdfHref } from '../../src/lib/urls.ts';
import { TextNode } from 'node-html-parser';
import { DIST, page as builtPage } from '../support/site.ts';
import { pdfFonts, SITE_FONT } from '../support/pdf-fonts.ts';

const data = loadDataset(process.cwd());
const file = join(DIST, pdfHref(data.explainer.title));
const A4 = [595, 842];
/** The print edition runs to about forty-five pages; far outside this range, something is lost or duplicated. */
const PAGE_RANGE = [30, 80] as const;

let pdf: PDFDocumentProxy;
let outline: OutlineEntry[];
let bytes: Uint8Array;
const pageTexts: string[][] = [];
const footers: string[] = [];
/** Each page's text above the bottom margin, in reading order. */
const bodies: string[][] = [];

beforeAll(async () => {
  bytes = new Uint8Array(readFileSync(file));
  pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  outline = (await readOutline(bytes)).outline;
  for (let n = 1; n <= pdf.numPages; n++) {
    const p = await pdf.getPage(n);
    const content = await p.getTextContent();
    const items = content.items.filter((i): i is Extract<typeof i, { str: string }> => 'str' in i && i.str.trim() !== '');
    pageTexts.push(items.map((i) => i.str));
    // The foot of the page: text in the bottom margin (y below 45 pt).
    footers.push(
      items
        .filter((i) => i.transform[5]! < 45)
        .map((i) => i.str.trim())
        .join(' '),
    );
    bodies.push(items.filter((i) => i.transform[5]! >= 45).map((i) => i.str));
  }
}, 120_000);

const chapters = data.explainer.chapters.map((slug) => ({
  slug,
  title: builtPage(`/chapters/${slug}/`).querySelector('h1')!.textContent.trim(),
}));
const parts = [...chapters.map((c) => c.title), 'Events in date order', 'Sources and method', 'People, groups and places'];

/** The print edition's figures drawn as charts (SVG), not as tables. */
const drawnFigures = () =>
  builtPage('/print/')
    .querySelectorAll('figure[data-figure]')
    .filter((f) => f.querySelector('.figure-body svg'));

describe('the PDF of the print edition', () => {
  it('has a plausible number of A4 pages', async () => {
    expect(pdf.numPages).toBeGreaterThanOrEqual(PAGE_RANGE[0]);
    expect(pdf.numPages).toBeLessThanOrEqual(PAGE_RANGE[1]);
    for (let n = 1; n <= pdf.numPages; n++) {
      const [, , w, h] = (await pdf.getPage(n)).view;
      expect([Math.round(w!), Math.round(h!)]).toEqual(A4);
    }
  });

  it('has no blank pages', () => {
    bodies.forEach((text, i) => {
      expect(text.join('').trim().length, `page ${i + 1}`).toBeGreaterThan(20);
    });
  });

  it('numbers every page but the cover', () => {
    expect(footers[0]).toBe('');
    footers.slice(1).forEach((footer, i) => {
      expect(footer, `page ${i + 2}`).toBe(String(i + 2));
    });
  });

  it('has a title, a language and tags', async () => {
    const { info } = (await pdf.getMetadata()) as { info: { Title?: string; Language?: string } };
    expect(info.Title).toContain(data.explainer.title);
    const markInfo = await pdf.getMarkInfo();
    expect(markInfo?.Marked).toBe(true);
    expect(Buffer.from(bytes).toString('latin1')).toMatch(new RegExp(`/Lang\\s*\\(${data.explainer.lang}`));
  });

  it('starts each part on the page its contents entry gives, and bookmarks it there', () => {
    // The contents page lists the parts in order, each with one page number (its own footer aside).
    const listed = bodies[1]!.filter((t) => /^\d+$/.test(t.trim())).map(Number);
    const marks = parts.map((title) => outline.find((o) => o.depth === 0 && o.title === title));
    expect(marks.every(Boolean), 'a bookmark for every part').toBe(true);
    expect(listed).toEqual(marks.map((m) => m!.page));
    // pdf.js splits words at apostrophes and spells them ʼ: compare without spaces or quote styles.
    const squash = (t: string): string => t.replace(/[ʼ'’]/g, "'").replace(/\s+/g, '');
    marks.forEach((m, i) => {
      expect(squash(pageTexts[m!.page - 1]!.join(' '))).toContain(squash(parts[i]!));
    });
  });

  it('bookmarks every chapter and its sections in order, nested by heading level', () => {
    expect(outline.filter((o) => o.depth === 0).map((o) => o.title)).toEqual([data.explainer.title, 'Contents', ...parts]);
    for (const chapter of chapters) {
      const start = outline.findIndex((o) => o.depth === 0 && o.title === chapter.title);
      const end = outline.findIndex((o, i) => i > start && o.depth === 0);
      const sections = outline
        .slice(start + 1, end)
        .filter((o) => o.depth === 1)
        .map((o) => o.title);
      const expected = builtPage(`/chapters/${chapter.slug}/`)
        .querySelectorAll('.body > h2, .body > * > h2')
        .filter((h) => !h.id.startsWith('notes-'))
        .map((h) =>
          h.childNodes
            // Text nodes only: the heading's own words, not its link.
            .filter((n) => n instanceof TextNode)
            .map((n) => n.textContent)
            .join('')
            .trim(),
        );
      expect(sections).toEqual([...expected, 'Notes']);
    }
  });

  it('embeds every font, all from the site’s own families', () => {
    const { fonts, subtypes } = pdfFonts(bytes);
    // Text fonts: each named, subset-embedded (a six-letter prefix) and with its font file.
    expect(fonts.length).toBeGreaterThan(0);
    for (const { name, embedded } of fonts) {
      expect(name).toMatch(SITE_FONT);
      expect(embedded, name).toBe(true);
    }
    // The only other kind: Type 3 glyph outlines Chromium writes for outlined (haloed) chart text.
    for (const s of subtypes) expect(['Type0', 'CIDFontType2', 'Type3']).toContain(s);
  });

  it('prints no "undefined", "NaN" or "[object Object]"', () => {
    const text = pageTexts.flat().join(' ');
    expect(text).not.toMatch(/\bundefined\b|\bNaN\b|\[object Object\]/);
  });

  it('tags every figure as a Figure with its title as alternative text', async () => {
    interface Node {
      role?: string;
      alt?: string;
      children?: Node[];
    }
    const alts: string[] = [];
    const walk = (node: Node | null | undefined): void => {
      if (!node) return;
      if (node.role === 'Figure' && node.alt) alts.push(node.alt);
      node.children?.forEach(walk);
    };
    for (let n = 1; n <= pdf.numPages; n++) walk((await (await pdf.getPage(n)).getStructTree()) as Node);
    // A figure drawn as a table is tagged as the table it is; a drawn chart as a Figure.
    const titles = drawnFigures().map((f) => f.querySelector('.figure-title')!.textContent.trim());
    expect(titles.length).toBeGreaterThanOrEqual(5);
    for (const title of titles)
      expect(
        alts.some((a) => a.startsWith(title)),
        title,
      ).toBe(true);
  });

  it('keeps each figure whole: caption and chart on one page, or a chart in parts one part to a page', () => {
    // A comparison drawn as a table may run over pages, row by row; a drawn chart may not, but a
    // long one drawn in parts (the matrix) breaks between them.
    const figures = drawnFigures().map((f) => ({
      title: f.querySelector('.figure-title')!.textContent.trim().slice(0, 24),
      parts: Math.max(1, f.querySelectorAll('.layout-wide .chart-parts > svg').length),
    }));
    expect(figures.length).toBeGreaterThanOrEqual(5);
    expect(figures.some((f) => f.parts > 1)).toBe(true);
    for (const { title, parts } of figures) {
      const on = pageTexts.findIndex((t) => t.join(' ').includes(title));
      expect(on, `figure "${title}" on a page`).toBeGreaterThan(0);
      const source = pageTexts.findIndex((t, p) => p >= on && t.some((s) => /^Source: /.test(s)));
      expect(source - on, `figure "${title}": pages from its caption to its source line`).toBeGreaterThanOrEqual(0);
      expect(source - on, `figure "${title}": pages from its caption to its source line`).toBeLessThan(parts);
    }
  });

  it('prints the chronology: every event, in two columns', () => {
    const start = outline.find((o) => o.depth === 0 && o.title === 'Events in date order')!.page;
    const end = outline.find((o) => o.depth === 0 && o.page > start)!.page;
    const text = squashed(bodies.slice(start - 1, end - 1).flat());
    for (const e of data.events) expect(text, e.id).toContain(squashed([e.title]));
  });

  it('gives each index entry the pages of the chapters that name it', () => {
    const start = outline.find((o) => o.depth === 0 && o.title === 'People, groups and places')!.page;
    const index = bodies
      .slice(start - 1)
      .flat()
      .join(' ')
      .replace(/[ʼ'’]/g, "'")
      .replace(/\s+/g, ' ');
    const entries = [...data.actors, ...data.places];
    let checked = 0;
    for (const e of entries) {
      const listed = new RegExp(`${e.name.replace(/[ʼ'’]/g, "'").replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+)`).exec(index);
      if (!listed) continue;
      checked++;
      const first = Number(listed[1]);
      const names = [e.name, ...e.spellings].map((n) => squashed([n]));
      expect(
        names.some((n) => squashed(pageTexts[first - 1]!).includes(n)),
        `${e.name} on page ${first}`,
      ).toBe(true);
    }
    expect(checked).toBeGreaterThan(entries.length / 2);
  });

  it('prints no placeholder address and links nowhere but the public site', async () => {
    const text = pageTexts.flat().join(' ');
    expect(text).not.toMatch(/example\.(org|com)|127\.0\.0\.1|localhost/);
    const links: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      for (const a of (await (await pdf.getPage(n)).getAnnotations()) as Array<{ url?: string }>) if (a.url) links.push(a.url);
    }
    for (const url of links) expect(url, url).not.toMatch(/^https?:\/\/(127\.0\.0\.1|localhost)|example\.org/);
    if (!data.explainer.site) expect(text).not.toContain('The online edition is at');
  });
});

/** Text without spaces or quote styles, for comparing what pdf.js reads with the data. */
function squashed(texts: readonly string[]): string {
  return texts
    .join('')
    .replace(/[ʼ'’‘]/g, "'")
    .replace(/\s+/g, '');
}

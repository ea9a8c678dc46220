import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { launchBrowser } from './chromium.ts';
import { serveStatic } from './serve.ts';
import { watchSiteStyles } from './pdf-assets.ts';
import { href } from '../urls.ts';
import { finishPdf, readOutline } from '../print/outline.ts';
import { findIndexPages, normaliseText, pageList } from '../print/index-pages.ts';

const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, outline: true, tagged: true } as const;

/** What every print edition holds; a page without it is not the print edition, whatever it answered. */
const STRUCTURE = ['article.print-edition', '.print-contents [data-toc-page]', '.print-part'] as const;

/** Kinds of request whose loss changes what prints: a PDF without them must not be written. */
const ESSENTIAL = new Set(['stylesheet', 'font', 'script']);

export interface PdfJob {
  /** The built site. */
  dist: string;
  /** The page to render, as a path within the site, e.g. `/print/`. */
  path: string;
  /** The base the site was built under (`/` by default): it is served there, so that its links and assets resolve. */
  base?: string | undefined;
  /** Where to write the PDF. */
  out: string;
  /** The site's public address: links within the site point there. Without one they are printed as paths, unlinked. */
  site?: string | undefined;
  /** Fixed creation date (YYYY-MM-DD), so two builds of the same site give the same PDF. */
  date: string;
  log: (message: string) => void;
}

/**
 * Renders the print edition to PDF in two passes: the first to learn from the PDF's bookmarks
 * on which page each part starts, and from its text on which pages each index entry is named;
 * the second with those numbers in the contents and the index. Chromium cannot do this itself
 * (no target-counter()).
 *
 * Chromium may reach only the local server, and the page must stay the print edition: a page
 * that navigates away (a meta refresh in the content, say), lacks the edition's structure, or
 * loses a stylesheet, font or script is refused with the reason, and no PDF is written.
 */
export async function renderPdf(job: PdfJob): Promise<{ pages: number; bytes: number }> {
  const server = await serveStatic(job.dist, job.base);
  const browser = await launchBrowser({ onlyOrigin: server.origin });
  try {
    const page = await browser.newPage();
    // Requests to another origin are refused for that; the site's own files that fail are
    // reported after the style check, which names a missing stylesheet or font more plainly.
    const foreign: string[] = [];
    const problems: string[] = [];
    await page.route('**/*', async (route) => {
      const request = route.request();
      if (new URL(request.url()).origin === server.origin) return route.continue();
      if (ESSENTIAL.has(request.resourceType()))
        foreign.push(`the page asks for a ${request.resourceType()} from another origin: ${request.url()}`);
      return route.abort('blockedbyclient');
    });
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (ESSENTIAL.has(type) && !response.ok())
        problems.push(`${type} ${new URL(response.url()).pathname} answered ${response.status()}`);
    });
    page.on('requestfailed', (request) => {
      const type = request.resourceType();
      if (ESSENTIAL.has(type) && new URL(request.url()).origin === server.origin)
        problems.push(`${type} ${new URL(request.url()).pathname} did not load (${request.failure()?.errorText ?? 'failed'})`);
    });
    const styles = watchSiteStyles(page, server.origin);
    const target = server.origin + href(job.path, job.base ?? '/');
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations++;
    });

    job.log(`PDF: loading ${job.path}`);
    const response = await page.goto(target, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${job.path} answered ${response?.status() ?? 'nothing'}`);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.fonts.ready);
    const fontErrors = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.status === 'error').map((f) => `${f.family} ${f.weight} ${f.style}`),
    );
    for (const f of fontErrors) problems.push(`the font ${f} did not load`);
    // That the page is still the print edition, loaded from this server alone.
    const identity = async (): Promise<void> => {
      if (navigations !== 1 || page.url() !== target) {
        throw new Error(`refusing to print: the page navigated away from ${job.path} (to ${page.url()})`);
      }
      for (const selector of STRUCTURE) {
        if (!(await page.$(selector)))
          throw new Error(`refusing to print: ${job.path} has no ${selector}, so it is not the print edition`);
      }
      if (foreign.length) throw new Error(`refusing to print: ${[...new Set(foreign)].join('; ')}`);
    };
    const check = async (): Promise<void> => {
      await identity();
      if (problems.length) throw new Error(`refusing to print: ${[...new Set(problems)].join('; ')}`);
    };
    // Each refusal gives its most specific reason: first the page's identity, then its styles
    // (a site served outside its base loses all of them), then any other file that failed.
    await identity();
    await styles.verify();
    await check();
    await siteLinks(page, job.site);
    await figuresAsImages(page);

    job.log('PDF: pass 1 of 2 (finding page numbers)');
    await check();
    const first = await page.pdf(PDF_OPTIONS);
    const { outline } = await readOutline(first);
    // Bookmarks follow the printed headings in order; find each part's title among them.
    const headings = await printedHeadings(page);
    if (headings.length !== outline.length) {
      throw new Error(`${outline.length} bookmarks for ${headings.length} printed headings`);
    }
    const pageOf = (id: string): number | undefined => outline[headings.findIndex((h) => h.id === id)]?.page;
    const parts = await page.$$eval('[data-toc-page]', (spans) =>
      spans.map((s) => ({ id: s.getAttribute('data-toc-page')!, chapter: s.hasAttribute('data-toc-chapter') })),
    );
    const numbers = parts.map(({ id }) => ({ id, page: pageOf(`${id}-title`) }));
    const missing = numbers.filter((n) => n.page === undefined).map((n) => n.id);
    if (missing.length) throw new Error(`no bookmark found for ${missing.join(', ')}; is each part's title a heading?`);
    // Pages after a chapter's Notes heading hold only notes: the index points at the text.
    const notesOnly = headings
      .map((h, i) => (h.id.startsWith('notes-') ? outline[i]!.page : undefined))
      .filter((n): n is number => n !== undefined);
    const index = await indexNumbers(
      page,
      first,
      parts.map((p, i) => ({ ...p, page: numbers[i]!.page! })),
      notesOnly,
    );
    await page.evaluate(
      ({ found, entries }) => {
        for (const { id, page: n } of found) {
          const span = document.querySelector(`[data-toc-page="${id}"]`);
          if (span) span.textContent = String(n);
        }
        for (const span of document.querySelectorAll('[data-index-pages]')) {
          const pages = entries[span.getAttribute('data-index-pages')!];
          // An entry the chapters never name has nothing to point to.
          if (pages) span.textContent = pages;
          else span.closest('li')?.remove();
        }
      },
      { found: numbers, entries: index },
    );

    job.log('PDF: pass 2 of 2 (final)');
    await check();
    const pdf = await finishPdf(
      await page.pdf(PDF_OPTIONS),
      headings.map((h) => h.text),
      job.date,
    );
    await writeFile(job.out, pdf);
    const { pages } = await readOutline(pdf);
    return { pages, bytes: pdf.length };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The index's page numbers: on which pages of the chapters (cover, contents, pages of notes
 * only and back matter aside) each entry's names appear in the first rendering's text, running heads and page
 * numbers left out. The chapters come first and the index last, so filling it in moves no page.
 */
async function indexNumbers(
  page: Page,
  pdf: Uint8Array,
  parts: ReadonlyArray<{ id: string; page: number; chapter: boolean }>,
  notesStart: readonly number[],
): Promise<Record<string, string>> {
  const terms = await page.$$eval('[data-index-pages]', (spans) =>
    spans.map((s) => ({
      key: s.getAttribute('data-index-pages')!,
      names: JSON.parse(s.getAttribute('data-index-names')!) as string[],
    })),
  );
  if (!terms.length) return {};
  const chapters = parts.filter((p) => p.chapter);
  if (!chapters.length) return {};
  const from = Math.min(...chapters.map((c) => c.page));
  const after = parts.filter((p) => p.page > Math.max(...chapters.map((c) => c.page))).map((p) => p.page);
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, disableFontFace: true, verbosity: 0 })
    .promise;
  try {
    const to = after.length ? Math.min(...after) - 1 : doc.numPages;
    const texts = new Map<number, string>();
    const starts = parts.map((p) => p.page);
    const onlyNotes = (n: number): boolean => notesStart.some((s) => n > s && !starts.some((t) => t > s && t <= n));
    for (let n = from; n <= to; n++) {
      if (onlyNotes(n)) continue;
      const p = await doc.getPage(n);
      const height = p.view[3]!;
      const { items } = await p.getTextContent();
      // The page's text between the running head and the page number (the margins are 22 and 24 mm).
      const body = items.filter((i) => 'str' in i && i.transform[5]! > 60 && i.transform[5]! < height - 60);
      texts.set(n, normaliseText(body.map((i) => ('str' in i ? i.str + (i.hasEOL ? ' ' : '') : '')).join('')));
      p.cleanup();
    }
    const found = findIndexPages(terms, texts);
    return Object.fromEntries([...found].filter(([, pages]) => pages.length).map(([key, pages]) => [key, pageList(pages)]));
  } finally {
    await doc.destroy();
  }
}

/** The headings that print, in document order, with their text as laid out (line breaks as spaces). */
async function printedHeadings(page: Page): Promise<Array<{ id: string; text: string }>> {
  return page.$$eval('h1, h2, h3, h4, h5, h6', (all) =>
    all
      .filter((h) => h.checkVisibility())
      .map((h) => ({ id: h.id, text: (h as HTMLElement).innerText.replace(/\s+/g, ' ').trim() })),
  );
}

/**
 * On paper a chart is a picture: each figure's SVG becomes one image whose alternative text is
 * the figure's title and reading, which the tagged PDF carries as the Figure's /Alt. Links and
 * focus stops inside it (for tooltips on screen) are flattened to plain groups.
 */
async function figuresAsImages(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const figure of document.querySelectorAll('figure[data-figure]')) {
      const svg = figure.querySelector('.figure-body svg');
      if (!svg) continue;
      const title = figure.querySelector('.figure-title')?.textContent.trim() ?? '';
      const summary = figure.querySelector('.figure-summary')?.textContent.trim() ?? '';
      svg.setAttribute('role', 'img');
      svg.removeAttribute('aria-labelledby');
      svg.setAttribute('aria-label', `${title}. ${summary}`);
      for (const a of svg.querySelectorAll('a')) {
        const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
        // Every attribute but the link's own: scoped styles match on data-astro-cid-*, and
        // without it a node's rect falls back to SVG's default black fill.
        for (const { name, value } of a.attributes) {
          if (name !== 'href' && name !== 'tabindex' && !name.startsWith('aria-')) g.setAttribute(name, value);
        }
        g.append(...a.childNodes);
        a.replaceWith(g);
      }
      for (const el of svg.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
    }
  });
}

/**
 * Links to the site's own pages point at its public address, so they work from the PDF;
 * in-document anchors stay. Without a public address there is nowhere for them to go (the
 * local server is gone once the PDF is written): they become plain text, their path printed
 * where the page asks for it.
 */
async function siteLinks(page: Page, site: string | undefined): Promise<void> {
  await page.evaluate((origin) => {
    for (const a of document.querySelectorAll('a[href^="/"]')) {
      if (origin) {
        a.setAttribute('href', new URL(a.getAttribute('href')!, origin).href);
        a.setAttribute('data-site', '');
      } else a.removeAttribute('href');
    }
  }, site ?? null);
}

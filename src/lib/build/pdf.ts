import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchBrowser } from './chromium.ts';
import { serveStatic } from './serve.ts';
import { finishPdf, readOutline } from '../print/outline.ts';

const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, outline: true, tagged: true } as const;

export interface PdfJob {
  /** The built site. */
  dist: string;
  /** The page to render, e.g. `/print/`. */
  path: string;
  /** Where to write the PDF. */
  out: string;
  /** The canonical origin: links within the site become addresses there, so they work from the PDF. */
  site: string;
  /** Fixed creation date (YYYY-MM-DD), so two builds of the same site give the same PDF. */
  date: string;
  log: (message: string) => void;
}

/**
 * Renders the print edition to PDF in two passes: the first to learn from the PDF's bookmarks
 * on which page each part starts, the second with those numbers in the contents. Chromium
 * cannot do this itself (no target-counter()).
 */
export async function renderPdf(job: PdfJob): Promise<{ pages: number; bytes: number }> {
  const server = await serveStatic(job.dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    job.log(`PDF: loading ${job.path}`);
    const response = await page.goto(server.origin + job.path, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`PDF: ${job.path} answered ${response?.status() ?? 'nothing'}`);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.fonts.ready);
    await absoluteLinks(page, job.site);
    await figuresAsImages(page);

    job.log('PDF: pass 1 of 2 (finding page numbers)');
    const first = await page.pdf(PDF_OPTIONS);
    const { outline } = await readOutline(first);
    // Bookmarks follow the printed headings in order; find each part's title among them.
    const headings = await printedHeadings(page);
    if (headings.length !== outline.length) {
      throw new Error(`PDF: ${outline.length} bookmarks for ${headings.length} printed headings`);
    }
    const parts = await page.$$eval('[data-toc-page]', (spans) => spans.map((s) => `${s.getAttribute('data-toc-page')!}-title`));
    const numbers = parts.map((id) => ({
      id: id.replace(/-title$/, ''),
      page: outline[headings.findIndex((h) => h.id === id)]?.page,
    }));
    const missing = numbers.filter((n) => n.page === undefined).map((n) => n.id);
    if (missing.length) throw new Error(`PDF: no bookmark found for ${missing.join(', ')}; is each part's title a heading?`);
    await page.evaluate((found) => {
      for (const { id, page: n } of found) {
        const span = document.querySelector(`[data-toc-page="${id}"]`);
        if (span) span.textContent = String(n);
      }
    }, numbers);

    job.log('PDF: pass 2 of 2 (final)');
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
        for (const attr of ['class', 'transform']) {
          const value = a.getAttribute(attr);
          if (value !== null) g.setAttribute(attr, value);
        }
        g.append(...a.childNodes);
        a.replaceWith(g);
      }
      for (const el of svg.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
    }
  });
}

/** Links to the site's own pages point at the public site, so they work from the PDF; in-document anchors stay. */
async function absoluteLinks(page: Page, site: string): Promise<void> {
  await page.evaluate((origin) => {
    for (const a of document.querySelectorAll('a[href^="/"]')) {
      a.setAttribute('href', new URL(a.getAttribute('href')!, origin).href);
      a.setAttribute('data-site', '');
    }
  }, site);
}

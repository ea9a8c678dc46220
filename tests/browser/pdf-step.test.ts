import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/lib/build/pdf.ts';
import { readOutline } from '../../src/lib/print/outline.ts';
import { pdfFacts } from '../../src/lib/print/pdf-facts.ts';
import { loadDataset } from '../../src/lib/data/load.ts';
import { pdfHref } from '../../src/lib/urls.ts';
import { useBrowser } from '../support/browser-session.ts';
import { DIST } from '../support/site.ts';

/** The least a page needs to pass for the print edition. */
const EDITION = `<article class="print-edition"><nav class="print-contents"><span data-toc-page="part-a"></span></nav>
<section class="print-part" id="part-a"><h1 id="part-a-title">A part</h1><p>Text.</p></section></article>`;
const folders: string[] = [];
afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

/** Renders a one-page site to PDF and returns the error the PDF step gave, or undefined. */
async function printSite(files: Record<string, string>): Promise<string | undefined> {
  const dist = mkdtempSync(join(tmpdir(), 'explainer-pdf-'));
  folders.push(dist);
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), body);
  }
  const out = join(dist, 'out.pdf');
  try {
    await renderPdf({ dist, path: '/print/', out, date: '2021-01-01', log: () => undefined });
  } catch (error) {
    expect(() => statSync(out), 'no PDF is written').toThrow();
    return error instanceof Error ? error.message : String(error);
  }
  return undefined;
}
const html = (head: string, body = EDITION): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

describe('the PDF step refuses what it must not print', () => {
  it('prints the print edition', async () => {
    await expect(
      printSite({ 'print/index.html': html('<link rel="stylesheet" href="/s.css">'), 's.css': 'p{color:#111}' }),
    ).resolves.toBe(undefined);
  }, 60_000);

  it('refuses a page that navigates away', async () => {
    const error = await printSite({
      'print/index.html': html(`<meta http-equiv="refresh" content="0;url=/elsewhere/">`),
      'elsewhere/index.html': html('', EDITION),
    });
    expect(error).toMatch(/refusing to print: the page navigated away from \/print\//);
  }, 60_000);

  it('refuses a page without the print edition’s structure', async () => {
    expect(await printSite({ 'print/index.html': html('', '<p>Hello</p>') })).toMatch(
      /refusing to print: \/print\/ has no article\.print-edition/,
    );
  }, 60_000);

  it('reaches no other origin, and fails on a stylesheet from one', async () => {
    expect(
      await printSite({ 'print/index.html': html('<link rel="stylesheet" href="https://fonts.example.com/a.css">') }),
    ).toMatch(/a stylesheet from another origin: https:\/\/fonts\.example\.com\/a\.css/);
  }, 60_000);

  it('fails loudly when a stylesheet or font of its own does not load', async () => {
    expect(await printSite({ 'print/index.html': html('<link rel="stylesheet" href="/missing.css">') })).toMatch(
      /stylesheet (?:http:\/\/127\.0\.0\.1:\d+)?\/missing\.css answered 404/,
    );
    const font = `<style>@font-face{font-family:X;src:url(/nofont.woff2)}</style>`;
    expect(await printSite({ 'print/index.html': html(font, EDITION.replace('<p>', '<p style="font-family:X">')) })).toMatch(
      /font (?:http:\/\/127\.0\.0\.1:\d+)?\/nofont\.woff2 answered 404|the font X/,
    );
  }, 90_000);
});

const session = useBrowser();
const data = loadDataset(process.cwd());
const pdfFile = join(DIST, pdfHref(data.explainer.title));

describe('the print edition’s bar', () => {
  it('offers printing and the PDF with its real length and size, on screen only; chapters link the same', async () => {
    const bytes = readFileSync(pdfFile);
    const { pages } = await readOutline(new Uint8Array(bytes));
    const label = `Download the PDF (${pdfFacts(pages, bytes.length)})`;
    const ctx = await session.context({ viewport: { width: 390, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(`${session.origin()}/print/`);
    await expect(page.getByRole('button', { name: 'Print' }).isVisible()).resolves.toBe(true);
    const link = page.getByRole('link', { name: label });
    await expect(link.getAttribute('href')).resolves.toBe(pdfHref(data.explainer.title));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-bar').isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${session.origin()}/chapters/${data.explainer.chapters[0]!}/`);
    await expect(page.getByRole('link', { name: label }).count()).resolves.toBe(1);
    await ctx.close();
  });
});

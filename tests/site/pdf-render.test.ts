import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';
import { pdfHref } from '../../src/lib/urls.ts';
import { decodeGreyPng, encodeGreyPng } from '../support/grey-png.ts';
import { darkShare, differingShare, renderPdfPages, type RenderedPage } from '../support/pdf-pages.ts';
import { DIST, page as builtPage } from '../support/site.ts';

/**
 * The PDF as a reader's viewer shows it, drawn by pdf.js on a canvas from npm rather than by
 * the Chromium that wrote it (Chromium's own viewer can hide faults other viewers show).
 * References are low-resolution greyscale images in tests/references/pdf/, reviewed and
 * committed; `npm run pdf:references` rewrites them on purpose. In CI a missing one fails.
 */
const data = loadDataset(process.cwd());
const file = join(DIST, pdfHref(data.explainer.title));
const REFERENCES = join(process.cwd(), 'tests/references/pdf');
const DPI = 36;
const WRITE = process.env.PDF_REFERENCES === 'write';
/** A page may differ from its reference in this share of its pixels (anti-aliasing across renderer versions). */
const TOLERANCE = 0.004;

let pages: RenderedPage[];
const referenceName = (n: number): string => `page-${String(n).padStart(2, '0')}.png`;
/**
 * Text compared without spaces, quote styles (pdf.js splits words at apostrophes and spells
 * them ʼ) or case (a style may set labels in capitals).
 */
const squash = (t: string): string =>
  t
    .replace(/[ʼ'’‘]/g, "'")
    .replace(/\s+/g, '')
    .toLowerCase();

beforeAll(async () => {
  pages = await renderPdfPages(new Uint8Array(readFileSync(file)), DPI);
}, 120_000);

describe('the PDF in an independent renderer', () => {
  it('draws no text inside a solid dark region', () => {
    const hidden = pages.flatMap((p) =>
      p.text
        // Runs too narrow to measure at this resolution (a lone superscript) prove nothing.
        .filter((t) => t.width >= 3 && t.height >= 2 && darkShare(p.image, t) > 0.8)
        .map((t) => `page ${p.n}: "${t.str}"`),
    );
    expect(hidden).toEqual([]);
  });

  it('prints every figure’s words in the text of the page that holds it, or each part’s on its own page', () => {
    // Drawn charts; a figure drawn as a table is text the page carries like any other.
    const figures = builtPage('/print/')
      .querySelectorAll('figure[data-figure]')
      .filter((f) => f.querySelector('.figure-body svg'));
    expect(figures.length).toBeGreaterThanOrEqual(5);
    const texts = pages.map((p) => squash(p.text.map((t) => t.str).join('')));
    // Each line of a label on its own: a label of several lines is one <text> of <tspan>s.
    const labelsOf = (svg: (typeof figures)[number]): string[] =>
      svg
        .querySelectorAll('text')
        .flatMap((t) => (t.querySelector('tspan') ? t.querySelectorAll('tspan') : [t]))
        .map((t) => squash(t.textContent))
        .filter(Boolean);
    for (const figure of figures) {
      const title = squash(figure.querySelector('.figure-title')!.textContent);
      // Print shows the wide layout; the phone layout's words are not on paper. A chart drawn in
      // parts (see src/figures/shared/Figure.astro) may break between them, never inside one.
      const wide = figure.querySelector('.layout-wide') ?? figure.querySelector('.figure-body')!;
      const nested = new Set(wide.querySelectorAll('svg svg'));
      const charts = wide.querySelectorAll('svg').filter((svg) => !nested.has(svg));
      const parts = charts.map(labelsOf).filter((l) => l.length);
      expect(parts.flat().length, title).toBeGreaterThan(3);
      // The figure's page: of the pages with its title (a heading may share it), the one with most of its first part's words.
      const found = (t: string, labels: string[]): number => labels.filter((l) => t.includes(l)).length;
      const withTitle = texts.flatMap((t, i) => (t.includes(title) ? [i] : []));
      expect(withTitle, `figure "${title}" is on no page`).not.toEqual([]);
      let on = withTitle.reduce((best, i) => (found(texts[i]!, parts[0]!) > found(texts[best]!, parts[0]!) ? i : best));
      for (const [k, labels] of parts.entries()) {
        // A later part on the same page or the next.
        if (k > 0 && labels.some((l) => !texts[on]!.includes(l))) on += 1;
        const missing = labels.filter((l) => !texts[on]?.includes(l));
        expect(missing, `figure "${title}"${parts.length > 1 ? `, part ${k + 1},` : ''} on page ${on + 1}`).toEqual([]);
      }
    }
  });

  it('matches the reviewed reference image of every page', () => {
    if (WRITE) {
      rmSync(REFERENCES, { recursive: true, force: true });
      mkdirSync(REFERENCES, { recursive: true });
    }
    const changed: string[] = [];
    for (const p of pages) {
      const path = join(REFERENCES, referenceName(p.n));
      if (WRITE || !existsSync(path)) {
        // A new page: record its reference locally; in CI a missing reference is a failure.
        expect(
          process.env.CI,
          `no reference ${referenceName(p.n)}: run \`npm run pdf:references\`, review and commit`,
        ).toBeFalsy();
        mkdirSync(REFERENCES, { recursive: true });
        writeFileSync(path, encodeGreyPng(p.image));
        continue;
      }
      const share = differingShare(p.image, decodeGreyPng(readFileSync(path)));
      if (share > TOLERANCE) {
        writeFileSync(path.replace(/\.png$/, '-changed.png'), encodeGreyPng(p.image));
        changed.push(`page ${p.n} (${(share * 100).toFixed(2)}% of pixels)`);
      }
    }
    const extra = readdirSync(REFERENCES).filter((f) => /^page-\d+\.png$/.test(f) && Number(f.slice(5, -4)) > pages.length);
    expect(extra, 'references for pages the PDF no longer has: run `npm run pdf:references`').toEqual([]);
    expect(
      changed,
      'pages that differ from their references: compare the -changed images, then `npm run pdf:references`',
    ).toEqual([]);
  });
});

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getDataset } from '../lib/dataset.ts';
import { renderPdf } from '../lib/build/pdf.ts';
import { fillPdfFacts, PDF_FACTS_MARK, pdfFacts } from '../lib/print/pdf-facts.ts';
import { paths } from '../lib/urls.ts';
import { pdfWanted } from '../lib/build/options.ts';

/**
 * Renders the print edition to PDF at the end of `astro build` (dist/<title>.pdf), showing
 * progress, and fails the build with the reason if rendering fails. The pages are written
 * before the PDF exists, so its length and size are written into their download links after.
 */
export default function pdf(): AstroIntegration {
  let base = '/';
  return {
    name: 'explainer:pdf',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pdfWanted()) {
          logger.warn('PDF: not written, as asked (--no-pdf); the pages carry no link to it');
          return;
        }
        const { explainer } = getDataset();
        const dist = fileURLToPath(dir).replace(/\/$/, '');
        // The output folder is the site's root, whatever the base it is published under.
        const out = `${dist}${paths.pdf(explainer.title)}`;
        try {
          const { pages, bytes } = await renderPdf({
            dist,
            path: paths.print,
            base,
            out,
            site: explainer.site,
            date: explainer.updated,
            log: (m) => {
              logger.info(m);
            },
          });
          logger.info(`PDF: wrote ${out.slice(dist.length + 1)} (${pages} pages, ${Math.round(bytes / 1024)} KB)`);
          const facts = pdfFacts(pages, bytes);
          for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
            const html = readFileSync(join(dist, file), 'utf8');
            if (html.includes(PDF_FACTS_MARK)) writeFileSync(join(dist, file), fillPdfFacts(html, facts));
          }
        } catch (error) {
          throw new Error(
            `The PDF of the print edition could not be rendered: ${error instanceof Error ? error.message : String(error)}`,
            { cause: error },
          );
        }
      },
    },
  };
}

import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getDataset } from '../lib/dataset.ts';
import { renderPdf } from '../lib/build/pdf.ts';
import { pdfHref, PRINT_HREF } from '../lib/urls.ts';
import { pdfWanted } from '../lib/build/options.ts';

/**
 * Renders the print edition to PDF at the end of `astro build` (dist/<title>.pdf), showing
 * progress, and fails the build with the reason if rendering fails.
 */
export default function pdf(): AstroIntegration {
  return {
    name: 'explainer:pdf',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!pdfWanted()) {
          logger.warn('PDF: not written, as asked (--no-pdf); the pages carry no link to it');
          return;
        }
        const { explainer } = getDataset();
        const dist = fileURLToPath(dir).replace(/\/$/, '');
        const out = `${dist}${pdfHref(explainer.title)}`;
        try {
          const { pages, bytes } = await renderPdf({
            dist,
            path: PRINT_HREF,
            out,
            site: explainer.site,
            date: explainer.updated,
            log: (m) => {
              logger.info(m);
            },
          });
          logger.info(`PDF: wrote ${out.slice(dist.length + 1)} (${pages} pages, ${Math.round(bytes / 1024)} KB)`);
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

import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { joinSiteStylesheets } from '../lib/build/stylesheets.ts';

/**
 * Gives each page at most two stylesheets, the site's and its own (`src/lib/build/stylesheets.ts`).
 * Runs after the fonts are cut, so the joined files carry the fonts' final names, and before the
 * PDF is rendered from the print page.
 */
export default function joinedStylesheets(): AstroIntegration {
  return {
    name: 'explainer:stylesheets',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { before, after } = await joinSiteStylesheets(fileURLToPath(dir));
        logger.info(`stylesheets: at most ${before} a page joined to at most ${after}`);
      },
    },
  };
}

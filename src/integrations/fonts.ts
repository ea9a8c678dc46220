import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getDataset } from '../lib/dataset.ts';
import { searchRecords } from '../lib/search/records.ts';
import { siteCharacters, subsetFonts } from '../lib/build/fonts.ts';

/**
 * Cuts the web fonts down to the characters the built site prints, pages and search results both.
 * Runs before the PDF is rendered (the PDF embeds these fonts), so it is listed before it.
 */
export default function fontSubsets(): AstroIntegration {
  return {
    name: 'explainer:fonts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const records = searchRecords(getDataset()).map((r) => JSON.stringify(r));
        const characters = await siteCharacters(out, records);
        const { before, after } = await subsetFonts(out, characters);
        logger.info(
          `fonts: ${Array.from(characters).length} characters, ${(before / 1024).toFixed(1)} KB cut to ${(after / 1024).toFixed(1)} KB`,
        );
      },
    },
  };
}

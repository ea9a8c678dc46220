/**
 * Build options that reach pages and integrations through the environment, since Astro renders
 * pages in the same process as the build command that set them.
 */

/** Whether this build writes the PDF: `npm run build -- --no-pdf` sets EXPLAINER_PDF=off. */
export function pdfWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.EXPLAINER_PDF !== 'off';
}

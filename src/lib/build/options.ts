/**
 * Build options that reach pages and integrations through the environment, since Astro renders
 * pages in the same process as the build command that set them.
 */

/** Whether this build writes the PDF: `npm run build -- --no-pdf` sets EXPLAINER_PDF=off. */
export function pdfWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.EXPLAINER_PDF !== 'off';
}

/**
 * Whether pages are being served by `npm run dev` rather than built: the dev-reload integration
 * says so when Astro starts its dev server. (import.meta.env.DEV follows NODE_ENV, which a
 * build run from a test runner sets to "test".)
 */
export function servedByDevServer(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.EXPLAINER_DEV_SERVER === '1';
}

/**
 * `npm run build`: builds the site into a scratch folder and puts it in place as dist/ only
 * when every step has worked (pages, search index, PDF). A failed build leaves no dist/
 * behind, so nothing half-written can pass for a site; the first thing it prints after the
 * build log is what went wrong.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'astro';

const at = process.argv.indexOf('--out');
const out = resolve(at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : 'dist');
const scratch = `${out}.partial`;
// --no-pdf builds the site without its PDF (no browser needed); the build log says so.
if (process.argv.includes('--no-pdf')) process.env.EXPLAINER_PDF = 'off';

rmSync(scratch, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });
try {
  await build({ outDir: scratch });
  renameSync(scratch, out);
} catch (error) {
  if (existsSync(scratch)) rmSync(scratch, { recursive: true, force: true });
  console.error(`\nBuild failed; no site was written.\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

/**
 * `npm run preview`: serves a built site as a static host would, from the folder the build
 * wrote (dist/, or the one `--out` named), with the address settings of the explainer
 * EXPLAINER_ROOT names, as the build does. It runs in this process, so stopping it stops the
 * server.
 *
 *   npm run preview [-- --out <folder>] [-- --port <n>] [-- --host <address>]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { preview } from 'astro';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const out = resolve(option('--out') ?? 'dist');
const port = option('--port');
const host = option('--host');

if (!existsSync(join(out, 'index.html'))) {
  console.error(
    `Preview: ${out} holds no built site; build it first with npm run build${option('--out') ? ` -- --out ${option('--out')}` : ''}`,
  );
  process.exit(1);
}
if (port !== undefined && !/^\d+$/.test(port)) {
  console.error(`Preview: --port must be a number, not "${port}"`);
  process.exit(1);
}

await preview({ outDir: out, server: { ...(port ? { port: Number(port) } : {}), ...(host ? { host } : {}) } });

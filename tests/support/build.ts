import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { withProject } from './project-lock.ts';

/**
 * Runs `astro build` for the explainer in `root` into `outDir` with this engine; returns its exit
 * code and output. `astro` takes further options after (`--force`: start the content cache afresh);
 * `pdf: false` leaves the PDF out, as `npm run build -- --no-pdf` does.
 */
export function buildExplainer(
  root: string,
  outDir: string,
  options: readonly string[] = [],
  { pdf = true }: { pdf?: boolean } = {},
): { status: number | null; output: string } {
  const result = withProject(`astro build of ${root}`, () =>
    spawnSync(
      process.execPath,
      // --force: Astro's content cache keys chapters by their path from the project and would look
      // for the chapters of the explainer built before this one.
      [
        join(process.cwd(), 'node_modules/astro/bin/astro.mjs'),
        'build',
        '--force',
        '--outDir',
        outDir,
        ...options.filter((o) => o !== '--force'),
      ],
      {
        cwd: process.cwd(),
        // Without the test runner's BASE_URL, which would override the explainer's `base` in the pages.
        env: {
          ...withoutBaseUrl(process.env),
          EXPLAINER_ROOT: root,
          ...(pdf ? {} : { EXPLAINER_PDF: 'off' }),
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
        encoding: 'utf8',
        timeout: 180_000,
      },
    ),
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function withoutBaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key !== 'BASE_URL'));
}

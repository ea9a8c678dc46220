import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Runs `astro build` for the explainer in `root` into `outDir` with this engine; returns its exit code and output. */
export function buildExplainer(root: string, outDir: string): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: process.cwd(),
      env: { ...process.env, EXPLAINER_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

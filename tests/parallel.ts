/**
 * Runs npm scripts side by side and fails if any fails: `npm test` runs lint and `astro check`
 * this way, two single-threaded jobs that would otherwise take turns on a machine with two
 * cores. Each script's output is printed whole when it ends, so the two never interleave.
 *
 *   node tests/parallel.ts lint check
 */
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (!scripts.length) {
  console.error('usage: node tests/parallel.ts <npm script> [<npm script> …]');
  process.exit(2);
}

const results = await Promise.all(
  scripts.map(
    (script) =>
      new Promise<{ script: string; code: number; output: string; ms: number }>((resolve) => {
        const started = performance.now();
        const chunks: Buffer[] = [];
        const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.on('data', (c: Buffer) => chunks.push(c));
        child.stderr.on('data', (c: Buffer) => chunks.push(c));
        child.on('error', (error) => {
          chunks.push(Buffer.from(`${error.message}\n`));
        });
        child.on('close', (code) => {
          const output = Buffer.concat(chunks).toString('utf8');
          const ms = performance.now() - started;
          console.log(`\n> npm run ${script} (${(ms / 1000).toFixed(1)} s)\n${output.trimEnd()}`);
          resolve({ script, code: code ?? 1, output, ms });
        });
      }),
  ),
);
const failed = results.filter((r) => r.code !== 0).map((r) => r.script);
if (failed.length) {
  console.error(`\nfailed: ${failed.map((s) => `npm run ${s}`).join(', ')}`);
  process.exit(1);
}

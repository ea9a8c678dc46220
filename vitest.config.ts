import { defineConfig } from 'vitest/config';

/**
 * Three layers, run in this order by `npm test`:
 *  - unit: pure functions (parser, schemas, verifier, layouts), no build needed;
 *  - site: reads the built site in dist/ (pages, links, search index, PDF);
 *  - browser: drives headless Chromium against dist/ served on loopback.
 */
export default defineConfig({
  test: {
    // Dates and times must not depend on the machine running the tests.
    env: { TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1' },
    // After the usual report: the slowest tests, and any within a factor of three of its timeout.
    reporters: ['default', './tests/support/timeout-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          // Some files run astro build (a second explainer, two reproducibility builds); builds
          // share the project's .astro/ cache, so they must not overlap.
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          // Tests marked concurrent (axe on each page) run two at a time, one per core; more
          // only queue inside Chromium and stretch each test towards its timeout.
          maxConcurrency: 2,
        },
      },
    ],
  },
});

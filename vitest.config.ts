import { defineConfig } from 'vitest/config';

/**
 * Three layers, run by `npm test` (see tests/parallel.ts): unit beside lint and types, then the
 * build, then site and browser side by side:
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
    // Each test file's own temporary directory (tests/support/temp.ts).
    setupFiles: ['./tests/support/setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Pure functions: the files share their modules (d3, zod, the loader) rather than each
          // importing them afresh, which took three quarters of the unit tests' time.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          // One file at a time, beside the browser tests. Files that build another explainer
          // take turns with the browser's on the project's .astro/ (tests/support/project-lock.ts).
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
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

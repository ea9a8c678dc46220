import { defineConfig } from 'vitest/config';

/**
 * Three layers, run by `npm test`: unit beside lint and types (tests/parallel.ts), then the
 * build, then site and browser together, two files at a time:
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
    // Two files at a time, one per core of the machine the suite is made for; each browser
    // file runs one Chromium.
    maxWorkers: 2,
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
          // Files that build another explainer take turns with those of the browser tests that
          // serve one on the project's .astro/ (tests/support/project-lock.ts).
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
          // Tests marked concurrent (axe on each page) run two at a time, one per core; more
          // only queue inside Chromium and stretch each test towards its timeout.
          maxConcurrency: 2,
        },
      },
    ],
  },
});

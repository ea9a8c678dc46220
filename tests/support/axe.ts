import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * The axe-core the project depends on, not the copy @axe-core/playwright bundles: the bundled one
 * lags behind, and rules it still marks experimental (such as label-content-name-mismatch, WCAG
 * 2.5.3) would never run under the WCAG tags. The lock file keeps this one current.
 */
const require = createRequire(import.meta.url);
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_VERSION = (require('axe-core/package.json') as { version: string }).version;

/** WCAG 2.0, 2.1 and 2.2, levels A and AA (2.2 adds no level-A rule to axe). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the page with the WCAG tags; returns the version that ran, the rules that ran on
 * something, and one line per violation (its rule and first nodes).
 */
export async function axe(page: Page): Promise<{ version: string; ran: string[]; violations: string[] }> {
  const results = await new AxeBuilder({ page, axeSource: AXE_SOURCE }).withTags(WCAG_TAGS).analyze();
  return {
    version: results.testEngine.version,
    ran: [...results.passes, ...results.violations, ...results.incomplete].map((r) => r.id),
    violations: results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    ),
  };
}

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
 * The rules that measure the laid-out page (colours, link distinction, target sizes): the only
 * ones whose result depends on the theme or the viewport, and the costly ones on a long page.
 * The rest read the DOM and the accessibility tree, which the theme does not change.
 */
export const LAYOUT_RULES = ['color-contrast', 'link-in-text-block', 'target-size'];

/** Of those, the ones that read colours: the only ones whose answer the theme can change. */
export const THEME_RULES = ['color-contrast', 'link-in-text-block'];

export interface AxeScope {
  /** Only these rules (WCAG ones), instead of every rule of the WCAG tags. */
  rules?: string[];
  /** Every rule of the WCAG tags but these. */
  without?: string[];
  /** Parts of the page left out, as CSS selectors. */
  exclude?: string[];
}

/**
 * Runs axe on the page with the WCAG tags; returns the version that ran, the rules that ran on
 * something, and one line per violation (its rule and first nodes).
 */
export async function axe(page: Page, scope: AxeScope = {}): Promise<{ version: string; ran: string[]; violations: string[] }> {
  // A list of rules replaces the tags (axe runs one or the other); LAYOUT_RULES are all WCAG rules.
  let builder = new AxeBuilder({ page, axeSource: AXE_SOURCE });
  builder = scope.rules ? builder.withRules(scope.rules) : builder.withTags(WCAG_TAGS);
  if (scope.without) builder = builder.disableRules(scope.without);
  for (const selector of scope.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
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

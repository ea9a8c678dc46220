import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser-session.ts';
import { builtPages } from '../support/site.ts';

const session = useBrowser();
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe.each(['light', 'dark'] as const)('axe, %s theme', (scheme) => {
  it.each(builtPages())('%s has no WCAG 2.2 A or AA violations', async (path) => {
    const ctx = await session.context({ colorScheme: scheme });
    const page = await ctx.newPage();
    await page.goto(session.origin() + path);
    await page.evaluate(() => document.fonts.ready);
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    const summary = results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
    expect(summary).toEqual([]);
    await ctx.close();
  });
});

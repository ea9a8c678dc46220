import { beforeAll, describe, expect, it } from 'vitest';
import { axe } from '../support/axe.ts';
import { useBrowser } from '../support/browser-session.ts';
import { buildExplainer } from '../support/build.ts';
import { FLOOD } from '../support/fixture.ts';
import { tempDir } from '../support/temp.ts';

/**
 * The flood fixture explainer's chapter, which holds its three figures drawn in its own lanes,
 * shapes and colours, passes axe in both themes: the engine's markup and palette hold for an
 * explainer other than this one. One page, since the other pages share this explainer's templates.
 */
let dist = '';
beforeAll(() => {
  dist = tempDir('explainer-flood-');
  const { status, output } = buildExplainer(FLOOD, dist, [], { pdf: false });
  if (status !== 0) throw new Error(`the flood fixture did not build:\n${output}`);
}, 180_000);

const session = useBrowser(() => dist);

describe.concurrent.each(['light', 'dark'] as const)('the flood fixture, %s theme', (scheme) => {
  it('has no WCAG 2.2 A or AA violations on its chapter', async () => {
    const ctx = await session.context({ colorScheme: scheme, viewport: { width: 1280, height: 800 } });
    try {
      const page = await ctx.newPage();
      await page.goto(`${session.origin()}/chapters/the-flood/`);
      await page.evaluate(() => document.fonts.ready);
      expect(await page.locator('figure[data-figure]').count()).toBe(3);
      expect((await axe(page)).violations).toEqual([]);
    } finally {
      await ctx.close();
    }
    // The whole rule set on a chapter with three figures, two at a time on a shared machine.
  }, 90_000);
});

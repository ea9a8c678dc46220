import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser-session.ts';
import { builtPages, page } from '../support/site.ts';

const session = useBrowser();
const figures = builtPages().flatMap((path) =>
  page(path)
    .querySelectorAll('figure[data-figure]')
    .map((f) => ({ path, id: f.getAttribute('data-figure')! })),
);

describe('figure tooltips', () => {
  it.each(figures)(
    '$id on $path shows a tooltip on hover and on focus, hides it on Escape, and shifts nothing',
    async ({ path, id }) => {
      const ctx = await session.context({ viewport: { width: 1280, height: 900 } });
      const page = await ctx.newPage();
      await page.goto(session.origin() + path);
      const figure = page.locator(`figure[data-figure="${id}"]`);
      const tip = figure.locator('.figure-tip');
      const mark = figure.locator('.figure-body [data-tip]').first();
      await mark.scrollIntoViewIfNeeded();
      const before = await page.evaluate(() => document.documentElement.scrollHeight);

      await mark.hover();
      await expect(tip.isVisible()).resolves.toBe(true);
      await expect(tip.textContent()).resolves.toBe(await mark.getAttribute('data-tip'));
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(before);
      const key = await mark.getAttribute('data-key');
      if (key)
        await expect(figure.locator(`.figure-body [data-key="${key}"].is-highlighted`).count()).resolves.toBeGreaterThan(0);

      await page.mouse.move(0, 0);
      await expect(tip.isVisible()).resolves.toBe(false);

      const focusable = figure.locator('.figure-body a[data-tip], .figure-body [data-tip][tabindex="0"]').first();
      await focusable.focus();
      await expect(tip.isVisible()).resolves.toBe(true);
      await page.keyboard.press('Escape');
      await expect(tip.isVisible()).resolves.toBe(false);
      await ctx.close();
    },
  );
});

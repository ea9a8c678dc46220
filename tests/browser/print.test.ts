import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser-session.ts';

const session = useBrowser();
const CHROME = [
  '.site-header',
  '.site-footer',
  '.toc',
  '.pager',
  '.to-top',
  '.search-button',
  '.theme-toggle',
  '.chapter-tools',
  '.skip-link',
];

describe('printing a page', () => {
  it('shows content only: no navigation, search or controls, in light colours', async () => {
    const ctx = await session.context({ colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(`${session.origin()}/chapters/february-strike/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of CHROME) {
      const visible = await page.locator(selector).evaluateAll((els) => els.some((el) => el.checkVisibility()));
      expect(visible, selector).toBe(false);
    }
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    await expect(page.locator('figure[data-figure] svg').first().isVisible()).resolves.toBe(true);
    const colours = await page.evaluate(() => ({
      page: getComputedStyle(document.documentElement).backgroundColor,
      text: getComputedStyle(document.querySelector('h1')!).color,
    }));
    expect(colours).toEqual({ page: 'rgb(255, 255, 255)', text: 'rgb(17, 17, 17)' });
    await page.screenshot({ path: 'test-results/print-chapter.png', fullPage: false });
    await ctx.close();
  });

  it('offers the PDF and a print button on every chapter', async () => {
    const ctx = await session.context();
    const page = await ctx.newPage();
    await page.goto(`${session.origin()}/chapters/background/`);
    const pdf = await page.locator('.chapter-tools a[download]').getAttribute('href');
    expect(pdf).toMatch(/\.pdf$/);
    const response = await page.request.get(session.origin() + pdf!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    await expect(page.locator('[data-print]').isVisible()).resolves.toBe(true);
    await ctx.close();
  });

  it.each([
    ['/chapters/june-escalation/', 'Print this chapter'],
    ['/print/', 'Print'],
  ])('on %s, the button "%s" opens the print dialog once per press', async (path, label) => {
    const ctx = await session.context();
    await ctx.addInitScript(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => {
        w.printed++;
      };
    });
    const page = await ctx.newPage();
    await page.goto(session.origin() + path);
    await page.getByRole('button', { name: label, exact: true }).click();
    await expect(page.evaluate(() => (window as unknown as { printed: number }).printed)).resolves.toBe(1);
    await ctx.close();
  });
});

import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser-session.ts';
import { builtPages } from '../support/site.ts';

const session = useBrowser();

const sourcePage = builtPages().find((p) => /^\/sources\/[^/]+\/$/.test(p));
const chapter = builtPages().find((p) => p.startsWith('/chapters/'));
const PAGES = ['/', chapter!, sourcePage!, '/print/'];

/**
 * Chromium reports a shift of a few thousandths of a pixel's worth as a tiny non-zero score; a
 * control that appears late or a font that reflows the text scores 0.01 and more.
 */
const NOISE = 0.001;

/**
 * The shifts of a page from before its first byte. With scripts off the page cannot observe
 * itself; Chromium's performance timeline, read over CDP, reports every shift either way.
 */
async function recordShifts(ctx: BrowserContext, page: Page): Promise<number[]> {
  const cdp = await ctx.newCDPSession(page);
  const shifts: number[] = [];
  cdp.on('PerformanceTimeline.timelineEventAdded', ({ event }) => {
    const shift = event.layoutShiftDetails;
    if (shift && !shift.hadRecentInput) shifts.push(shift.value);
  });
  await cdp.send('PerformanceTimeline.enable', { eventTypes: ['layout-shift'] });
  return shifts;
}

/** Once the page and its fonts have loaded and settled: their sum is the cumulative layout shift. */
function expectNoShift(shifts: number[]): void {
  const total = shifts.reduce((sum, s) => sum + s, 0);
  expect(total, `shifts: ${shifts.join(', ')}`).toBeLessThan(NOISE);
}

describe('no layout shift while a page loads', () => {
  it('finds a chapter and a source page to measure', () => {
    expect(chapter).toBeDefined();
    expect(sourcePage).toBeDefined();
  });

  const cases = PAGES.flatMap((path) =>
    [390, 1280].flatMap((width) => [true, false].map((javaScript) => ({ path, width, javaScript }))),
  );
  it.each(cases)('$path at $width px, JavaScript $javaScript: cumulative layout shift 0', async ({ path, width, javaScript }) => {
    const ctx = await session.context({ viewport: { width, height: 844 }, javaScriptEnabled: javaScript });
    const page = await ctx.newPage();
    const shifts = await recordShifts(ctx, page);
    await page.goto(session.origin() + path, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready).catch(() => undefined);
    await page.waitForTimeout(300);
    expectNoShift(shifts);
    await ctx.close();
  });

  // Here the faces come at once, before the first paint. On a slow connection they come after it:
  // they are then not used on that page (font-display: optional), and the text stays in the
  // fallback it was first set in. A face swapped in late moves the header's buttons and rewraps
  // lines (about 0.008 on a source page at 390 px).
  const late = [chapter!, sourcePage!].flatMap((path) => [390, 1280].map((width) => ({ path, width })));
  it.each(late)('$path at $width px: faces that come late move nothing', async ({ path, width }) => {
    const ctx = await session.context({ viewport: { width, height: 844 } });
    const page = await ctx.newPage();
    const shifts = await recordShifts(ctx, page);
    let faces = 0;
    await page.route('**/*.woff2', async (route) => {
      await new Promise((done) => setTimeout(done, 600));
      faces++;
      await route.continue();
    });
    await page.goto(session.origin() + path, { waitUntil: 'load' });
    await expect.poll(() => faces).toBeGreaterThan(0);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    expectNoShift(shifts);
    await ctx.close();
  });
});

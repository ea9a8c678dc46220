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
    // With scripts off the page cannot observe itself; Chromium's performance timeline, read over
    // CDP from before the first byte, reports every shift either way.
    const cdp = await ctx.newCDPSession(page);
    const shifts: number[] = [];
    cdp.on('PerformanceTimeline.timelineEventAdded', ({ event }) => {
      const shift = event.layoutShiftDetails;
      if (shift && !shift.hadRecentInput) shifts.push(shift.value);
    });
    await cdp.send('PerformanceTimeline.enable', { eventTypes: ['layout-shift'] });
    await page.goto(session.origin() + path, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready).catch(() => undefined);
    await page.waitForTimeout(300);
    const total = shifts.reduce((sum, s) => sum + s, 0);
    expect(total, `shifts: ${shifts.join(', ')}`).toBeLessThan(NOISE);
    await ctx.close();
  });
});

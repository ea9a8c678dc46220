import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { PRINT_HREF } from '../../src/lib/urls.ts';
import { useBrowser } from '../support/browser-session.ts';
import { inspectFigures, type FrameOptions } from '../support/figure-frame.ts';
import { keyboardTipProblems, touchTipProblems } from '../support/figure-tooltips.ts';
import { builtPages, page as builtPage } from '../support/site.ts';

/**
 * Every figure as a reader sees it on a small phone, a phone and a desktop, in both themes, and
 * on paper: the layout shown fits its column with nothing to scroll sideways, its chart text is
 * drawn at 12 CSS px or more and reads at 4.5:1 (axe's contrast rule reads an element's CSS
 * `color`, not the `fill` an SVG text is painted with, so it cannot judge chart text), every mark
 * and label lies inside the part of the chart on screen, and its tooltips open by keyboard and,
 * on a phone, by touch.
 */
const session = useBrowser();

const SCREENS = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];
const THEMES = ['light', 'dark'] as const;
/** A4 less the print edition's side margins (20 mm each; the site's own rule leaves 18): 170 mm at 96 px per inch. */
const PAGE_BOX = Math.floor((170 / 25.4) * 96);
const FRAME: FrameOptions = { minText: 12, listed: 6 };

// The print edition repeats the chapters' figures with the same markup (a test in a11y.test.ts
// holds it to that), so on screen the chapters stand for it; on paper it is checked itself.
const withFigures = builtPages().filter((path) => builtPage(path).querySelector('figure[data-figure]'));
const screenPages = withFigures.filter((path) => path !== PRINT_HREF);

// One context per theme (and one for touch, one for paper); a page of it is loaded once and
// resized from width to width, since loading a chapter costs more than measuring it three times.
const contexts = new Map<string, Promise<BrowserContext>>();
function contextFor(options: BrowserContextOptions): Promise<BrowserContext> {
  const key = JSON.stringify(options);
  let ctx = contexts.get(key);
  if (!ctx) {
    ctx = session.context(options);
    contexts.set(key, ctx);
  }
  return ctx;
}
afterAll(async () => {
  for (const ctx of contexts.values()) await (await ctx).close();
});

async function open(path: string, options: BrowserContextOptions): Promise<Page> {
  const page = await (await contextFor(options)).newPage();
  await page.goto(session.origin() + path);
  await page.evaluate(async () => {
    await document.fonts.ready;
    await customElements.whenDefined('figure-tips');
  });
  return page;
}

describe('the pages with figures', () => {
  it('are found in the built site, the print edition among them', () => {
    expect(screenPages.length).toBeGreaterThan(0);
    expect(withFigures).toContain(PRINT_HREF);
  });
});

describe.concurrent.each(THEMES)('figures in the %s theme', (theme) => {
  it.each(screenPages)(
    `%s at ${SCREENS.map((s) => s.width).join(', ')} px: each fits, its text is 12 px or more and legible, its marks and labels are on screen, Tab opens a tooltip`,
    async (path) => {
      const page = await open(path, { viewport: SCREENS[0]!, colorScheme: theme });
      try {
        const problems: string[] = [];
        for (const screen of SCREENS) {
          await page.setViewportSize(screen);
          const where = `${path} at ${screen.width} px, ${theme}`;
          const found = [...(await page.evaluate(inspectFigures, FRAME)), ...(await keyboardTipProblems(page))];
          problems.push(...found.map((line) => `${where} › ${line}`));
        }
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});

describe.concurrent('figures on a phone’s touch screen', () => {
  it.each(screenPages)('%s at 390 px: a tap shows a mark’s tooltip, a second tap on a link follows it', async (path) => {
    const page = await open(path, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      reducedMotion: 'reduce',
      isMobile: true,
      colorScheme: 'light',
    });
    try {
      const problems = await touchTipProblems(page);
      expect(problems.map((line) => `${path} at 390 px, touch › ${line}`)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('figures on paper', () => {
  it(`${PRINT_HREF} printed on A4 (${PAGE_BOX} px between the margins): each shows its wide layout, fits and keeps its text at 12 px or more`, async () => {
    const page = await open(PRINT_HREF, { viewport: { width: PAGE_BOX, height: 1000 }, colorScheme: 'light' });
    try {
      await page.emulateMedia({ media: 'print' });
      const problems = await page.evaluate(inspectFigures, { ...FRAME, layout: 'wide' } satisfies FrameOptions);
      expect(problems.map((line) => `${PRINT_HREF} on paper › ${line}`)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser-session.ts';

const session = useBrowser();
const CHAPTER = '/chapters/february-strike/';
const WIDTHS = [390, 1280] as const;

/** Waits until the page's fonts are in, so positions are the ones the reader finally sees. */
const settled = (page: Page): Promise<unknown> => page.evaluate(() => document.fonts.ready.then(() => true));

describe('arriving on a source page from a note', () => {
  it.each(WIDTHS)('at %i px shows the cited passage, marked apart, with a working link back to the note', async (width) => {
    const ctx = await session.context({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
    const page = await ctx.newPage();
    await page.goto(session.origin() + CHAPTER);
    // On a phone the notes are folded away until the reader opens them.
    const fold = page.locator('.notes details.fold');
    if (!(await fold.evaluate((d: HTMLDetailsElement) => d.open))) await fold.locator('summary').click();
    const link = page.locator('.notes a[href^="/sources/"][href*="#c-"]').first();
    const note = (await link.evaluate((a) => a.closest('li[id^="note-"]')!.id)).replace(/^note-/, '');
    await link.click();
    await page.waitForURL('**/sources/**');
    await settled(page);

    const mark = page.locator('mark.cited:has(.anchor:target)');
    await expect(mark.count()).resolves.toBe(1);
    const box = await mark.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(800);
    // Marked apart from the other cited passages: its own fill and an outline they do not have.
    const styles = await page.evaluate(() => {
      const target = document.querySelector('mark.cited:has(.anchor:target)')!;
      const other = [...document.querySelectorAll('mark.cited')].find((m) => m !== target)!;
      const pick = (el: Element) => ({ bg: getComputedStyle(el).backgroundColor, outline: getComputedStyle(el).outlineStyle });
      return { target: pick(target), other: pick(other) };
    });
    expect(styles.target.bg).not.toBe(styles.other.bg);
    expect(styles.target.outline).toBe('solid');
    expect(styles.other.outline).toBe('none');

    // Back to the note the reader came from (and to any other note of that chapter citing the same passage).
    const links = page.locator('.way-back a');
    for (const text of await links.allTextContents()) expect(text).toMatch(/^Back to note \d+ in The February strike$/);
    const back = page.locator(`.way-back a[href$="#ref-${note}"]`);
    await expect(back.count()).resolves.toBe(1);
    await expect(back.isVisible()).resolves.toBe(true);
    await back.click();
    await page.waitForURL(`**${CHAPTER}#ref-${note}`);
    const ref = await page.locator(`#ref-${note}`).evaluate((el) => el.getBoundingClientRect().top);
    // Scrolled into view (the browser puts the marker at the top edge, to within a pixel).
    expect(ref).toBeGreaterThan(-2);
    expect(ref).toBeLessThan(800);
    await ctx.close();
  });
});

// The sources page lists every disagreement in a claims table, whichever a chapter shows.
const TABLES = '/sources/';

describe('tables on a phone', () => {
  it('at 390 px stacks each row of a claims table as a card, each cell headed by its column, without overflow', async () => {
    const ctx = await session.context({ viewport: { width: 390, height: 800 }, javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(session.origin() + TABLES);
    const table = page.locator('figure.claims table').first();
    const layout = await table.evaluate((t) => {
      const rows = [...t.querySelectorAll('tbody tr')];
      const cells = [...rows[0]!.querySelectorAll('td')];
      return {
        rowDisplay: getComputedStyle(rows[0]!).display,
        // Cards stack: each cell of a row starts below the one before it.
        stacked: cells.every((c, i) => i === 0 || c.getBoundingClientRect().top > cells[i - 1]!.getBoundingClientRect().top),
        labels: cells.map((c) => getComputedStyle(c, '::before').content),
        headers: [...t.querySelectorAll('thead th')].map((th) => th.textContent.trim()),
        wider: t.getBoundingClientRect().width > document.documentElement.clientWidth,
      };
    });
    expect(layout.rowDisplay).toBe('block');
    expect(layout.stacked).toBe(true);
    expect(layout.labels).toEqual(layout.headers.map((h) => JSON.stringify(h)));
    expect(layout.wider).toBe(false);
    await ctx.close();
  });

  it('at 1280 px keeps the table a table', async () => {
    const ctx = await session.context({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(session.origin() + TABLES);
    const display = await page
      .locator('figure.claims tbody tr')
      .first()
      .evaluate((tr) => getComputedStyle(tr).display);
    expect(display).toBe('table-row');
    await ctx.close();
  });
});

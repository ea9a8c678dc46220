import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser-session.ts';

const session = useBrowser();
const CHAPTER = '/chapters/february-strike/';

describe('table of contents', () => {
  it('sits open beside the text on a wide screen and takes the reader to a section', async () => {
    // Reduced motion: the jump is instant, so the position can be read at once.
    const ctx = await session.context({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await ctx.newPage();
    await page.goto(session.origin() + CHAPTER);
    const toc = page.locator('.toc details');
    await expect(toc.getAttribute('open')).resolves.not.toBeNull();
    const link = page.locator('.toc a').nth(3);
    const target = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL(`**${target}`);
    const top = await page.locator(target).evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    // Still visible after scrolling: it is sticky.
    await expect(page.locator('.toc').isVisible()).resolves.toBe(true);
    const tocTop = await page.locator('.toc').evaluate((el) => el.getBoundingClientRect().top);
    expect(tocTop).toBeGreaterThanOrEqual(0);
    await ctx.close();
  });

  it('is collapsed on a phone and opens from the keyboard', async () => {
    const ctx = await session.context({ viewport: { width: 390, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(session.origin() + CHAPTER);
    await expect(page.locator('.toc a').first().isVisible()).resolves.toBe(false);
    await page.locator('.toc summary').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.toc a').first().isVisible()).resolves.toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await ctx.close();
  });
});

describe('theme', () => {
  it('follows the system setting, toggles, persists across pages and never flashes the other theme', async () => {
    const ctx = await session.context({ colorScheme: 'light' });
    const page = await ctx.newPage();
    // Record the theme in the first animation frame: the frame before the first paint (a
    // render-blocking script runs before any frame).
    await ctx.addInitScript(() => {
      requestAnimationFrame(() => {
        (window as unknown as { themeAtFirstFrame: string }).themeAtFirstFrame =
          document.documentElement.dataset.theme ?? 'system';
      });
    });
    await page.goto(session.origin() + CHAPTER);
    const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await bg();
    const toggle = page.locator('.theme-toggle');
    // The button's own fill shows its state to sighted readers, as aria-pressed does to others.
    const fill = () => toggle.evaluate((b) => getComputedStyle(b).backgroundColor);
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    const unpressed = await fill();
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await bg()).not.toBe(light);
    expect(await fill()).not.toBe(unpressed);
    // Filled with the accent its border has, as a chosen search filter is.
    expect(await fill()).toBe(await toggle.evaluate((b) => getComputedStyle(b).borderTopColor));

    await page.goto(session.origin() + '/sources/');
    await expect(page.evaluate(() => (window as unknown as { themeAtFirstFrame: string }).themeAtFirstFrame)).resolves.toBe(
      'dark',
    );
    expect(await bg()).not.toBe(light);
    await expect(page.locator('.theme-toggle').getAttribute('aria-pressed')).resolves.toBe('true');
    await ctx.close();
  });

  it('starts dark for a reader whose system is dark', async () => {
    const ctx = await session.context({ colorScheme: 'dark' });
    const page = await ctx.newPage();
    await page.goto(session.origin() + '/');
    await expect(page.locator('.theme-toggle').getAttribute('aria-pressed')).resolves.toBe('true');
    await ctx.close();
  });
});

describe('citations', () => {
  it('preview their passage on hover, hide it on Escape, and link to it', async () => {
    const ctx = await session.context({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(session.origin() + CHAPTER);
    // A marker for one passage of a report leads straight to it (one for several leads to its note).
    const cite = page.locator('.cite[data-passages="1"]:has(> a.cite-link[href^="/sources/"])').first();
    const tip = cite.locator('.cite-tip');
    await expect(tip.isVisible()).resolves.toBe(false);
    await cite.locator('.cite-link').hover();
    await expect(tip.isVisible()).resolves.toBe(true);
    // The passage's source by name and paragraph, never by file number.
    await expect(tip.textContent()).resolves.toMatch(/, paragraph \d+/);
    await expect(tip.textContent()).resolves.not.toMatch(/Source 00\d/);
    await page.keyboard.press('Escape');
    await expect(tip.isVisible()).resolves.toBe(false);
    await page.mouse.move(0, 0);
    await cite.locator('.cite-link').click();
    await page.waitForURL(/\/sources\/\d{3}\/#c-\d+-\d+$/);
    await expect(page.locator('mark.cited:has(.anchor:target)').count()).resolves.toBe(1);
    await ctx.close();
  });

  it('show the whole preview, on screen and on top of all around it, at phone and wide widths', async () => {
    for (const width of [390, 1280]) {
      const ctx = await session.context({ viewport: { width, height: 800 } });
      const page = await ctx.newPage();
      await page.goto(session.origin() + CHAPTER);
      const cites = page.locator('.body .cite');
      const count = await cites.count();
      expect(count).toBeGreaterThan(10);
      const hidden: string[] = [];
      for (let i = 0; i < count; i += 2) {
        const cite = cites.nth(i);
        const at = await cite.locator('.cite-link').evaluate((link) => {
          link.scrollIntoView({ block: 'center', behavior: 'instant' });
          const r = link.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        });
        await page.mouse.move(0, 0);
        await page.mouse.move(at.x, at.y);
        await cite.locator('.cite-tip').waitFor({ state: 'visible', timeout: 5000 });
        // Within the screen's width, and its corners and centre each hit the preview itself, not
        // the text or contents it covers, nor a box that clips it. (Below the screen's foot is for
        // scrolling to.)
        const fault = await cite.locator('.cite-tip').evaluate((tip) => {
          const r = tip.getBoundingClientRect();
          if (r.left < 0 || r.right > innerWidth)
            return `runs off the screen (${Math.round(r.left)} to ${Math.round(r.right)} px)`;
          const points = [
            [r.left + 4, r.top + 4],
            [r.right - 4, r.top + 4],
            [r.left + 4, r.bottom - 4],
            [r.right - 4, r.bottom - 4],
            [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
          ] as const;
          const covered = points.filter(([x, y]) => y < innerHeight - 1 && !tip.contains(document.elementFromPoint(x, y)));
          return covered.length ? `${covered.length} of 5 points covered` : '';
        });
        if (fault) hidden.push(`${width} px, citation ${i + 1}: ${fault}`);
      }
      expect(hidden).toEqual([]);
      await ctx.close();
    }
  });

  it('preview their passage when reached with the keyboard', async () => {
    const ctx = await session.context({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(session.origin() + CHAPTER);
    const link = page.locator('.cite-link').nth(2);
    await link.focus();
    const tip = page.locator('.cite').nth(2).locator('.cite-tip');
    await expect(tip.isVisible()).resolves.toBe(true);
    const described = await link.getAttribute('aria-describedby');
    await expect(tip.getAttribute('id')).resolves.toBe(described);
    await page.keyboard.press('Escape');
    await expect(tip.isVisible()).resolves.toBe(false);
    await ctx.close();
  });
});

describe('citation markers', () => {
  it('are targets of at least 24 × 24 px that leave the line spacing alone', async () => {
    const ctx = await session.context({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(session.origin() + CHAPTER);
    const boxes = await page.locator('.body .cite-link').evaluateAll((links) =>
      links.map((a) => {
        const r = a.getBoundingClientRect();
        return { w: r.width, h: r.height };
      }),
    );
    expect(boxes.length).toBeGreaterThan(10);
    for (const b of boxes) {
      expect(b.w).toBeGreaterThanOrEqual(24);
      expect(b.h).toBeGreaterThanOrEqual(24);
    }
    // Every paragraph with a marker is a whole number of lines of the text's own line height.
    const off = await page.locator('.body p:has(.cite)').evaluateAll((ps) =>
      ps
        .map((p) => {
          const lh = parseFloat(getComputedStyle(p).lineHeight);
          const lines = p.getBoundingClientRect().height / lh;
          return Math.abs(lines - Math.round(lines)) * lh;
        })
        .filter((px) => px > 1),
    );
    expect(off).toEqual([]);
    await ctx.close();
  });

  it('on touch, preview on the first tap and follow on the second', async () => {
    const ctx = await session.context({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await page.goto(session.origin() + CHAPTER);
    const cite = page.locator('.cite[data-passages="1"]:has(> a.cite-link[href^="/sources/"])').nth(1);
    await cite.scrollIntoViewIfNeeded();
    await cite.locator('.cite-link').tap();
    await expect(cite.locator('.cite-tip').isVisible()).resolves.toBe(true);
    expect(page.url()).toBe(session.origin() + CHAPTER);
    await cite.locator('.cite-link').tap();
    await page.waitForURL(/\/sources\/\d{3}\/#c-\d+-\d+$/);
    await ctx.close();
  });

  it('for several passages lead to the note, which a phone folds away until then', async () => {
    const phone = await session.context({ viewport: { width: 390, height: 800 } });
    const page = await phone.newPage();
    await page.goto(session.origin() + CHAPTER);
    const fold = page.locator('.notes details');
    await expect(fold.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(page.locator('.notes summary').isVisible()).resolves.toBe(true);
    const many = page.locator('.cite:not([data-passages="1"]) .cite-link').first();
    const target = (await many.getAttribute('href'))!;
    await many.click();
    await page.waitForURL(`**${target}`);
    await expect(fold.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(page.locator(target).isVisible()).resolves.toBe(true);
    await phone.close();

    const wide = await session.context({ viewport: { width: 1280, height: 800 } });
    const desk = await wide.newPage();
    await desk.goto(session.origin() + CHAPTER);
    await expect(desk.locator('.notes details').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(desk.locator('.notes summary').isVisible()).resolves.toBe(false);
    await wide.close();
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser-session.ts';

const session = useBrowser();

/** What has focus, in a few words: its class or tag and its text. */
const focused = (page: Page): Promise<{ kind: string; text: string; outline: string }> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const kind = !el
      ? 'none'
      : el.matches('.skip-link')
        ? 'skip'
        : el.matches('.theme-toggle')
          ? 'theme'
          : el.matches('.search-button')
            ? 'search'
            : el.closest('.toc')
              ? 'toc'
              : el.matches('.cite-link')
                ? 'citation'
                : el.closest('.figure-body')
                  ? 'figure'
                  : el.closest('.notes')
                    ? 'notes'
                    : el.closest('.site-header')
                      ? 'header'
                      : el.tagName.toLowerCase();
    const style = el ? getComputedStyle(el) : undefined;
    return {
      kind,
      text: (el?.textContent ?? '').trim().slice(0, 40),
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    };
  });

describe('a keyboard-only reader', () => {
  it('skips to the content, then reaches the contents, citations, figures and notes in order, always seeing the focus', async () => {
    const ctx = await session.context({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await ctx.newPage();
    await page.goto(`${session.origin()}/chapters/background/`);

    await page.keyboard.press('Tab');
    expect((await focused(page)).kind).toBe('skip');
    await expect(page.locator('.skip-link').evaluate((el) => el.getBoundingClientRect().top >= 0)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');

    const kinds: string[] = [];
    for (let i = 0; i < 160; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (kinds.at(-1) !== f.kind) kinds.push(f.kind);
      // Every stop shows where focus is.
      expect(f.outline, `${f.kind} "${f.text}"`).not.toMatch(/^none/);
      if (f.kind === 'notes') break;
    }
    const order = ['toc', 'citation', 'figure', 'notes'].map((k) => kinds.indexOf(k));
    expect(
      order.every((i) => i >= 0),
      `stops seen: ${kinds.join(' → ')}`,
    ).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    await ctx.close();
  });

  it('switches the theme and opens search without a mouse', async () => {
    const ctx = await session.context({ colorScheme: 'light' });
    const page = await ctx.newPage();
    await page.goto(`${session.origin()}/chapters/june-escalation/`);
    let f = await focused(page);
    for (let i = 0; i < 20 && f.kind !== 'theme'; i++) {
      await page.keyboard.press('Tab');
      f = await focused(page);
    }
    expect(f.kind).toBe('theme');
    await page.keyboard.press('Enter');
    await expect(page.locator('.theme-toggle').getAttribute('aria-pressed')).resolves.toBe('true');
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).kind).toBe('search');
    await page.keyboard.press('Enter');
    await page.locator('dialog[data-search-dialog]').waitFor({ state: 'visible' });
    await expect(page.evaluate(() => document.activeElement?.matches('input[type="search"]'))).resolves.toBe(true);
    await page.keyboard.press('Escape');
    expect((await focused(page)).kind).toBe('search');
    await ctx.close();
  });
});

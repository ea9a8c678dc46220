import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser-session.ts';

const session = useBrowser();

/**
 * Five reader queries from tests/site/search-relevance.yaml, opened from the first result: the
 * page must arrive at the paragraph or record found, with the words marked (other spellings
 * too), in view at once, and with focus there. `marks` are words that must be marked.
 */
const ARRIVALS: Array<{ q: string; page: RegExp; marks: string[] }> = [
  { q: 'Erbil', page: /^\/chapters\/february-strike\/$/, marks: ['Erbil'] },
  { q: "Kait'ib Hezbollah", page: /^\/chapters\//, marks: ['Kata’ib', 'Hezbollah'] },
  { q: 'Boukamal', page: /^\/chapters\/february-strike\/$/, marks: ['Abu', 'Kamal'] },
  { q: '500-pound bombs', page: /^\/chapters\/february-strike\/$/, marks: ['500-pound'] },
  { q: 'F-15E', page: /^\/chapters\/february-strike\/$/, marks: ['F-15E'] },
];

describe('arriving from a search result', () => {
  it.each(ARRIVALS)('opens $q at the match, marked, in view and focused', async ({ q, page: expectedPage, marks }) => {
    const ctx = await session.context({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(`${session.origin()}/search/?q=${encodeURIComponent(q)}`);
    const first = page.locator('[data-search="search-page"] a.result-link').first();
    await first.waitFor();
    const href = (await first.getAttribute('href')) ?? '';
    const url = new URL(href, session.origin());
    expect(url.pathname).toMatch(expectedPage);
    expect(url.hash, 'a result links to the paragraph or record, not the page').not.toBe('');
    await first.click();
    await page.waitForURL((u) => u.pathname === url.pathname);
    const id = decodeURIComponent(url.hash.slice(1));
    await page.locator(`[id="${id}"] mark.pagefind-highlight`).first().waitFor();
    await page.waitForLoadState('load');

    const state = await page.evaluate((targetId) => {
      const target = document.getElementById(targetId)!;
      const marks = [...target.querySelectorAll('mark.pagefind-highlight')];
      const box = (marks[0] ?? target).getBoundingClientRect();
      return {
        marked: marks.map((m) => m.textContent),
        focused: document.activeElement === target,
        inView: box.top >= 0 && box.bottom <= innerHeight,
        scrollY,
      };
    }, id);
    expect(state.focused, 'focus moves to the paragraph found').toBe(true);
    expect(state.inView, `the first marked word is in view: ${JSON.stringify(state)}`).toBe(true);
    for (const word of marks) expect(state.marked, `marks ${word}`).toContain(word);
    // There at once: no smooth scroll still running a moment later.
    await page.waitForTimeout(200);
    await expect(page.evaluate(() => scrollY)).resolves.toBe(state.scrollY);
    await ctx.close();
  });
});

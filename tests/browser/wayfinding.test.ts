import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadDataset } from '../../src/lib/data/load.ts';
import { axe } from '../support/axe.ts';
import { useBrowser } from '../support/browser-session.ts';

const session = useBrowser();
const { explainer } = loadDataset(process.cwd());
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

/** A chapter's declared titles, read from its front matter. */
const frontmatter = (slug: string): { title: string; short: string; description: string } =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(process.cwd(), 'content/chapters', `${slug}.mdx`), 'utf8'))![1]!) as {
    title: string;
    short: string;
    description: string;
  };
const chapters = explainer.chapters.map((slug) => ({ slug, path: `/chapters/${slug}/`, ...frontmatter(slug) }));
const CHAPTER = chapters[1]!.path;

const rect = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: r.height };
    });

/** Scrolls a section's heading to where a jump to it would put it, and waits for the page to settle. */
async function scrollToHeading(page: Page, index: number): Promise<string> {
  const heading = page.locator('.body h2[id]').nth(index);
  await heading.evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
  });
  await page.evaluate(() => new Promise(requestAnimationFrame));
  return (await page.locator(`.toc a[href="#${await heading.getAttribute('id')}"]`).textContent())!;
}

describe.each(WIDTHS)('way-finding at $width px', (viewport) => {
  const open = async (path: string, options: { javaScriptEnabled?: boolean } = {}) => {
    const ctx = await session.context({ viewport, reducedMotion: 'reduce', ...options });
    const page = await ctx.newPage();
    await page.goto(session.origin() + path);
    await page.evaluate(() => document.fonts.ready);
    return { ctx, page };
  };

  it('keeps the compact header at the top of the screen after scrolling', async () => {
    const { ctx, page } = await open(CHAPTER);
    const before = await rect(page, '.site-header');
    expect(before.top).toBe(0);
    expect(before.height).toBeLessThanOrEqual(viewport.width < 600 ? 96 : 60);
    await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight / 2);
    });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(true);
    await expect(rect(page, '.site-header')).resolves.toEqual(before);
    await ctx.close();
  });

  it('goes back to the top from the middle of a chapter', async () => {
    const { ctx, page } = await open(CHAPTER);
    await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight / 2);
    });
    const link = page.locator('.to-top');
    await expect(link.isVisible()).resolves.toBe(true);
    await link.click();
    await page.waitForFunction(() => window.scrollY === 0);
    expect((await rect(page, 'h1')).top).toBeGreaterThan((await rect(page, '.site-header')).bottom);
    await ctx.close();
  });

  it('labels the chapters in the header with their titles or declared short titles', async () => {
    const { ctx, page } = await open('/');
    const links = page.locator('.site-header nav a[href^="/chapters/"]');
    await expect(links.count()).resolves.toBe(chapters.length);
    for (const [i, c] of chapters.entries()) {
      const link = links.nth(i);
      await expect(link.getAttribute('href')).resolves.toBe(c.path);
      // The visible label, without the chapter's number.
      const label = (
        await link.evaluate((a) =>
          [...a.childNodes]
            .filter((n) => !(n instanceof Element && n.matches('.n')))
            .map((n) => n.textContent)
            .join(''),
        )
      ).trim();
      expect([c.title, c.short]).toContain(label);
      await expect(link.isVisible()).resolves.toBe(true);
    }
    await ctx.close();
  });

  it.each(chapters)('leads on from $slug with large cards naming the chapters before and after it', async ({ slug, path }) => {
    const { ctx, page } = await open(path);
    const i = chapters.findIndex((c) => c.slug === slug);
    const cards = page.locator('.pager a.card');
    const around = [...(i > 0 ? [chapters[i - 1]!] : []), ...(i < chapters.length - 1 ? [chapters[i + 1]!] : [])];
    const expected = around.map((c) => ({ href: c.path, title: c.title, description: c.description }));
    // After the last chapter: the chronology and the sources, each with a line on what it holds.
    const onward = [
      { href: '/chronology/', title: 'Chronology', description: expect.stringMatching(/^.{20,}$/) },
      { href: '/sources/', title: 'Sources and method', description: expect.stringMatching(/^.{20,}$/) },
    ];
    if (i === chapters.length - 1) expected.push(...(onward as typeof expected));
    const shown = await cards.evaluateAll((els) =>
      els.map((a) => ({
        href: a.getAttribute('href'),
        title: a.querySelector('.title')?.textContent,
        description: a.querySelector('.description')?.textContent,
      })),
    );
    expect(shown).toEqual(expected);
    for (const n of [0, (await cards.count()) - 1]) {
      const box = (await cards.nth(n).boundingBox())!;
      // Large: a target the whole card wide, taller than a line of text.
      expect(box.height).toBeGreaterThanOrEqual(80);
      expect(box.width).toBeGreaterThanOrEqual(Math.min(240, viewport.width - 40));
    }
    // The last chapter's cards lead to pages that exist and carry those titles.
    if (i === chapters.length - 1) {
      await cards.last().click();
      await expect(page.locator('h1').textContent()).resolves.toBe('Sources and method');
    }
    await ctx.close();
  });
});

describe('the contents bar on a phone', () => {
  const PHONE = WIDTHS[0];
  const CHAPTER = chapters[0]!.path;

  // axe on a long chapter takes a while on a busy machine.
  it('sticks under the header, names the section scrolled to, and opens the contents', { timeout: 180_000 }, async () => {
    const ctx = await session.context({ viewport: PHONE, reducedMotion: 'reduce' });
    const page = await ctx.newPage();
    await page.goto(session.origin() + CHAPTER);
    await expect(page.locator('[data-toc-current]').textContent()).resolves.toBe('');
    const bar = await rect(page, '.side');
    const heading = await scrollToHeading(page, 2);
    await expect(page.locator('[data-toc-current]').textContent()).resolves.toBe(heading);
    await expect(page.locator('.toc summary').isVisible()).resolves.toBe(true);
    const stuck = await rect(page, '.side');
    // Right under the header, and the same height as before it stuck: nothing moved.
    expect(Math.abs(stuck.top - (await rect(page, '.site-header')).bottom)).toBeLessThanOrEqual(1);
    expect(stuck.height).toBe(bar.height);
    // A jump to a section leaves its heading below the bar, not under it.
    expect(
      (await page
        .locator('.body h2[id]')
        .nth(2)
        .evaluate((el) => el.getBoundingClientRect().top)) + 1,
    ).toBeGreaterThan(stuck.bottom);
    const later = await scrollToHeading(page, 4);
    await expect(page.locator('[data-toc-current]').textContent()).resolves.toBe(later);

    await page.locator('.toc summary').click();
    const link = page.locator('.toc ol a').nth(1);
    await expect(link.isVisible()).resolves.toBe(true);
    expect((await axe(page)).violations).toEqual([]);
    const target = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL(`**${target}`);
    // The list closes once a section is chosen, and the section starts below the bar.
    await expect(link.isVisible()).resolves.toBe(false);
    const top = await page.locator(target).evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual((await rect(page, '.side')).bottom);
    await expect(page.locator('[data-toc-current]').textContent()).resolves.toBe(await link.textContent());
    await ctx.close();
  });

  it('opens the contents without JavaScript, and is in the same place with or without it', async () => {
    const offsets: number[] = [];
    for (const javaScriptEnabled of [false, true]) {
      const ctx = await session.context({ viewport: PHONE, javaScriptEnabled });
      const page = await ctx.newPage();
      await page.goto(session.origin() + CHAPTER);
      await page.evaluate(() => document.fonts.ready);
      offsets.push(
        await page
          .locator('.body p')
          .first()
          .evaluate((el) => el.getBoundingClientRect().top + window.scrollY),
      );
      if (!javaScriptEnabled) {
        await page.locator('.toc summary').click();
        await expect(page.locator('.toc ol a').first().isVisible()).resolves.toBe(true);
      }
      await ctx.close();
    }
    expect(offsets[0]).toBe(offsets[1]);
  });

  it('never hides the keyboard focus under the header or the bar', async () => {
    const ctx = await session.context({ viewport: PHONE, reducedMotion: 'reduce' });
    const page = await ctx.newPage();
    await page.goto(session.origin() + CHAPTER);
    await page
      .locator('.body p')
      .first()
      .evaluate((el) => {
        el.scrollIntoView();
      });
    await page.locator('.body a').first().focus();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const seen = await page.evaluate(() => {
        const el = document.activeElement!;
        if (el.closest('.site-header, .side')) return true;
        const cover = document.querySelector('.side')!.getBoundingClientRect().bottom;
        return el.getBoundingClientRect().bottom > cover;
      });
      expect(seen).toBe(true);
    }
    await ctx.close();
  });
});

describe('motion', () => {
  it('scrolls smoothly only for readers who have not asked for reduced motion', async () => {
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const ctx = await session.context({ reducedMotion });
      const page = await ctx.newPage();
      await page.goto(session.origin() + CHAPTER);
      await expect(page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).resolves.toBe(
        reducedMotion === 'reduce' ? 'auto' : 'smooth',
      );
      await ctx.close();
    }
  });
});

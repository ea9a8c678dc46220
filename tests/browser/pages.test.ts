import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/lib/build/chromium.ts';
import { serveStatic, type StaticServer } from '../../src/lib/build/serve.ts';
import { builtPages, DIST } from '../support/site.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('every built page in Chromium', () => {
  it.each(builtPages())('%s loads with no console error, no CSP violation and no request to another origin', async (path) => {
    const context = await browser.newContext();
    // Record Content-Security-Policy violations from the first moment the page exists.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const problems: string[] = [];
    const foreign: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    // Any request that leaves the origin is recorded and refused, so nothing can load from elsewhere.
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (new URL(url).origin === server.origin || url.startsWith('data:')) await route.continue();
      else {
        foreign.push(url);
        await route.abort();
      }
    });
    const response = await page.goto(server.origin + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await page.evaluate(() => document.fonts.ready);
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    await expect(page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).resolves.toEqual([]);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).resolves.not.toMatch(
      /unsafe-inline|https?:/,
    );
    await context.close();
  });

  it.each(builtPages())('%s fits a 320 px screen without scrolling sideways', async (path) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(server.origin + path);
    await page.evaluate(() => document.fonts.ready);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await context.close();
  });

  it('serves the 404 page for an unknown address', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.origin}/no/such/page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await page.close();
  });

  it('highlights the passage a citation links to', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    await page.locator('.key-events summary').first().click();
    const link = page.locator('.citations a').first();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL(`**${href}`);
    const targeted = page.locator('mark.cited:has(.anchor:target)');
    await expect(targeted.count()).resolves.toBe(1);
    const colours = await targeted.evaluate((el) => {
      const other = document.querySelector('mark.cited:not(:has(.anchor:target))');
      return [getComputedStyle(el).backgroundColor, other ? getComputedStyle(other).backgroundColor : 'none'];
    });
    expect(colours[0]).not.toBe(colours[1]);
    await page.close();
  });
});

import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../src/lib/build/chromium.ts';
import { serveStatic, type StaticServer } from '../../src/lib/build/serve.ts';
import { DIST } from './site.ts';

/** One Chromium and one static server for a test file, started before its tests and closed after. */
export function useBrowser(): { origin: () => string; context: (options?: BrowserContextOptions) => Promise<BrowserContext> } {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    origin: () => server!.origin,
    context: (options) => browser!.newContext(options),
  };
}

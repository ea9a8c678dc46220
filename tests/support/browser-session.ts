import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../src/lib/build/chromium.ts';
import { serveStatic, type StaticServer } from '../../src/lib/build/serve.ts';
import { DIST } from './site.ts';

/**
 * One Chromium and one static server for a test file, started before its tests and closed after.
 * `root` gives the folder served (dist/ by default), read when the server starts, so a file may
 * build a site of its own in a `beforeAll` registered before this.
 */
export function useBrowser(root: () => string = () => DIST): {
  origin: () => string;
  context: (options?: BrowserContextOptions) => Promise<BrowserContext>;
} {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveStatic(root());
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

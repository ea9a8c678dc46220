import { chromium, type Browser } from 'playwright-core';
import { findChromium } from './find-chromium.ts';

/**
 * Launches headless Chromium for tests and PDF rendering. On Linux x64 the browser comes from the
 * `@sparticuz/chromium` npm package, so `npm install` is all a fresh machine needs; elsewhere an
 * installed Chrome or Chromium (see `findChromium`); CHROMIUM_PATH points at another build.
 * Flags are our own, not the package's defaults, which disable web security and
 * would hide same-origin and CSP problems from the tests. With `onlyOrigin`, only that
 * origin's host resolves (the PDF step, which also aborts any other request).
 */
export async function launchBrowser(options: { onlyOrigin?: string } = {}): Promise<Browser> {
  const found = await findChromium();
  if (typeof found === 'string') throw new Error(found);
  return chromium.launch({
    executablePath: found.path,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--font-render-hinting=none',
      // Printing: no host but the local server resolves, whatever the page asks for.
      ...(options.onlyOrigin ? [`--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${new URL(options.onlyOrigin).hostname}`] : []),
    ],
  });
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { findChromium, type ChromiumChoice } from './find-chromium.ts';

/** What the PDF step asks of the browser: with `onlyOrigin`, no host but that origin's resolves. */
export interface LaunchOptions {
  onlyOrigin?: string;
}

/**
 * Flags are our own, not the package's defaults, which disable web security and would hide
 * same-origin and CSP problems from the tests.
 */
async function startChromium(executablePath: string, options: LaunchOptions): Promise<Browser> {
  return chromium.launch({
    executablePath,
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

export { chromiumPathFromEnv } from './find-chromium.ts';

const FIXES: Record<ChromiumChoice['from'], string> = {
  CHROMIUM_PATH:
    'point CHROMIUM_PATH at a working Chromium or Chrome executable (e.g. /usr/bin/chromium), or unset it to use the one found on this machine',
  bundled:
    'reinstall the @sparticuz/chromium package with npm install, or install Chromium (e.g. apt-get install chromium) and set CHROMIUM_PATH to it',
  installed: 'reinstall that browser, or set CHROMIUM_PATH to another Chromium or Chrome executable',
};

/**
 * Launches headless Chromium for tests and PDF rendering. On Linux x64 the browser comes from the
 * `@sparticuz/chromium` npm package, so `npm install` is all a fresh machine needs; elsewhere an
 * installed Chrome or Chromium (see `findChromium`); CHROMIUM_PATH points at another build.
 * Playwright's own launch error advises `npx playwright install`, which fetches a browser this
 * project does not use; this one says which Chromium was tried and what to install or set instead.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const found = await findChromium();
  if (typeof found === 'string') throw new Error(found);
  // Playwright and Chromium put a profile and an artifacts folder in the temporary directory
  // and leave both behind when the launch fails; inside a folder of our own, they go with it.
  const scratch = mkdtempSync(join(tmpdir(), 'explainer-chromium-'));
  const savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = scratch;
  try {
    const browser = await startChromium(found.path, options);
    const remove = (): void => {
      rmSync(scratch, { recursive: true, force: true });
    };
    const close = browser.close.bind(browser);
    browser.close = async (closeOptions) => {
      await close(closeOptions);
      remove();
    };
    browser.on('disconnected', remove);
    return browser;
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    const why = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/^browserType\.launch: /, '');
    const from = found.from === 'bundled' ? '@sparticuz/chromium' : found.from === 'installed' ? 'this machine' : 'CHROMIUM_PATH';
    throw new Error(`could not start Chromium at ${found.path} (from ${from}): ${why}; ${FIXES[found.from]}`, { cause: error });
  } finally {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  }
}

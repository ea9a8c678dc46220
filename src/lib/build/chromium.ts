import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/**
 * Launches headless Chromium for tests and PDF rendering. The browser comes from the
 * `@sparticuz/chromium` npm package, so `npm install` is all a fresh machine needs;
 * CHROMIUM_PATH points at another build (e.g. Debian's /usr/bin/chromium) instead.
 * Flags are our own, not the package's defaults, which disable web security and
 * would hide same-origin and CSP problems from the tests.
 */
async function startChromium(executablePath: string | Promise<string>): Promise<Browser> {
  return chromium.launch({
    executablePath: await executablePath,
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
    ],
  });
}

/** CHROMIUM_PATH when it names something; empty (as `CHROMIUM_PATH= npm run build` leaves it) counts as unset. */
export function chromiumPathFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.CHROMIUM_PATH?.trim() || undefined;
}

/**
 * Starts Chromium. Playwright's own launch error advises `npx playwright install`, which
 * fetches a browser this project does not use; this one says which Chromium was tried and
 * what to install or set instead.
 */
export async function launchBrowser(): Promise<Browser> {
  const chosen = chromiumPathFromEnv();
  const executablePath = chosen ?? (await (await import('@sparticuz/chromium')).default.executablePath());
  // Playwright and Chromium put a profile and an artifacts folder in the temporary directory
  // and leave both behind when the launch fails; inside a folder of our own, they go with it.
  const scratch = mkdtempSync(join(tmpdir(), 'explainer-chromium-'));
  const savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = scratch;
  try {
    const browser = await startChromium(executablePath);
    const remove = (): void => {
      rmSync(scratch, { recursive: true, force: true });
    };
    const close = browser.close.bind(browser);
    browser.close = async (options) => {
      await close(options);
      remove();
    };
    browser.on('disconnected', remove);
    return browser;
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    const why = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/^browserType\.launch: /, '');
    const fix = chosen
      ? 'point CHROMIUM_PATH at a working Chromium or Chrome executable (e.g. /usr/bin/chromium), or unset it to use the one from the @sparticuz/chromium package'
      : 'reinstall the @sparticuz/chromium package with npm install, or install Chromium (e.g. apt-get install chromium) and set CHROMIUM_PATH to it';
    throw new Error(
      `could not start Chromium at ${executablePath} (from ${chosen ? 'CHROMIUM_PATH' : '@sparticuz/chromium'}): ${why}; ${fix}`,
      {
        cause: error,
      },
    );
  } finally {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  }
}

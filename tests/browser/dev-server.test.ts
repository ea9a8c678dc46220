import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/lib/build/chromium.ts';
import { sha256 } from '../../src/lib/seeds/read.ts';
import { tinyCopy } from '../support/fixture.ts';
import { lockProject } from '../support/project-lock.ts';

/** A free loopback port, so the test never meets an author's own dev server. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}

async function until(what: string, check: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}`);
}

/** The environment of an author's shell: without what Vitest sets (NODE_ENV=test would change how Astro serves). */
function authorEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
}

// The dev server as an author meets it: `npm run dev` on an explainer of their own, set to be
// published under a base, so every page, reload and search is reached there as on the host.
describe('npm run dev', () => {
  const BASE = '/tiny/';
  const fixture = tinyCopy();
  fixture.text('content/explainer.yaml', (t) => `${t}base: ${BASE}\n`);
  let dev: ChildProcess | undefined;
  let browser: Browser | undefined;
  let origin = '';
  let log = '';

  // Astro keeps the fixture's chapters in the project's .astro/ while it serves them.
  let release = (): void => undefined;

  beforeAll(async () => {
    release = lockProject('npm run dev');
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    dev = spawn('npm', ['run', 'dev', '--', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
      env: { ...authorEnv(), EXPLAINER_ROOT: fixture.root, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that npm and the server it starts are stopped together.
      detached: true,
    });
    const collect = (chunk: Buffer): void => {
      log += chunk.toString();
    };
    dev.stdout?.on('data', collect);
    dev.stderr?.on('data', collect);
    await until('the dev server to answer', () => answers(`${origin}${BASE}`), 90_000).catch((e: unknown) => {
      throw new Error(`${String(e)}\n${log}`);
    });
    browser = await launchBrowser();
    // Vite bundles the browser's dependencies on the first visit and then reloads the page once;
    // the tests start after that, as an author's second look would.
    const warm = await browser.newPage();
    await warm.goto(`${origin}${BASE}chapters/only/`, { waitUntil: 'networkidle' });
    await warm.waitForTimeout(3_000);
    await warm.close();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (dev?.pid && dev.exitCode === null) {
      const exited = new Promise((resolve) => dev!.once('exit', resolve));
      try {
        process.kill(-dev.pid, 'SIGKILL');
        await exited;
      } catch {
        // The group ended on its own meanwhile.
      }
    }
    release();
    rmSync(fixture.root, { recursive: true, force: true });
  });

  const open = async (path: string): Promise<{ page: Page; problems: string[] }> => {
    const page = await browser!.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(`${origin}${BASE}${path.slice(1)}`, { waitUntil: 'networkidle' });
    return { page, problems };
  };

  it('serves styled pages with no console error', async () => {
    const { page, problems } = await open('/chapters/only/');
    // The site's stylesheet applied: the body font is the explainer's serif, not the browser default.
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(font).toMatch(/Source Serif/);
    expect(await page.locator('h1').textContent()).toBe('The only chapter');
    // The chapter's figure, drawn, with the styles its component brings (the frame's among them).
    const figure = page.locator('figure[data-figure]');
    await expect.poll(() => figure.count()).toBe(1);
    expect(await figure.locator('svg').count()).toBeGreaterThan(0);
    expect(await figure.evaluate((f) => getComputedStyle(f).containerType)).toBe('inline-size');
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('reloads the page when the explainer’s settings change', async () => {
    const { page } = await open('/chapters/only/');
    fixture.text('content/explainer.yaml', (t) => t.replace('title: Tiny explainer', 'title: Tiny explainer renamed'));
    await page.waitForFunction(() => document.title.includes('Tiny explainer renamed'), null, { timeout: 20_000 });
    await page.close();
  }, 60_000);

  it('reloads the page when a data file changes', async () => {
    const { page } = await open('/chronology/');
    fixture.text('content/data/events.yaml', (t) =>
      t.replace(
        'summary: Rockets struck the base, officials said.',
        'summary: Rockets struck the base at night, officials said.',
      ),
    );
    await page.waitForFunction(() => document.body.textContent.includes('struck the base at night'), null, { timeout: 20_000 });
    await page.close();
  }, 60_000);

  it('reloads the page when a source document is revised, with its new hash', async () => {
    const { page } = await open('/sources/000/');
    const revised = `${readFileSync(join(fixture.root, 'seeds/000_tiny.txt'), 'utf8').trimEnd()}\nA line added in revision.\n`;
    writeFileSync(join(fixture.root, 'seeds/000_tiny.txt'), revised);
    fixture.text('content/data/sources.yaml', (t) => t.replace(/sha256: [0-9a-f]{64}/, `sha256: ${sha256(revised)}`));
    await page.waitForFunction(() => document.body.textContent.includes('A line added in revision.'), null, { timeout: 20_000 });
    await page.close();
  }, 60_000);

  // Before the tests that break the site on purpose: a chapter added just after a mended error
  // can take the watcher longer to notice than a reader would wait.
  it('shows a new chapter without a restart', async () => {
    writeFileSync(
      join(fixture.root, 'content/chapters/draft.mdx'),
      '---\ntitle: A second chapter\nshort: Second\ndescription: A chapter added while the dev server runs.\n---\n\nRockets struck Example Base.<Cite event="base-attack" />\n',
    );
    const since = log.length;
    await until(
      'the new chapter to be served',
      async () => (await fetch(`${origin}${BASE}chapters/draft/`).catch(() => undefined))?.status === 200,
      30_000,
    ).catch((e: unknown) => {
      throw new Error(`${String(e)}; the dev server printed meanwhile:\n${log.slice(since)}`);
    });
    const { page, problems } = await open('/chapters/draft/');
    expect(await page.locator('h1').textContent()).toBe('A second chapter');
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  // Astro writes its store of chapters half a second after a change, as the dev server's search
  // index reads every page half a second after a data change. Left to Astro alone, the pages now
  // and then kept the old store, and the new chapter answered 404 until another chapter changed
  // (see dev-chapters.ts); with sixteen chapters, about one run in three met it.
  it('shows each of several chapters added just after a data change', async () => {
    const served = async (url: string): Promise<boolean> => (await fetch(url).catch(() => undefined))?.status === 200;
    const added: string[] = [];
    try {
      for (const [i, pause] of [0, 100, 200, 350, 500, 700, 1000, 1500, 0, 100, 200, 350, 500, 700, 1000, 1500].entries()) {
        fixture.text('content/data/events.yaml', (t) => `${t}\n`);
        await new Promise((r) => setTimeout(r, pause));
        const file = join(fixture.root, `content/chapters/added-${i}.mdx`);
        writeFileSync(
          file,
          `---\ntitle: Added chapter ${i}\nshort: Added ${i}\ndescription: A chapter added just after a data change.\n---\n\nRockets struck Example Base.<Cite event="base-attack" />\n`,
        );
        added.push(file);
        const since = log.length;
        await until(
          `chapter added-${i} (${pause} ms after the data changed) to be served`,
          () => served(`${origin}${BASE}chapters/added-${i}/`),
          20_000,
        ).catch((e: unknown) => {
          throw new Error(`${String(e)}; the dev server printed meanwhile:\n${log.slice(since)}`);
        });
        // And listed: the home page reads the same store.
        expect(await (await fetch(`${origin}${BASE}`)).text()).toContain(`chapters/added-${i}/`);
      }
    } finally {
      for (const file of added) rmSync(file, { force: true });
    }
  }, 150_000);

  /**
   * What the error overlay (or the error page) says once it names `expected`, or after 45 s: the
   * dev server verifies the data again before it answers, which takes longer on a busy machine.
   */
  const overlayText = async (page: Page, expected: string): Promise<string> => {
    const read = (): Promise<string> =>
      page.evaluate(() => {
        const overlay = document.querySelector('vite-error-overlay');
        return `${overlay?.shadowRoot?.textContent ?? ''} ${document.body.textContent}`;
      });
    const end = Date.now() + 45_000;
    let shown = await read().catch(() => '');
    while (!shown.includes(expected) && Date.now() < end) {
      await page.waitForTimeout(250);
      shown = await read().catch(() => shown);
    }
    return shown;
  };

  /**
   * Breaks the explainer, then expects `message` on the page at `path` (the error overlay or page),
   * and mends it whatever happened, so that a failure here is not also every later test's.
   */
  const shownWhileBroken = async (path: string, message: string, breakIt: () => void, mend: () => void): Promise<void> => {
    breakIt();
    try {
      const { page } = await open(path);
      expect(await overlayText(page, message)).toContain(message);
      await page.close();
    } finally {
      mend();
    }
  };
  /** {@link shownWhileBroken}, the explainer broken by replacing `from` with `to` in `file`. */
  const shownWhileEdited = (path: string, message: string, file: string, from: string | RegExp, to: string): Promise<void> => {
    const before = readFileSync(join(fixture.root, file), 'utf8');
    return shownWhileBroken(
      path,
      message,
      () => {
        fixture.text(file, (t) => t.replace(from, to));
      },
      () => {
        fixture.text(file, () => before);
      },
    );
  };
  // Mended, the chapter is served again before the next test writes another.
  const untilMended = (): Promise<void> =>
    until(
      'the mended chapter to be served',
      async () => (await fetch(`${origin}${BASE}chapters/only/`).catch(() => undefined))?.status === 200,
      45_000,
    );

  // Astro's content loader reports such a chapter only in the terminal: a new one answered 404, an
  // edited one kept its last good front matter.
  it('shows a problem in a chapter’s front matter with its line, in a new chapter and an edited one', async () => {
    const hasty = join(fixture.root, 'content/chapters/hasty.mdx');
    await shownWhileBroken(
      '/chapters/hasty/',
      'content/chapters/hasty.mdx:4:14 › field "description": must be at least 20 characters long',
      () => {
        writeFileSync(
          hasty,
          '---\ntitle: A hasty chapter\nshort: Hasty\ndescription: Too short\n---\n\nRockets struck Example Base.<Cite event="base-attack" />\n',
        );
      },
      () => {
        rmSync(hasty, { force: true });
      },
    );
    await shownWhileEdited(
      '/chapters/only/',
      'content/chapters/only.mdx:3:14 › field "description": must be at least 20 characters long',
      'content/chapters/only.mdx',
      /^description: .*$/m,
      'description: Too short',
    );
    await untilMended();
  }, 150_000);

  it('shows a problem in the data in the error overlay, with the file', async () => {
    const good = "quote: 'Rockets struck Example Base on Monday'";
    const bad = "quote: 'Rockets struck Example Base on Sunday'";
    await shownWhileEdited('/chronology/', 'content/data/events.yaml', 'content/data/events.yaml', good, bad);
  }, 150_000);

  it('shows a bad figure prop in the error overlay, with the chapter’s line', async () => {
    const figure = '<CountsFigure questions="base-attack-wounded" />';
    const broken = '<CountsFigure questions="base-attack-wounded" rows="all" />';
    await shownWhileEdited(
      '/chapters/only/',
      'only.mdx:12:1: <CountsFigure>: unknown prop "rows"',
      'content/chapters/only.mdx',
      figure,
      broken,
    );
    await untilMended();
  }, 150_000);

  /** The result links search shows for a word, searched from a fresh chapter page as a reader would. */
  const searchFor = async (word: string): Promise<string[]> => {
    const { page, problems } = await open('/chapters/only/');
    await page.locator('.search-button').click();
    const dialog = page.locator('dialog[data-search-dialog]');
    await dialog.waitFor({ state: 'visible' });
    await dialog.locator('input[type="search"]').fill(word);
    await dialog
      .locator('[data-search-status]')
      .filter({ hasText: /results? for|No results/ })
      .waitFor({ timeout: 20_000 });
    const hrefs = await dialog
      .locator('li.result a.result-link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(problems).toEqual([]);
    await page.close();
    return hrefs;
  };

  it('finds a word of a chapter with search, and a word just written into it', async () => {
    await until('the search index', async () => (await fetch(`${origin}${BASE}pagefind/pagefind.js`)).ok, 45_000);
    // Every page the home page leads to is indexed, each result linked under the base.
    const chapter = `${BASE}chapters/only/`;
    expect(await searchFor('monitor')).toContainEqual(expect.stringMatching(new RegExp(`^${chapter}`)));
    fixture.text('content/chapters/only.mdx', (t) => t.replace('A local monitor', 'A local monitor in a zeppelin'));
    // The index is made again after the chapter is: on a busy machine that takes a while.
    const end = Date.now() + 60_000;
    let found: string[] = [];
    while (Date.now() < end && !found.some((h) => h.startsWith(chapter))) found = await searchFor('zeppelin');
    expect(found).toContainEqual(expect.stringMatching(new RegExp(`^${chapter}`)));
  }, 180_000);

  it('stops with its children when the npm process is stopped', async () => {
    dev!.kill('SIGTERM');
    await until('the port to be free', async () => !(await answers(`${origin}${BASE}`)), 20_000);
  }, 30_000);
});

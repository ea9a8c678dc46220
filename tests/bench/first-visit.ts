/**
 * What a first visit costs, this site against Starlight built from the same chapters
 * (tests/bench/starlight.ts): bytes on the wire per page (HTML, CSS, JavaScript and fonts, served
 * gzipped as a static host would), and first paint, largest contentful paint and cumulative layout
 * shift on a throttled phone (390 px, 150 ms round trip, 1.6 Mbps down, CPU four times slower).
 * Medians of interleaved runs, each a fresh browser context with an empty cache. A benchmark to
 * read, not a timed test. Build the site first (`npm run build`).
 *
 *   npm run bench:first-visit                  # 5 runs, builds Starlight first
 *   npm run bench:first-visit -- --runs 9
 *   npm run bench:first-visit -- --reuse       # measure the Starlight build already in the cache
 *   npm run bench:first-visit -- --no-starlight
 *   npm run bench:first-visit -- --dist other/dist   # another build of this site
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../src/lib/build/chromium.ts';
import { buildStarlight, chapterSlugs, STARLIGHT_CACHE } from './starlight.ts';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const OURS = resolve(args.includes('--dist') ? args[args.indexOf('--dist') + 1]! : 'dist');

/** The phone: a slow 4G connection as Lighthouse's mobile profile has it, on a mid-range CPU. */
const PHONE = { width: 390, height: 844, latency: 150, down: 1.6e6 / 8, up: 750e3 / 8, cpu: 4 } as const;

const TYPES = { Document: 'html', Stylesheet: 'css', Script: 'js', Font: 'font' } as const;
type Kind = (typeof TYPES)[keyof typeof TYPES];

interface Visit {
  bytes: Record<Kind | 'total', number>;
  firstPaint: number;
  lcp: number;
  cls: number;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.xml': 'application/xml',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml']);

/** A static server that gzips text, as any real host does; the project's test server does not. */
async function serveGzip(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    const ext = extname(file);
    const headers: Record<string, string> = {
      'content-type': MIME[ext] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    };
    let body: Buffer = readFileSync(file);
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      body = gzipped.get(file) ?? gzipped.set(file, gzipSync(body, { level: 9 })).get(file)!;
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((done) =>
        server.close(() => {
          done();
        }),
      ),
  };
}

async function visit(browser: Browser, url: string): Promise<Visit> {
  const ctx = await browser.newContext({
    viewport: { width: PHONE.width, height: PHONE.height },
    isMobile: true,
    hasTouch: true,
  });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  const kinds = new Map<string, Kind>();
  const bytes: Visit['bytes'] = { html: 0, css: 0, js: 0, font: 0, total: 0 };
  cdp.on('Network.responseReceived', (e) => {
    if (e.type in TYPES) kinds.set(e.requestId, TYPES[e.type as keyof typeof TYPES]);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const kind = kinds.get(e.requestId);
    if (!kind) return;
    bytes[kind] += e.encodedDataLength;
    bytes.total += e.encodedDataLength;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.latency,
    downloadThroughput: PHONE.down,
    uploadThroughput: PHONE.up,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // Fonts and late scripts are part of a first visit; a page that never goes quiet is measured as it stands.
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  await page.evaluate(() => document.fonts.ready);
  const timing = await page.evaluate(
    () =>
      new Promise<Omit<Visit, 'bytes'>>((done) => {
        const paint = performance.getEntriesByName('first-paint')[0] ?? performance.getEntriesByName('first-contentful-paint')[0];
        let lcp = 0;
        let cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) lcp = Math.max(lcp, e.startTime);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!e.hadRecentInput) cls += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive in a later task.
        setTimeout(() => {
          done({ firstPaint: paint?.startTime ?? NaN, lcp, cls });
        }, 200);
      }),
  );
  await ctx.close();
  return { bytes, ...timing };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function summary(visits: Visit[]): Visit {
  const pick = (f: (v: Visit) => number): number => median(visits.map(f));
  return {
    bytes: {
      html: pick((v) => v.bytes.html),
      css: pick((v) => v.bytes.css),
      js: pick((v) => v.bytes.js),
      font: pick((v) => v.bytes.font),
      total: pick((v) => v.bytes.total),
    },
    firstPaint: pick((v) => v.firstPaint),
    lcp: pick((v) => v.lcp),
    cls: pick((v) => v.cls),
  };
}

const kb = (n: number): string => (n / 1024).toFixed(1);
const ms = (n: number): string => `${Math.round(n)} ms`;

async function main(): Promise<void> {
  if (!existsSync(join(OURS, 'index.html'))) throw new Error('dist/: no built site (run npm run build first)');
  const compare = !args.includes('--no-starlight');
  let theirs: string | undefined;
  if (compare) {
    if (args.includes('--reuse') && existsSync(join(STARLIGHT_CACHE, 'dist/index.html'))) theirs = join(STARLIGHT_CACHE, 'dist');
    else {
      const built = await buildStarlight({ from: OURS });
      console.info(`Starlight built in ${(built.ms / 1000).toFixed(1)} s`);
      theirs = built.dist;
    }
  }
  const pages = [
    { name: 'home', ours: '/', theirs: '/' },
    ...chapterSlugs(OURS).map((slug) => ({ name: slug, ours: `/chapters/${slug}/`, theirs: `/${slug}/` })),
  ];
  const ourServer = await serveGzip(OURS);
  const theirServer = theirs ? await serveGzip(theirs) : undefined;
  const browser = await launchBrowser();
  const results = new Map<string, { ours: Visit[]; theirs: Visit[] }>(pages.map((p) => [p.name, { ours: [], theirs: [] }]));
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const p of pages) {
        const r = results.get(p.name)!;
        // Alternate who goes first, so neither always meets a warmer machine.
        const order = run % 2 ? (['theirs', 'ours'] as const) : (['ours', 'theirs'] as const);
        for (const who of order) {
          if (who === 'ours') r.ours.push(await visit(browser, ourServer.origin + p.ours));
          else if (theirServer) r.theirs.push(await visit(browser, theirServer.origin + p.theirs));
        }
      }
      process.stderr.write(`run ${run + 1} of ${RUNS}\n`);
    }
  } finally {
    await browser.close();
    await ourServer.close();
    await theirServer?.close();
  }
  console.info(
    `\nFirst visit, medians of ${RUNS} interleaved runs; bytes on the wire (KB, gzip), phone profile (${PHONE.width} px, ${PHONE.latency} ms RTT, 1.6 Mbps, CPU ${PHONE.cpu}×)\n`,
  );
  const rows: string[][] = [['page', 'site', 'HTML', 'CSS', 'JS', 'fonts', 'total', 'first paint', 'LCP', 'CLS']];
  for (const p of pages) {
    const r = results.get(p.name)!;
    const line = (who: string, v: Visit): string[] => [
      p.name,
      who,
      kb(v.bytes.html),
      kb(v.bytes.css),
      kb(v.bytes.js),
      kb(v.bytes.font),
      kb(v.bytes.total),
      ms(v.firstPaint),
      ms(v.lcp),
      v.cls.toFixed(3),
    ];
    const ours = summary(r.ours);
    rows.push(line('this site', ours));
    if (r.theirs.length) {
      const theirs = summary(r.theirs);
      rows.push(line('Starlight', theirs));
      rows.push([
        p.name,
        'ratio',
        '',
        '',
        '',
        '',
        `${(ours.bytes.total / theirs.bytes.total).toFixed(2)}×`,
        `${(ours.firstPaint / theirs.firstPaint).toFixed(2)}×`,
        `${(ours.lcp / theirs.lcp).toFixed(2)}×`,
        '',
      ]);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.info(r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
}

await main();

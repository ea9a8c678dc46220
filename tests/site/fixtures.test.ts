import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { axe } from '../support/axe.ts';
import { useBrowser } from '../support/browser-session.ts';
import { buildExplainer } from '../support/build.ts';
import { FLOOD, TINY } from '../support/fixture.ts';
import { brokenLinks, builtSite, type BuiltSite } from '../support/site.ts';
import { tempDir } from '../support/temp.ts';
import { htmlErrors } from '../support/validate.ts';

/**
 * The two fixture explainers, built once each with this engine and checked like this explainer's
 * site: the tiny one without the PDF, the flood one (its own kinds of event, lanes, places and
 * three figures) with it, so that the PDF step is covered for an explainer other than this one.
 */
interface Fixture {
  name: string;
  root: string;
  pdf: boolean;
  /** The figures its chapter holds, by anchor id. */
  figures: Record<string, string[]>;
  /** Words of this explainer's story, none of which may reach its pages. */
  foreign: RegExp;
  dist: string;
  status: number | null;
  output: string;
  site: BuiltSite;
}

/** This explainer's names; any of them on a fixture's page is this story leaking through the engine. */
const STORY_NAMES = String.raw`Iran|Syria|Iraq|militia|Erbil|Kamal|Qaim|Kata.?ib|Hezbollah|Pentagon|Soleimani|Strikes on the border`;

const DECLARED: Array<Pick<Fixture, 'name' | 'root' | 'pdf' | 'figures' | 'foreign'>> = [
  {
    name: 'tiny',
    root: TINY,
    pdf: false,
    figures: { '/chapters/only/': ['counts'] },
    foreign: new RegExp(String.raw`\b(?:${STORY_NAMES})`, 'i'),
  },
  {
    name: 'flood',
    root: FLOOD,
    pdf: true,
    figures: { '/chapters/the-flood/': ['timeline', 'map', 'counts'] },
    // A flood has no strikes, attacks or rockets: any such word came from the engine.
    foreign: new RegExp(String.raw`\b(?:${STORY_NAMES}|strikes?|airstrikes?|attacks?|rockets?|military)\b`, 'i'),
  },
];

const FIXTURES: Fixture[] = DECLARED.map((f) => ({ ...f, dist: '', status: null, output: '', site: builtSite('') }));

beforeAll(() => {
  for (const f of FIXTURES) {
    f.dist = tempDir(`explainer-${f.name}-`);
    ({ status: f.status, output: f.output } = buildExplainer(f.root, f.dist, [], { pdf: f.pdf }));
    f.site = builtSite(f.dist);
  }
}, 300_000);

// The flood fixture's site, served once it is built (this registers after the build above).
const session = useBrowser(() => FIXTURES.find((f) => f.name === 'flood')!.dist);

describe.each(FIXTURES)('the $name fixture explainer', (f) => {
  it('builds with this engine and no change to it', () => {
    expect(f.status, f.output).toBe(0);
    expect(f.output).not.toContain('no `site`');
    if (f.pdf) {
      expect(f.output).toMatch(/PDF: wrote \S+\.pdf \(\d+ pages/);
      expect(
        readFileSync(join(f.dist, `${/PDF: wrote (\S+\.pdf)/.exec(f.output)![1]}`))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    } else expect(f.output).toContain('PDF: not written');
  });

  it('has a home page, its chapters, a page per source, and a sitemap on its own address', () => {
    const pages = f.site.pages();
    for (const path of ['/', '/404.html', '/sources/', '/chronology/', '/people-and-places/', '/print/', '/sources/000/'])
      expect(pages).toContain(path);
    for (const path of Object.keys(f.figures)) expect(pages).toContain(path);
    const explainer = readFileSync(join(f.root, 'content/explainer.yaml'), 'utf8');
    const site = /^site: (\S+)$/m.exec(explainer)![1]!;
    const home = f.site.page('/');
    expect(home.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${site}/`);
    expect(home.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(`${site}/`);
    const sitemap = readFileSync(join(f.dist, 'sitemap.xml'), 'utf8');
    for (const path of ['/', ...Object.keys(f.figures), '/print/', '/sources/000/'])
      expect(sitemap).toContain(`<loc>${site}${path}</loc>`);
  });

  it('links only to pages and anchors that exist, on every page', () => {
    const broken = f.site.pages().flatMap((path) => brokenLinks(f.site, path).map((b) => `${path}: ${b}`));
    expect(broken).toEqual([]);
  });

  it('passes html-validate on every page', async () => {
    const errors: string[] = [];
    for (const path of f.site.pages()) errors.push(...(await htmlErrors(f.site.fileFor(path))).map((e) => `${path}: ${e}`));
    expect(errors).toEqual([]);
  });

  it('draws its figures with marks, each described in the figure’s text alternative', () => {
    for (const [path, ids] of Object.entries(f.figures)) {
      const doc = f.site.page(path);
      expect(doc.querySelectorAll('figure[data-figure]').map((el) => el.getAttribute('data-figure'))).toEqual(ids);
      for (const id of ids) {
        const figure = doc.querySelector(`figure[data-figure="${id}"]`)!;
        expect(figure.querySelector('.figure-title')?.textContent.trim().length, id).toBeGreaterThan(10);
        expect(figure.querySelector('.figure-summary')?.textContent.trim().length, id).toBeGreaterThan(10);
        const charts = figure.querySelectorAll('.figure-body svg');
        expect(charts.length, id).toBeGreaterThan(0);
        const described = new Set(
          figure.querySelectorAll('details.figure-alt [data-key]').map((el) => el.getAttribute('data-key')!),
        );
        for (const chart of charts) {
          const marks = chart.querySelectorAll('[data-key]').map((el) => el.getAttribute('data-key')!);
          expect(marks.length, id).toBeGreaterThan(0);
          expect(
            marks.filter((k) => !described.has(k)),
            id,
          ).toEqual([]);
          expect(chart.querySelectorAll('[data-tip]').length, id).toBeGreaterThan(0);
        }
      }
    }
  });

  it('prints no word of this explainer’s story on any page', () => {
    const found = f.site.pages().flatMap((path) => {
      const text = f.site.page(path).querySelector('body')?.textContent ?? '';
      const match = f.foreign.exec(text);
      return match ? [`${path}: “${text.slice(Math.max(0, match.index - 40), match.index + 40)}”`] : [];
    });
    expect(found).toEqual([]);
  });
});

describe('the flood fixture explainer', () => {
  const flood = FIXTURES.find((f) => f.name === 'flood')!;

  it('draws its own lanes, named as its explainer.yaml names them, on the timeline and the map', () => {
    const doc = flood.site.page('/chapters/the-flood/');
    const timeline = doc.querySelector('#timeline')!.textContent;
    for (const lane of ['The river', 'Evacuation and rescue', 'Warnings']) expect(timeline).toContain(lane);
    const map = doc.querySelector('#map')!.textContent;
    for (const place of ['Peso da Régua', 'Pinhão', 'Porto', 'Lamego']) expect(map).toContain(place);
  });

  it('shows both disagreements: the counts of those who left, and the times of the peak', () => {
    const doc = flood.site.page('/chapters/the-flood/');
    const counts = doc.querySelector('#counts')!.textContent;
    for (const stated of ['140 people', 'More than 200 people', 'About 150 people', '60 homes', 'at least 80 houses'])
      expect(counts).toContain(stated);
    const sources = flood.site.page('/sources/').querySelector('main')!.textContent;
    expect(sources).toContain('about 2 a.m.');
    expect(sources).toContain('3.30 a.m.');
  });

  it('labels the photo caption and the share buttons as printed with the reports, not as their words', () => {
    for (const [seed, line] of [
      ['000', 'Water covers the riverside road'],
      ['002', 'FacebookXPinterestEmailShare'],
    ] as const) {
      const block = flood.site
        .page(`/sources/${seed}/`)
        .querySelectorAll('[id]')
        .find((el) => el.querySelector('.body')?.textContent.includes(line));
      expect(block?.querySelector('.label'), `${seed}: ${line}`).toBeTruthy();
    }
  });
});

/**
 * The flood fixture's chapter, which holds its three figures drawn in its own lanes, shapes and
 * colours, passes axe in both themes: the engine's markup and palette hold for an explainer
 * other than this one. One page, since the other pages share this explainer's templates.
 */
describe.concurrent.each(['light', 'dark'] as const)('the flood fixture, %s theme', (scheme) => {
  it('has no WCAG 2.2 A or AA violations on its chapter', async () => {
    const ctx = await session.context({ colorScheme: scheme, viewport: { width: 1280, height: 800 } });
    try {
      const page = await ctx.newPage();
      await page.goto(`${session.origin()}/chapters/the-flood/`);
      await page.evaluate(() => document.fonts.ready);
      expect(await page.locator('figure[data-figure]').count()).toBe(3);
      expect((await axe(page)).violations).toEqual([]);
    } finally {
      await ctx.close();
    }
  }, 90_000);
});

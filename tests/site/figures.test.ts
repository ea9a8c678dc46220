import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { builtPages, fileFor, page } from '../support/site.ts';

const SNAPSHOTS = join(process.cwd(), 'tests/snapshots');

/** Every figure on every built page, with the page it is on. */
const figures = builtPages().flatMap((path) =>
  page(path)
    .querySelectorAll('figure[data-figure]')
    .map((figure) => ({ path, id: figure.getAttribute('data-figure')!, figure })),
);

/**
 * Each layout a figure is drawn in, with its chart: the one chart of a figure laid out once, or
 * the wide and the narrow (phone) layouts of one laid out twice (see src/figures/shared/Figure.astro).
 * A chart is SVG (one drawing, or a long one drawn in parts that paper can break between, in
 * a `.chart-parts` box), or an HTML table where words reflow better than a drawing would (the
 * comparison).
 */
const layouts = figures.flatMap((f) => {
  const own = f.figure.querySelectorAll('.figure-body > .layout');
  if (own.length === 0)
    return [{ ...f, layout: 'wide', chart: f.figure.querySelector('.figure-body > svg, .figure-body > table')! }];
  return own.map((el) => ({
    ...f,
    layout: el.classList.contains('layout-narrow') ? 'narrow' : 'wide',
    chart: el.querySelector(':scope > svg, :scope > .chart-parts')!,
  }));
});

/**
 * An SVG as a stable string: Astro's scoping attributes dropped, numbers rounded to one decimal,
 * and link targets blanked (they follow the chapters' citation numbers; the link tests cover them).
 */
function normalizeSvg(svg: string): string {
  return svg
    .replace(/ data-astro-cid-[a-z0-9]+(="")?/g, '')
    .replace(/ astro-[a-z0-9]{8}(?=[ "])/g, '')
    .replace(/ href="[^"]*"/g, ' href=""')
    .replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/></g, '>\n<');
}

describe('figures', () => {
  it('exist on the chapter pages', () => {
    expect(figures.length).toBeGreaterThanOrEqual(1);
  });

  it.each(figures)('$id on $path has a number, title, summary, source line and a text alternative', ({ figure }) => {
    expect(figure.querySelector('.figure-label')?.textContent).toMatch(/^Figure \d+$/);
    expect(figure.querySelector('.figure-title')?.textContent.trim().length).toBeGreaterThan(10);
    expect(figure.querySelector('.figure-summary')?.textContent.trim().length).toBeGreaterThan(10);
    expect(figure.querySelector('.figure-source')?.textContent).toMatch(/^Source: .{10,}/);
    expect(figure.querySelector('details.figure-alt table, details.figure-alt ul, details.figure-alt ol')).toBeTruthy();
  });

  it.each(layouts)('$id ($layout) on $path names every data point of its chart in its text alternative', ({ figure, chart }) => {
    const shown = new Set(chart.querySelectorAll('[data-key]').map((el) => el.getAttribute('data-key')!));
    const described = new Set(figure.querySelectorAll('details.figure-alt [data-key]').map((el) => el.getAttribute('data-key')!));
    expect(shown.size).toBeGreaterThan(0);
    expect([...shown].filter((k) => !described.has(k))).toEqual([]);
  });

  const drawn = (chart: (typeof layouts)[number]['chart']): boolean =>
    chart.tagName.toLowerCase() === 'svg' ||
    (chart.classList.contains('chart-parts') &&
      chart.children.length > 0 &&
      chart.children.every((c) => c.tagName.toLowerCase() === 'svg'));
  const svgLayouts = layouts.filter((l) => drawn(l.chart));
  const tableLayouts = layouts.filter((l) => l.chart.tagName.toLowerCase() === 'table');

  // A key lists only what its chart draws: each entry below appears exactly when one of its layouts draws the mark.
  const keyed: Array<{ entry: string; mark: string }> = [
    { entry: '.key-bar', mark: '.layout .bar' },
    { entry: '.sm-full', mark: '.layout .cell.states' },
    { entry: '.sm-half', mark: '.layout .cell.differs' },
    { entry: '.sm-empty', mark: '.layout .cell.omits' },
    { entry: '.moved', mark: '.layout .moved' },
  ];
  it.each(figures.filter(({ figure }) => figure.querySelector('.legend')))(
    '$id on $path lists in its key only the marks its chart draws',
    ({ figure }) => {
      const legend = figure.querySelector('.legend')!;
      for (const { entry, mark } of keyed)
        expect(!!legend.querySelector(entry), `key entry ${entry} with ${mark} drawn`).toBe(!!figure.querySelector(mark));
    },
  );

  it('draws every chart as SVG or as a table', () => {
    expect(svgLayouts.length + tableLayouts.length).toBe(layouts.length);
  });

  it.each(tableLayouts)(
    '$id on $path heads its table by columns and rows, and each cell links to the passages it rests on',
    ({ chart }) => {
      const columns = chart.querySelectorAll('thead th[scope="col"]');
      expect(columns.length).toBeGreaterThanOrEqual(2);
      const rows = chart.querySelectorAll('tbody tr');
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.querySelector('th[scope="row"]')?.text.trim().length).toBeGreaterThan(2);
        const cells = row.querySelectorAll('td[data-key]');
        expect(cells).toHaveLength(columns.length);
        for (const cell of cells) {
          // Each column's name heads its cells when a phone shows them one under the other.
          expect(columns.map((c) => c.text.trim())).toContain(cell.getAttribute('data-label'));
          const links = cell.querySelectorAll('a');
          expect(links.length, `cell ${cell.getAttribute('data-key')} cites a passage`).toBeGreaterThan(0);
          for (const link of links) {
            expect(link.getAttribute('href')).toMatch(/^(\/sources\/\d{3}\/#.+|https:\/\/.+)$/);
            expect(link.text.trim().length).toBeGreaterThan(2);
          }
        }
      }
    },
  );

  it.each(svgLayouts)(
    '$id ($layout) on $path names each link in its chart by the words it shows, and describes it in full',
    ({ path, chart }) => {
      const links = chart.querySelectorAll('a');
      expect(links.length).toBeGreaterThan(0);
      const words = (s: string): string => s.replace(/\s+/g, ' ').trim();
      for (const link of links) {
        // What the link shows: its texts, which the markup keeps a space apart (WCAG 2.5.3, label in name).
        const shown = words(
          link
            .querySelectorAll('text')
            .map((t) => t.text)
            .join(' '),
        );
        const name = link.getAttribute('aria-label') ?? '';
        expect(name.startsWith(shown), `"${name}" starts with "${shown}"`).toBe(true);
        expect(
          words(link.text)
            .replace(words(link.querySelector('desc')?.text ?? ''), '')
            .trim(),
        ).toBe(shown);
        const described = link.getAttribute('aria-describedby') ?? '';
        expect(page(path).querySelectorAll(`[id="${described}"]`), `one element with id ${described}`).toHaveLength(1);
        const description = words(link.querySelector(`desc[id="${described}"]`)?.text ?? '');
        expect(description.length).toBeGreaterThan(shown.length);
        expect(description).not.toBe(name);
      }
    },
  );

  // The print edition repeats the chapters' figures; one snapshot each is enough.
  it.each(layouts.filter((f) => f.path !== '/print/'))(
    '$id ($layout) on $path matches its snapshot',
    ({ path, id, layout, chart }) => {
      const svg = normalizeSvg(chart.toString());
      // The wide layout keeps the name it had before figures had phone layouts.
      const ext = chart.tagName.toLowerCase() === 'table' ? 'html' : 'svg';
      const name = `${path.replace(/^\/|\/$/g, '').replace(/\//g, '--') || 'index'}--${id}${layout === 'wide' ? '' : `--${layout}`}.${ext}`;
      const file = join(SNAPSHOTS, name);
      if (!existsSync(file)) {
        // A new figure: record its snapshot locally; in CI a missing snapshot is a failure.
        expect(process.env.CI, `no snapshot ${name}: build and run the tests locally, review and commit it`).toBeFalsy();
        mkdirSync(SNAPSHOTS, { recursive: true });
        writeFileSync(file, svg);
        return;
      }
      const expected = readFileSync(file, 'utf8');
      const changed = file.replace(/\.(svg|html)$/, `-changed.${ext}`);
      if (svg !== expected) writeFileSync(changed, svg);
      expect(
        svg,
        `${name} changed: compare with ${name.replace(/\.(svg|html)$/, `-changed.${ext}`)}; if the change is intended, replace the snapshot`,
      ).toBe(expected);
    },
  );
});

/**
 * Which figures' styles each page links, told from the built pages alone: Astro scopes a
 * component's styles to an attribute of its own (`data-astro-cid-…`) that its elements carry.
 * A figure's kind is the component first drawn inside its frame (the map, the timeline, …), and
 * the kind's components are every one drawn inside a figure of that kind anywhere on the site,
 * so a part some maps leave out (an inset) still counts as the map's.
 */
const CID = /^data-astro-cid-([a-z0-9]+)$/;
const cidsOf = (elements: readonly HTMLElement[]): Set<string> =>
  new Set(elements.flatMap((el) => Object.keys(el.attributes).flatMap((k) => CID.exec(k)?.[1] ?? [])));
const htmlPages = builtPages().filter((path) => path.endsWith('/'));
const kindsOn = new Map<string, Set<string>>();
const kindParts = new Map<string, Set<string>>();
/** A figure of each kind, to name it by: `"source-matrix" on /chapters/february-strike/`. */
const kindName = new Map<string, string>();
const outsideFigures = new Set<string>();
for (const path of htmlPages) {
  const inFigures = new Set<HTMLElement>();
  const kinds = new Set<string>();
  for (const figure of page(path).querySelectorAll('figure[data-figure]')) {
    const frame = cidsOf([figure]);
    const parts = [figure, ...figure.querySelectorAll('*')];
    for (const el of parts) inFigures.add(el);
    const body = figure.querySelectorAll('.figure-body *');
    const kind = body.map((el) => [...cidsOf([el])].find((c) => !frame.has(c))).find(Boolean);
    if (!kind) continue;
    kinds.add(kind);
    if (!kindName.has(kind)) kindName.set(kind, `"${figure.getAttribute('data-figure')!}" on ${path}`);
    const known = kindParts.get(kind) ?? new Set<string>();
    for (const cid of cidsOf(parts)) known.add(cid);
    kindParts.set(kind, known);
  }
  kindsOn.set(path, kinds);
  for (const cid of cidsOf(
    page(path)
      .querySelectorAll('*')
      .filter((el) => !inFigures.has(el)),
  ))
    outsideFigures.add(cid);
}
/** The kinds of figure a component's styles serve, for the components drawn only inside figures. */
const kindsServed = new Map<string, string[]>();
for (const [kind, parts] of kindParts)
  for (const cid of parts) if (!outsideFigures.has(cid)) kindsServed.set(cid, [...(kindsServed.get(cid) ?? []), kind]);
/** The components a page's stylesheets style, each with the stylesheet. */
const styledOn = (path: string): Array<{ sheet: string; cid: string }> =>
  page(path)
    .querySelectorAll('link[rel="stylesheet"]')
    .flatMap((link) => {
      const sheet = link.getAttribute('href')!;
      const css = readFileSync(fileFor(sheet), 'utf8');
      return [...new Set([...css.matchAll(/data-astro-cid-([a-z0-9]+)/g)].map((m) => m[1]!))].map((cid) => ({ sheet, cid }));
    });

describe('figure styles', () => {
  it('are told apart by kind: several kinds of figure, each drawn with styles of its own', () => {
    expect(kindParts.size).toBeGreaterThanOrEqual(4);
    for (const kind of kindParts.keys()) expect(kindsServed.get(kind), kind).toEqual([kind]);
  });

  it.each(htmlPages)('on %s: no stylesheet of a figure the page does not show, and those of every figure it does', (path) => {
    const shows = kindsOn.get(path)!;
    const styled = styledOn(path);
    const strays = styled
      .filter(({ cid }) => kindsServed.has(cid) && !kindsServed.get(cid)!.some((kind) => shows.has(kind)))
      .map(
        ({ sheet, cid }) =>
          `${sheet} styles a part of ${kindsServed
            .get(cid)!
            .map((k) => kindName.get(k)!)
            .join(', ')}`,
      );
    expect(strays).toEqual([]);
    const styledCids = new Set(styled.map(({ cid }) => cid));
    for (const kind of shows) expect(styledCids.has(kind), `the styles of ${kindName.get(kind)!} on ${path}`).toBe(true);
  });
});

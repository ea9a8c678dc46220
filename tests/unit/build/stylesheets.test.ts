import { describe, expect, it } from 'vitest';
import { contentName, firstStylesheet, joinPage, sharedStylesheet } from '../../../src/lib/build/stylesheets.ts';

const link = (name: string, folder = '/_astro/'): string => `<link rel="stylesheet" href="${folder}${name}">`;
const page = (...tags: string[]): string => `<html><head><title>t</title>${tags.join('')}</head><body><p>x</p></body></html>`;
const hrefs = (html: string): string[] => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]!);

const CSS: Record<string, string> = {
  'Base.a.css': 'body{margin:0}',
  'one.b.css': '.one{color:red}\n',
  'two.c.css': '.two{color:blue}',
  'map.d.css': '.map{fill:green}',
  'import.e.css': '@import url(x.css);.i{}',
  'layer.f.css': '@layer base{.l{}}',
};
const css = (name: string): string | undefined => CSS[name];

/** The join of a whole site held in memory, as the build does it page by page. */
function joinStylesheets(pages: Map<string, string>, read: typeof css, rename?: (name: string) => string) {
  const shared = sharedStylesheet([...pages.values()].map(firstStylesheet));
  const files = new Map<string, string>();
  const changed = new Map<string, string>();
  for (const [path, html] of pages) {
    const page = joinPage(html, shared, read, rename);
    for (const [name, text] of page.files) files.set(name, text);
    if (page.html !== undefined) changed.set(path, page.html);
  }
  return { pages: changed, files, shared };
}

describe('joining stylesheets', () => {
  it('keeps the stylesheet every page starts with apart and joins the rest in link order', () => {
    const plan = joinStylesheets(
      new Map([
        ['a.html', page(link('Base.a.css'), link('one.b.css'), link('two.c.css'))],
        ['b.html', page(link('Base.a.css'), link('two.c.css'))],
      ]),
      css,
    );
    expect(plan.shared).toBe('Base.a.css');
    const a = hrefs(plan.pages.get('a.html')!);
    expect(a).toHaveLength(2);
    expect(a[0]).toBe('/_astro/Base.a.css');
    expect(plan.files.get(a[1]!.slice('/_astro/'.length))).toBe('.one{color:red}\n.two{color:blue}\n');
    // One file left to link: nothing to join, the page is left as it was.
    expect(plan.pages.has('b.html')).toBe(false);
  });

  it('gives pages that link the same files the same joined file, named after its content', () => {
    const same = page(link('Base.a.css'), link('one.b.css'), link('map.d.css'));
    const plan = joinStylesheets(
      new Map([
        ['a.html', same],
        ['b.html', same],
        ['c.html', page(link('Base.a.css'), link('two.c.css'), link('map.d.css'))],
      ]),
      css,
    );
    expect(plan.files.size).toBe(2);
    expect(hrefs(plan.pages.get('a.html')!)).toEqual(hrefs(plan.pages.get('b.html')!));
    expect(hrefs(plan.pages.get('c.html')!)[1]).not.toBe(hrefs(plan.pages.get('a.html')!)[1]);
    const again = joinStylesheets(new Map([['a.html', same]]), css);
    expect([...again.files.keys()]).toEqual([hrefs(plan.pages.get('a.html')!)[1]!.slice('/_astro/'.length)]);
    for (const name of plan.files.keys()) expect(name).toMatch(/^page\.[\w-]{8}\.css$/);
  });

  it('keeps a file linked twice at its last link, where its rules take effect', () => {
    const plan = joinStylesheets(
      new Map([['a.html', page(link('Base.a.css'), link('map.d.css'), link('one.b.css'), link('map.d.css'), link('two.c.css'))]]),
      css,
    );
    const joined = hrefs(plan.pages.get('a.html')!)[1]!.slice('/_astro/'.length);
    expect(plan.files.get(joined)).toBe('.one{color:red}\n.map{fill:green}\n.two{color:blue}\n');
  });

  it('moves no link across a stylesheet it does not join', () => {
    const style = '<style>.s{}</style>';
    const media = '<link rel="stylesheet" href="/_astro/two.c.css" media="print">';
    const html = page(
      link('Base.a.css'),
      link('one.b.css'),
      link('map.d.css'),
      media,
      link('two.c.css'),
      style,
      link('one.b.css'),
      link('map.d.css'),
    );
    const next = joinStylesheets(new Map([['a.html', html]]), css).pages.get('a.html')!;
    const order = [...next.matchAll(/<link[^>]*>|<style>/g)].map((m) => m[0]);
    expect(order).toHaveLength(6);
    expect(order[0]).toBe(link('Base.a.css'));
    expect(order[1]).toMatch(/page\.[\w-]{8}\.css/);
    expect(order.slice(2)).toEqual([media, link('two.c.css'), '<style>', order[5]]);
    expect(order[5]).toMatch(/page\.[\w-]{8}\.css/);
  });

  it('joins links under a base path and writes the joined link under it too', () => {
    const under = (name: string): string => link(name, '/news/_astro/');
    const plan = joinStylesheets(new Map([['a.html', page(under('Base.a.css'), under('one.b.css'), under('two.c.css'))]]), css);
    expect(hrefs(plan.pages.get('a.html')!)).toEqual([
      '/news/_astro/Base.a.css',
      expect.stringMatching(/^\/news\/_astro\/page\.[\w-]{8}\.css$/),
    ]);
  });

  it('leaves whole a run with a file whose rules depend on their place, or one it cannot read', () => {
    for (const odd of ['import.e.css', 'layer.f.css', 'missing.css']) {
      const html = page(link('Base.a.css'), link('one.b.css'), link(odd));
      expect(joinStylesheets(new Map([['a.html', html]]), css).pages.has('a.html'), odd).toBe(false);
    }
  });

  it('joins the shared file too on a page where it does not come first', () => {
    const plan = joinStylesheets(
      new Map([
        ['a.html', page(link('Base.a.css'), link('one.b.css'))],
        ['b.html', page(link('Base.a.css'), link('two.c.css'))],
        ['c.html', page(link('one.b.css'), link('Base.a.css'), link('two.c.css'))],
      ]),
      css,
    );
    // The first links differ between pages, so no file is shared and each page gets one stylesheet.
    expect(plan.shared).toBeUndefined();
    const c = hrefs(plan.pages.get('c.html')!);
    expect(c).toHaveLength(1);
    expect(plan.files.get(c[0]!.slice('/_astro/'.length))).toBe('.one{color:red}\nbody{margin:0}\n.two{color:blue}\n');
  });

  it('leaves links that are not stylesheets, and the rest of the page, as they were', () => {
    const preload = '<link rel="preload" href="/_astro/font.woff2" as="font" type="font/woff2" crossorigin>';
    const html = page(preload, link('Base.a.css'), link('one.b.css'), link('two.c.css'));
    const next = joinStylesheets(new Map([['a.html', html]]), css).pages.get('a.html')!;
    expect(
      next.startsWith(`<html><head><title>t</title>${preload}${link('Base.a.css')}<link rel="stylesheet" href="/_astro/page.`),
    ).toBe(true);
    expect(next.endsWith('.css"></head><body><p>x</p></body></html>')).toBe(true);
  });

  it('links a file it keeps as it is under the name it is given, wherever it is kept', () => {
    const rename = (name: string): string => contentName(name, CSS[name]!);
    const base = rename('Base.a.css');
    expect(base).toMatch(/^Base\.[\w-]{8}\.css$/);
    const plan = joinStylesheets(
      new Map([
        // Kept apart before a joined file.
        ['a.html', page(link('Base.a.css'), link('one.b.css'), link('two.c.css'))],
        // Nothing to join: both links stay, each under its new name.
        ['b.html', page(link('Base.a.css'), link('two.c.css'))],
      ]),
      css,
      rename,
    );
    expect(hrefs(plan.pages.get('a.html')!)[0]).toBe(`/_astro/${base}`);
    expect(hrefs(plan.pages.get('b.html')!)).toEqual([`/_astro/${base}`, `/_astro/${rename('two.c.css')}`]);
  });

  it('names a stylesheet after its content, keeping its stem', () => {
    expect(contentName('Base.grx5tQE1.css', 'a{}')).toBe(contentName('Base.other.css', 'a{}'));
    expect(contentName('Base.grx5tQE1.css', 'a{}')).not.toBe(contentName('Base.grx5tQE1.css', 'b{}'));
    expect(contentName('page.css', 'a{}')).toMatch(/^page\.[\w-]{8}\.css$/);
  });
});

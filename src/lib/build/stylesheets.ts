import { createHash } from 'node:crypto';
import { readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Astro links one small stylesheet per component and page, so a chapter linked eight or nine of
 * them, each a request on the critical path. After the build, each page keeps the stylesheet every
 * page shares (cached once for the whole site) and gets one stylesheet for the rest, the files it
 * linked joined in the order it linked them; pages that linked the same files share the result,
 * so figure styles still reach only the pages that show the figure.
 *
 * Joining keeps the cascade: rules of a file linked twice take effect at its last link, so that is
 * where the file is kept. Only plain `<link rel="stylesheet" href="…/_astro/….css">` links are
 * joined; any other stylesheet (another folder, a `media` attribute, a `<style>` element) stays
 * where it is and no link is moved across it. Files with `@import`, `@layer` or `@charset`, whose
 * meaning depends on their place in a file, are left as they are.
 */

/** A link as Astro writes it; `href` ends in `/_astro/<name>.css`. */
const PLAIN = /^<link rel="stylesheet" href="([^"?#]*\/_astro\/)([^"/?#]+\.css)">$/;
/** Every element that adds styles to a page, in document order. */
const STYLE_ELEMENT = /<link\b[^>]*>|<style\b[^>]*>[\s\S]*?<\/style>/gi;
const IS_STYLESHEET = /^<style\b|\brel\s*=\s*["']?[^"'>]*\bstylesheet\b/i;
const POSITIONAL = /@(?:import|layer|charset)\b/i;

interface Link {
  /** Where the tag sits in the page. */
  start: number;
  end: number;
  /** The address up to the file name (the site's base and `_astro/`). */
  folder: string;
  name: string;
}

/** The plain links of a page, in runs no other stylesheet separates. */
function runsOf(html: string): Link[][] {
  const runs: Link[][] = [[]];
  for (const m of html.matchAll(STYLE_ELEMENT)) {
    const tag = m[0];
    if (!IS_STYLESHEET.test(tag)) continue;
    const plain = PLAIN.exec(tag);
    if (plain) runs.at(-1)!.push({ start: m.index, end: m.index + tag.length, folder: plain[1]!, name: plain[2]! });
    else runs.push([]);
  }
  return runs.filter((r) => r.length > 0);
}

/** Each file once, at its last link. */
function lastOccurrences(run: Link[]): Link[] {
  return run.filter((link, i) => !run.slice(i + 1).some((later) => later.name === link.name));
}

export interface JoinedStylesheets {
  /** Pages whose links changed, with their new text. */
  pages: Map<string, string>;
  /** New stylesheets by file name. */
  files: Map<string, string>;
  /** The stylesheet every page keeps as it is, if they all start with the same one. */
  shared: string | undefined;
}

/**
 * Plans the joining for `pages` (path → HTML), reading a stylesheet of `_astro/` by name with
 * `css`. Pure: the caller writes the result. The same input always gives the same names.
 */
export function joinStylesheets(pages: Map<string, string>, css: (name: string) => string | undefined): JoinedStylesheets {
  const runs = new Map([...pages].map(([path, html]) => [path, runsOf(html)]));
  const firsts = new Set([...runs.values()].filter((r) => r.length > 0).map((r) => lastOccurrences(r[0]!)[0]!.name));
  const shared = firsts.size === 1 ? [...firsts][0] : undefined;
  const files = new Map<string, string>();
  const changed = new Map<string, string>();
  for (const [path, html] of pages) {
    const edits: Array<{ start: number; end: number; text: string }> = [];
    for (const run of runs.get(path)!) {
      const kept = lastOccurrences(run);
      // The shared file stays apart only where it comes first; elsewhere moving it would change the cascade.
      const apart = kept[0]!.name === shared ? kept[0] : undefined;
      const joined = kept.filter((link) => link !== apart);
      const texts = joined.map((link) => css(link.name));
      if (joined.length < 2 || texts.some((t) => t === undefined || POSITIONAL.test(t))) {
        // Nothing to join, or a file that must stay whole; only the repeated links go.
        for (const link of run) if (!kept.includes(link)) edits.push({ start: link.start, end: link.end, text: '' });
        continue;
      }
      const text = `${texts.map((t) => t!.trimEnd()).join('\n')}\n`;
      const name = `page.${createHash('sha256').update(text).digest('base64url').slice(0, 8)}.css`;
      files.set(name, text);
      // The joined file takes the place of the first of its links, so it follows the shared one.
      const at = joined[0]!;
      for (const link of run) {
        if (link === apart) continue;
        edits.push({
          start: link.start,
          end: link.end,
          text: link === at ? `<link rel="stylesheet" href="${at.folder}${name}">` : '',
        });
      }
    }
    if (edits.length === 0) continue;
    let next = '';
    let from = 0;
    for (const edit of edits.sort((a, b) => a.start - b.start)) {
      next += html.slice(from, edit.start) + edit.text;
      from = edit.end;
    }
    changed.set(path, next + html.slice(from));
  }
  return { pages: changed, files, shared };
}

/**
 * Joins the stylesheets of the built site in `dist` (see above) and removes the files no page,
 * stylesheet or script names any more. Returns how many stylesheets the pages link, before and
 * after, at most per page.
 */
export async function joinSiteStylesheets(dist: string): Promise<{ before: number; after: number }> {
  const assets = join(dist, '_astro');
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  const htmlFiles = entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const pages = new Map(await Promise.all(htmlFiles.map(async (f) => [f, await readFile(f, 'utf8')] as const)));
  const cssFiles = new Map<string, string>();
  for (const name of (await readdir(assets).catch(() => [] as string[])).sort())
    if (name.endsWith('.css')) cssFiles.set(name, await readFile(join(assets, name), 'utf8'));
  const most = (texts: Iterable<string>): number =>
    Math.max(0, ...[...texts].map((html) => runsOf(html).reduce((n, run) => n + run.length, 0)));
  const before = most(pages.values());
  const plan = joinStylesheets(pages, (name) => cssFiles.get(name));
  for (const [name, text] of plan.files) await writeFile(join(assets, name), text);
  for (const [file, html] of plan.pages) {
    await writeFile(file, html);
    pages.set(file, html);
  }
  // A stylesheet only the old links named is gone from every page now; scripts may still load one.
  const scripts = entries.filter((e) => e.isFile() && /\.m?js$/.test(e.name)).map((e) => join(e.parentPath, e.name));
  const named = [...pages.values(), ...plan.files.values(), ...(await Promise.all(scripts.map((f) => readFile(f, 'utf8'))))];
  for (const name of cssFiles.keys()) if (!named.some((text) => text.includes(name))) await unlink(join(assets, name));
  return { before, after: most(pages.values()) };
}

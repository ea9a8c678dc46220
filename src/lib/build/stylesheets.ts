import { createHash } from 'node:crypto';
import { readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeRegExp } from '../text/regexp.ts';
import { paths } from '../urls.ts';

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
const PLAIN = new RegExp(`^<link rel="stylesheet" href="([^"?#]*${escapeRegExp(paths.assets)})([^"/?#]+\\.css)">$`);
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

const linkTag = (folder: string, name: string): string => `<link rel="stylesheet" href="${folder}${name}">`;

/** Each file once, at its last link. */
function lastOccurrences(run: Link[]): Link[] {
  return run.filter((link, i) => !run.slice(i + 1).some((later) => later.name === link.name));
}

/** The stylesheet a page's links take effect from first (`undefined` if it links none of `_astro/`). */
export function firstStylesheet(html: string): string | undefined {
  const first = runsOf(html)[0];
  return first ? lastOccurrences(first)[0]!.name : undefined;
}

/** The stylesheet to keep apart: the one every page that links any starts with, if there is one. */
export function sharedStylesheet(firsts: Iterable<string | undefined>): string | undefined {
  const names = new Set([...firsts].filter((f) => f !== undefined));
  return names.size === 1 ? [...names][0] : undefined;
}

/** A stylesheet's name after its content: its stem (`Base` of `Base.grx5tQE1.css`) and a hash of the text. */
export function contentName(name: string, text: string): string {
  const stem = name.slice(0, name.indexOf('.') > 0 ? name.indexOf('.') : name.length - '.css'.length);
  return `${stem}.${createHash('sha256').update(text).digest('base64url').slice(0, 8)}.css`;
}

/**
 * One page's links joined (see above), `shared` kept apart where it comes first, reading a
 * stylesheet of `_astro/` by name with `css`; a file it links as it is goes under the name
 * `rename` gives it. Pure: returns the page's new text (undefined if it does not change), the
 * joined files it links and the names of every stylesheet it links after.
 */
export function joinPage(
  html: string,
  shared: string | undefined,
  css: (name: string) => string | undefined,
  rename: (name: string) => string = (name) => name,
): { html: string | undefined; files: Map<string, string>; links: string[] } {
  const files = new Map<string, string>();
  const links: string[] = [];
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const run of runsOf(html)) {
    const kept = lastOccurrences(run);
    // The shared file stays apart only where it comes first; elsewhere moving it would change the cascade.
    const apart = kept[0]!.name === shared ? kept[0] : undefined;
    const joined = kept.filter((link) => link !== apart);
    const texts = joined.map((link) => css(link.name));
    if (joined.length < 2 || texts.some((t) => t === undefined || POSITIONAL.test(t))) {
      // Nothing to join, or a file that must stay whole; only the repeated links go.
      for (const link of run) {
        if (!kept.includes(link)) edits.push({ start: link.start, end: link.end, text: '' });
        else if (rename(link.name) !== link.name) edits.push({ ...link, text: linkTag(link.folder, rename(link.name)) });
      }
      links.push(...kept.map((link) => rename(link.name)));
      continue;
    }
    const text = `${texts.map((t) => t!.trimEnd()).join('\n')}\n`;
    const name = contentName('page.css', text);
    files.set(name, text);
    if (apart) links.push(rename(apart.name));
    links.push(name);
    // The joined file takes the place of the first of its links, so it follows the shared one.
    const at = joined[0]!;
    for (const link of run) {
      if (link === apart) {
        if (rename(link.name) !== link.name) edits.push({ ...link, text: linkTag(link.folder, rename(link.name)) });
        continue;
      }
      edits.push({ start: link.start, end: link.end, text: link === at ? linkTag(at.folder, name) : '' });
    }
  }
  if (edits.length === 0) return { html: undefined, files, links };
  let next = '';
  let from = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    next += html.slice(from, edit.start) + edit.text;
    from = edit.end;
  }
  return { html: next + html.slice(from), files, links };
}

/**
 * Joins the stylesheets of the built site in `dist` (see above) and removes the files no page
 * links and no script names any more. Reads the pages one at a time, twice (a site built from a
 * document trove has hundreds of megabytes of them). Returns how many stylesheets of `_astro/`
 * a page links at most, before and after.
 */
export async function joinSiteStylesheets(dist: string): Promise<{ before: number; after: number }> {
  const assets = join(dist, paths.assets);
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  const files = (pattern: RegExp): string[] =>
    entries
      .filter((e) => e.isFile() && pattern.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      .sort();
  const htmlFiles = files(/\.html$/);
  const cssFiles = new Map<string, string>();
  for (const name of (await readdir(assets).catch(() => [] as string[])).sort())
    if (name.endsWith('.css')) cssFiles.set(name, await readFile(join(assets, name), 'utf8'));
  const firsts: Array<string | undefined> = [];
  let before = 0;
  for (const file of htmlFiles) {
    const html = await readFile(file, 'utf8');
    firsts.push(firstStylesheet(html));
    before = Math.max(
      before,
      runsOf(html).reduce((n, run) => n + run.length, 0),
    );
  }
  const shared = sharedStylesheet(firsts);
  // Every stylesheet a page links is named after its final content, so a host may cache `_astro/`
  // for good: an earlier step (the fonts' new names) may have changed a file Astro had named.
  // A file a script names keeps its name, as the script asks for it by that name.
  const scripts = await Promise.all(files(/\.m?js$/).map((f) => readFile(f, 'utf8')));
  const namedByScript = (name: string): boolean => scripts.some((text) => text.includes(name));
  const renamed = new Map<string, string>();
  for (const [name, text] of cssFiles) if (!namedByScript(name)) renamed.set(name, contentName(name, text));
  const rename = (name: string): string => renamed.get(name) ?? name;
  const originalOf = new Map([...renamed].map(([from, to]) => [to, from]));
  const linked = new Set<string>();
  let after = 0;
  for (const file of htmlFiles) {
    const page = joinPage(await readFile(file, 'utf8'), shared, (name) => cssFiles.get(name), rename);
    for (const name of page.links) {
      const original = originalOf.get(name);
      if (original !== undefined && original !== name && !linked.has(name))
        await writeFile(join(assets, name), cssFiles.get(original)!);
    }
    for (const [name, text] of page.files) if (!linked.has(name)) await writeFile(join(assets, name), text);
    if (page.html !== undefined) await writeFile(file, page.html);
    for (const name of page.links) linked.add(name);
    after = Math.max(after, page.links.length);
  }
  // A stylesheet only the old links named is gone from every page now; a script may still load one.
  for (const name of cssFiles.keys()) if (!linked.has(name) && !namedByScript(name)) await unlink(join(assets, name));
  return { before, after };
}

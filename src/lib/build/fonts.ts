import { createHash } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import subsetFont from 'subset-font';
import { paths } from '../urls.ts';

/** The web fonts Vite copied into the build, by the names @fontsource gives them (Vite appends `.<hash>`). */
const FONT_FILE = /^((?:inter|source-serif-4)-latin-\d{3}-(?:normal|italic))\.[\w-]+\.woff2$/;

/**
 * OpenType features the stylesheets ask for (font-variant-numeric) and those a browser applies by
 * itself; the rest (small capitals, stylistic sets, fractions…) would only add glyphs.
 */
const FEATURES = ['kern', 'liga', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'onum', 'lnum', 'pnum', 'tnum'];

/**
 * Characters a browser may draw that no file spells out: list bullets, the hyphen of automatic
 * hyphenation, the ellipsis of truncated text, and every printable ASCII character, so that what
 * the build writes in after this step (the PDF's page count and size, page numbers) is covered.
 */
const ALWAYS = ['•', '◦', '▪', '‐', '\u00ad', '…', '\u00a0'];

/** Every character the site can print: the text of its pages, stylesheets and scripts, and of `extra` (search records). */
export async function siteCharacters(dist: string, extra: readonly string[] = []): Promise<string> {
  const chars = new Set<string>(ALWAYS);
  for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
  const add = (text: string): void => {
    for (const ch of text) if (ch.codePointAt(0)! >= 0xa0) chars.add(ch);
  };
  for (const file of await builtFiles(dist, /\.(html|css|js)$/)) {
    const text = await readFile(file, 'utf8');
    add(text);
    // Character references (&#8217;, &nbsp;) are characters too once the page is read.
    if (file.endsWith('.html')) add(parse(text).textContent);
  }
  for (const text of extra) add(text);
  return [...chars].sort().join('');
}

/**
 * Cuts each web font in `dist` down to `characters` and renames it after its new content (so a
 * long-lived cache never serves an old cut), rewriting the references in pages and stylesheets.
 * The same input gives the same bytes and names. Returns the font sizes before and after.
 */
export async function subsetFonts(dist: string, characters: string): Promise<{ before: number; after: number }> {
  const assets = join(dist, paths.assets);
  const renamed = new Map<string, string>();
  let before = 0;
  let after = 0;
  for (const name of (await readdir(assets)).sort()) {
    const match = FONT_FILE.exec(name);
    if (!match) continue;
    const original = await readFile(join(assets, name));
    const cut = await subsetFont(original, characters, { targetFormat: 'woff2', keepFeatures: FEATURES });
    const hash = createHash('sha256').update(cut).digest('base64url').slice(0, 8);
    const next = `${match[1]}.${hash}.woff2`;
    await writeFile(join(assets, name), cut);
    await rename(join(assets, name), join(assets, next));
    renamed.set(`${paths.assets}${name}`, `${paths.assets}${next}`);
    before += original.length;
    after += cut.length;
  }
  if (!renamed.size) return { before, after };
  for (const file of await builtFiles(dist, /\.(html|css)$/)) {
    const text = await readFile(file, 'utf8');
    let next = text;
    for (const [from, to] of renamed) next = next.replaceAll(from, to);
    if (next !== text) await writeFile(file, next);
  }
  return { before, after };
}

/** Files under `dir` whose names match, in a stable order; the search index is left out (it is written later, from these pages). */
async function builtFiles(dir: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !f.slice(dir.length).split(/[\\/]/).includes('pagefind'))
    .sort();
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = join(process.cwd(), 'dist');

/** Fails with a plain instruction when the site has not been built. */
export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ has no built site: run `npm run build` before the site and browser tests');
}

/** Every HTML page in dist/ as its URL path (`/`, `/sources/000/`, `/404.html`). */
export function builtPages(): string[] {
  requireDist();
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const rel = relative(DIST, path).split(sep).join('/');
        out.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(DIST);
  return out.sort();
}

/** The file in dist/ that serves a URL path, as a static host would. */
export function fileFor(urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split('#')[0]!.split('?')[0]!);
  return clean.endsWith('/') ? join(DIST, clean, 'index.html') : join(DIST, clean);
}

const cache = new Map<string, HTMLElement>();

/** A built page parsed into a DOM (cached); the root holds the `<html>` element. */
export function page(urlPath: string): HTMLElement {
  let doc = cache.get(urlPath);
  if (!doc) {
    doc = parse(readFileSync(fileFor(urlPath), 'utf8'));
    cache.set(urlPath, doc);
  }
  return doc;
}

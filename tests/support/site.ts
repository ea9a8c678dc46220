import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = join(process.cwd(), 'dist');

/** Fails with a plain instruction when the site has not been built. */
export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ has no built site: run `npm run build` before the site and browser tests');
}

/** A built site in a folder: its pages, the file behind an address, and its pages parsed. */
export interface BuiltSite {
  /** Every HTML page as its URL path (`/`, `/sources/000/`, `/404.html`). */
  pages: () => string[];
  /** The file that serves a URL path, as a static host would. */
  fileFor: (urlPath: string) => string;
  /** A page parsed into a DOM (cached); the root holds the `<html>` element. */
  page: (urlPath: string) => HTMLElement;
}

/** The site built into `dist` (a folder other than dist/, such as a fixture explainer's build). */
export function builtSite(dist: string): BuiltSite {
  const fileFor = (urlPath: string): string => {
    const clean = decodeURIComponent(urlPath.split('#')[0]!.split('?')[0]!);
    return clean.endsWith('/') ? join(dist, clean, 'index.html') : join(dist, clean);
  };
  const cache = new Map<string, HTMLElement>();
  return {
    pages: () => {
      const out: string[] = [];
      const walk = (dir: string): void => {
        for (const name of readdirSync(dir)) {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) walk(path);
          else if (name.endsWith('.html')) {
            const rel = relative(dist, path).split(sep).join('/');
            out.push(
              rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`,
            );
          }
        }
      };
      walk(dist);
      return out.sort();
    },
    fileFor,
    page: (urlPath) => {
      let doc = cache.get(urlPath);
      if (!doc) {
        doc = parse(readFileSync(fileFor(urlPath), 'utf8'));
        cache.set(urlPath, doc);
      }
      return doc;
    },
  };
}

/** The site in dist/: what the site and browser tests read. */
export const distSite = builtSite(DIST);

/** Every HTML page in dist/ as its URL path (`/`, `/sources/000/`, `/404.html`). */
export function builtPages(): string[] {
  requireDist();
  return distSite.pages();
}

/** The file in dist/ that serves a URL path, as a static host would. */
export const fileFor = distSite.fileFor;

/** A built page of dist/ parsed into a DOM (cached); the root holds the `<html>` element. */
export const page = distSite.page;

/** The links of a page (at `path`) that lead to no page or no anchor of its site, each with why. */
export function brokenLinks(built: BuiltSite, path: string): string[] {
  const doc = built.page(path);
  const broken: string[] = [];
  for (const a of doc.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href')!;
    if (/^[a-z]+:/i.test(href)) continue;
    const url = new URL(href, `http://site${path}`);
    const target = url.pathname === path ? doc : existsSync(built.fileFor(url.pathname)) ? built.page(url.pathname) : undefined;
    if (!target) broken.push(`${href} (no page)`);
    else if (url.hash && !target.getElementById(decodeURIComponent(url.hash.slice(1)))) broken.push(`${href} (no anchor)`);
  }
  return broken;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DIST } from '../support/site.ts';
import { loadIndex, target, top, type Index } from '../support/search.ts';

const FILE = 'tests/site/search-relevance.yaml';

interface Case {
  q: string;
  page: string;
  contains?: string;
}

/** The test set, checked as data is: a bad entry names the file, the entry and the field. */
function readCases(): Case[] {
  const raw: unknown = parse(readFileSync(join(process.cwd(), FILE), 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${FILE}: must be a list of queries`);
  return raw.map((entry: unknown, i) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const where = `${FILE} › entry ${i + 1}`;
    if (typeof e.q !== 'string' || !e.q.trim()) throw new Error(`${where} › field "q": needs the query as a reader types it`);
    if (typeof e.page !== 'string' || !e.page.startsWith('/')) throw new Error(`${where} › field "page": needs a page address`);
    if (e.contains !== undefined && typeof e.contains !== 'string') throw new Error(`${where} › field "contains": must be text`);
    if (!e.page.includes('#') && e.contains === undefined)
      throw new Error(`${where} › field "contains": a page without a record needs the words of its paragraph`);
    return { q: e.q, page: e.page, contains: e.contains };
  });
}

const fold = (s: string): string => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase();

const pages = new Map<string, HTMLElement>();
/** The text of the element a result links to, as readers see it (citation marks left out). */
function textAt(path: string, id: string): string {
  let root = pages.get(path);
  if (!root) {
    root = parseHtml(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
    pages.set(path, root);
  }
  const el = root.getElementById(id);
  if (!el) return '';
  const copy = parseHtml(el.outerHTML);
  for (const cite of copy.querySelectorAll('.cite, .figure-tip')) cite.remove();
  return copy.text;
}

const isChapter = (path: string): boolean => path.startsWith('/chapters/');

let index: Index;
beforeAll(async () => {
  index = await loadIndex();
});

describe('search relevance', () => {
  const cases = readCases();

  it('holds at least 60 reader queries', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it('finds the expected paragraph or record among the first three results for every query', async () => {
    const failures: string[] = [];
    for (const c of cases) {
      const hits = await top(index, c.q, 3);
      const targets = hits.map(target);
      const [page = '', id] = c.page.split('#');
      const found = targets.some((t) => {
        const [path = '', hash = ''] = t.split('#');
        if (path !== page) return false;
        if (id !== undefined) return hash === id;
        return hash !== '' && fold(textAt(path, hash)).includes(fold(c.contains ?? ''));
      });
      const chapterFirst = !isChapter(page) || isChapter(targets[0] ?? '');
      if (!found || !chapterFirst)
        failures.push(
          `${JSON.stringify(c.q)}: expected ${c.page}${c.contains ? ` holding “${c.contains}”` : ''}${chapterFirst ? '' : ' with a chapter first'}; got ${targets.join(', ') || 'nothing'}`,
        );
    }
    const passed = cases.length - failures.length;
    console.info(`search relevance: ${passed} of ${cases.length} queries pass (${Math.round((100 * passed) / cases.length)}%)`);
    expect(failures).toEqual([]);
  });
});

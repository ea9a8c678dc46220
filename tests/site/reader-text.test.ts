import { describe, expect, it } from 'vitest';
import { NodeType, parse, type HTMLElement } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { loadDataset } from '../../src/lib/data/load.ts';
import { searchRecords } from '../../src/lib/search/records.ts';
import { builtPages, fileFor } from '../support/site.ts';

const data = loadDataset(process.cwd());
const pages = builtPages();

/** Words of the site's own making that readers should never meet (whole words, any case). */
const INTERNAL_WORDS = /\b(?:seeds?|debris|page furniture|captur(?:e|es|ed|ing)|external references?|records?)\b/i;

/** A source's file number standing for its name: "source 001", "sources 000 and 003". */
const SOURCE_CODE = /\bsources? 0\d\d\b/i;

/** Attributes that readers meet: read aloud, shown on hover, or shown as a figure's tooltip. */
const READ_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder', 'data-tip'];

/**
 * What a reader can see or hear on a page: the text, minus scripts, styles, code and the
 * technical block that names files, plus the title, the description and the attributes read out.
 */
function readerText(path: string): { text: string; fragments: string[] } {
  // A fresh parse: the nodes taken out here must not go missing for other tests' shared copy.
  const doc: HTMLElement = parse(readFileSync(fileFor(path), 'utf8'));
  for (const el of doc.querySelectorAll('script, style, code, pre, template, noscript, [data-technical]')) el.remove();
  const body = doc.querySelector('body')!;
  const attributes = body
    .querySelectorAll(READ_ATTRIBUTES.map((a) => `[${a}]`).join(', '))
    .flatMap((el) => READ_ATTRIBUTES.map((a) => el.getAttribute(a)).filter((v): v is string => Boolean(v)));
  const head = [
    doc.querySelector('title')?.textContent ?? '',
    doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
  ];
  // Each element's own text, so that a label made only of a file number ("001") is caught too.
  const fragments = body
    .querySelectorAll('*')
    .flatMap((el) => el.childNodes.filter((n) => n.nodeType === NodeType.TEXT_NODE).map((n) => n.textContent.trim()))
    .filter(Boolean);
  return { text: [...head, body.textContent, ...attributes].join('\n'), fragments };
}

/** Where a pattern matches, with a little context, so a failure says what to fix. */
function hits(text: string, pattern: RegExp): string[] {
  const global = new RegExp(pattern.source, 'gi');
  return [...text.matchAll(global)].map((m) =>
    text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40).replace(/\s+/g, ' '),
  );
}

const seedIds = new Set(data.seeds.map((s) => s.id));

describe('words readers see', () => {
  it.each(pages)('%s uses none of the site’s internal words', (path) => {
    expect(hits(readerText(path).text, INTERNAL_WORDS)).toEqual([]);
  });

  it.each(pages)('%s names sources, never by file number', (path) => {
    const { text, fragments } = readerText(path);
    expect(hits(text, SOURCE_CODE)).toEqual([]);
    // A bare number such as "001" or "001 / 002" as a label (a figure's row or column head).
    const bare = fragments.filter((f) => f.split(/[\s/·,]+/).every((part) => seedIds.has(part)));
    expect(bare).toEqual([]);
  });

  it('search results name sources and use none of the internal words', () => {
    for (const r of searchRecords(data)) {
      const text = r.content.replace(/<[^>]+>/g, ' ');
      expect(hits(text, SOURCE_CODE), r.url).toEqual([]);
      expect(hits(text, INTERNAL_WORDS), r.url).toEqual([]);
    }
  });

  it('does not republish personal contact details printed with a report', () => {
    const addresses = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@[A-Za-z]\w+/g;
    const found = data.seeds.flatMap((s) => s.text.match(addresses) ?? []);
    // The test means something only while a report carries such details.
    expect(found.length).toBeGreaterThan(0);
    for (const path of pages) {
      const html = readFileSync(fileFor(path), 'utf8');
      for (const contact of found) expect(html.includes(contact), `${path} shows ${contact}`).toBe(false);
    }
    for (const r of searchRecords(data)) {
      for (const contact of found) expect(r.content.includes(contact), `${r.url} indexes ${contact}`).toBe(false);
    }
  });
});

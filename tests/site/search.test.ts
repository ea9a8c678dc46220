import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';
import { passages } from '../../src/lib/search/records.ts';
import { loadIndex, target, top, type Index } from '../support/search.ts';

let index: Index;
beforeAll(async () => {
  index = await loadIndex();
});

const urls = async (query: string, n = 3, filters?: Record<string, string>): Promise<string[]> =>
  (await top(index, query, n, filters)).map(target);

/**
 * Every record can still be found by name, under each spelling the sources use, among the first
 * three results (chapters may come first: tests/site/search-relevance.yaml holds the reader queries).
 */
const RECORDS: Array<[query: string, expected: string]> = [
  ['Kirby', '/people-and-places/#actor-john-kirby'],
  ['Mulroy', '/people-and-places/#actor-michael-mulroy'],
  ['Rami Abdul Rahman', '/people-and-places/#actor-rami-abdul-rahman'],
  ["Kait'ib Hezbollah", '/people-and-places/#actor-kataib-hezbollah'],
  ['Suleimani', '/people-and-places/#actor-qassim-soleimani'],
  ['Boukamal', '/people-and-places/#place-abu-kamal'],
  ['Qaim', '/people-and-places/#place-al-qaim'],
  ['SOHR', '/people-and-places/#actor-sohr'],
  ['Saberin', '/people-and-places/#actor-saberin-news'],
  ['Nimitz', '/people-and-places/#actor-uss-nimitz'],
  ['three lorries', '/sources/002/#p24'],
];

describe('search index', () => {
  it('holds a result for every event, person, group and place, and a bounded number of source passages', async () => {
    const data = loadDataset(process.cwd());
    const kinds = await index.pagefind.filters();
    expect(kinds.kind?.Event).toBe(data.events.length);
    expect(kinds.kind?.['Person or group']).toBe(data.actors.length);
    expect(kinds.kind?.Place).toBe(data.places.length);
    expect(kinds.kind?.['Chapter text']).toBe(data.explainer.chapters.length);
    const expected = data.seeds.reduce((n, seed) => n + passages(seed.blocks).length, 0);
    expect(kinds.kind?.['Source passage']).toBe(expected);
    // Passages of about sixty words, not one per line: fewer records than article lines.
    const lines = data.seeds.reduce((n, seed) => n + seed.blocks.filter((b) => b.kind === 'paragraph').length, 0);
    expect(expected).toBeLessThan(lines);
  });

  it.each(RECORDS)('finds the record for %j among the first three results', async (query, expected) => {
    expect(await urls(query)).toContain(expected);
  });

  it('gives no page furniture as a result: credit lines, captions, scraped links', async () => {
    for (const query of ['Related', 'Getty', 'min read', 'Story Continues']) {
      const found = await urls(query, 20);
      expect(
        found.filter((u) => /^\/sources\/\d{3}\/#n\d+$/.test(u)),
        query,
      ).toEqual([]);
    }
  });

  it('indexes no chapter metadata: reading time, date of update, chapter number', async () => {
    for (const query of ['min read', 'Updated']) {
      const found = await urls(query, 20);
      expect(
        found.filter((u) => u.startsWith('/chapters/') && !u.includes('#')),
        query,
      ).toEqual([]);
    }
    const outcome = await top(index, 'Chapter', 20);
    expect(outcome.flatMap((h) => h.excerpt.map((p) => p.text)).join(' ')).not.toMatch(/of \d\. /);
  });

  it('matches two-letter words whole: KH finds Kata’ib Hezbollah, not Khatibzadeh', async () => {
    const found = await urls('KH', 12);
    expect(found).not.toContain('/people-and-places/#actor-saeed-khatibzadeh');
    expect(found).toContain('/people-and-places/#actor-kataib-hezbollah');
  });

  it('drops question words: "why" does not match "which" and "while"', async () => {
    const hits = await top(index, 'why Syria', 12);
    const marked = hits.flatMap((h) => h.excerpt.filter((p) => p.mark).map((p) => p.text.toLowerCase()));
    expect(marked.filter((w) => /^(which|while|why)$/.test(w))).toEqual([]);
    expect(marked.length).toBeGreaterThan(0);
  });

  it('matches terms with hyphens, apostrophes and digits as written', async () => {
    for (const [query, word] of [
      ['F-15E', 'F-15E'],
      ['500-pound', '500-pound'],
      ["Kata'ib", 'Kata’ib'],
    ] as const) {
      const hits = await top(index, query, 3);
      const marked = hits.flatMap((h) => h.excerpt.filter((p) => p.mark).map((p) => p.text));
      expect(marked, query).toContain(word);
    }
  });

  it('gives excerpts as sentences of the text, and records as their own line, never fields run together', async () => {
    for (const query of ['Erbil', 'casualties', 'Kirby', 'Iraq–Syria border region']) {
      for (const hit of await top(index, query, 12)) {
        const text = hit.excerpt.map((p) => p.text).join('');
        expect(text, `${query} → ${hit.url}`).not.toMatch(/\.\.|\bmin read\b|Updated \d|\d of \d\./);
        expect(text, `${query} → ${hit.url}`).not.toMatch(/^[a-z]/);
      }
    }
  });

  it('links each result and sub-result to the paragraph or record found, with the words to mark', async () => {
    for (const hit of await top(index, 'Erbil', 12)) {
      for (const link of [hit, ...hit.subs]) {
        expect(link.url, hit.title).toMatch(/\?highlight=[^#]+#./);
      }
    }
  });

  it('finds every spelling of every name in the data', async () => {
    const data = loadDataset(process.cwd());
    const misses: string[] = [];
    for (const entity of [
      ...data.actors.map((a) => ({ ...a, url: `/people-and-places/#actor-${a.id}` })),
      ...data.places.map((p) => ({ ...p, url: `/people-and-places/#place-${p.id}` })),
    ]) {
      for (const spelling of entity.spellings) {
        const search = await index.pagefind.search(spelling);
        const urls = await Promise.all((search?.results ?? []).map(async (r) => (await r.data()).url));
        if (!urls.includes(entity.url)) misses.push(`${spelling} → ${entity.url}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('finds a word from its beginning, as a reader types it', async () => {
    expect(await urls('Khatib', 12)).toContain('/people-and-places/#actor-saeed-khatibzadeh');
    expect(await urls('Boukam', 12)).toContain('/people-and-places/#place-abu-kamal');
  });

  it('ignores case', async () => {
    expect(await urls('BOUKAMAL')).toEqual(await urls('boukamal'));
  });

  it('narrows results by kind and by section', async () => {
    const events = await urls('Erbil', 20, { kind: 'Event' });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((u) => u.startsWith('/chronology/'))).toBe(true);
    const chapter = await urls('Erbil', 20, { section: 'February strike' });
    expect(new Set(chapter.map((u) => u.split('#')[0]))).toEqual(new Set(['/chapters/february-strike/']));
  });
});

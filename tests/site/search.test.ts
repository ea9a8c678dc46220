import { beforeAll, describe, expect, it } from 'vitest';
import type { Pagefind } from '../../src/scripts/pagefind.ts';
import { loadDataset } from '../../src/lib/data/load.ts';
import { loadIndex, top } from '../support/search.ts';

let pagefind: Pagefind;
beforeAll(async () => {
  pagefind = await loadIndex();
});

/**
 * Questions a reader might type, and where the answer lives. Each must be among the first three
 * results. Spellings come straight from the sources: every one must find its entity.
 */
const QUERIES: Array<[query: string, expected: string]> = [
  // People
  ['Kirby', '/people-and-places/#actor-john-kirby'],
  ['Lloyd Austin', '/people-and-places/#actor-lloyd-austin'],
  ['Mulroy', '/people-and-places/#actor-michael-mulroy'],
  ['McNulty', '/people-and-places/#actor-jessica-mcnulty'],
  ['Khatibzadeh', '/people-and-places/#actor-saeed-khatibzadeh'],
  ['Kadhimi', '/people-and-places/#actor-mustafa-al-kadhimi'],
  ['Rami Abdul Rahman', '/people-and-places/#actor-rami-abdul-rahman'],
  ['Paul Adams', '/people-and-places/#actor-paul-adams'],
  // Spelling variants and transliterations
  ["Kata'ib Hezbollah", '/people-and-places/#actor-kataib-hezbollah'],
  ['Kata’ib Hezbollah', '/people-and-places/#actor-kataib-hezbollah'],
  ['Kataib Hezbollah', '/people-and-places/#actor-kataib-hezbollah'],
  ["Kait'ib Hezbollah", '/people-and-places/#actor-kataib-hezbollah'],
  ['Soleimani', '/people-and-places/#actor-qassim-soleimani'],
  ['Suleimani', '/people-and-places/#actor-qassim-soleimani'],
  ['Boukamal', '/people-and-places/#place-abu-kamal'],
  ['Abu Kamal', '/people-and-places/#place-abu-kamal'],
  ['Qaem', '/people-and-places/#place-al-qaim'],
  ['Qaim', '/people-and-places/#place-al-qaim'],
  ['Irbil', '/people-and-places/#place-erbil'],
  ['Ain al-Assad', '/people-and-places/#place-ain-al-asad'],
  ['Awliya al Dam', '/people-and-places/#actor-awliya-al-dam'],
  ['SOHR', '/people-and-places/#actor-sohr'],
  // Places and groups
  ['Green Zone', '/people-and-places/#place-green-zone'],
  ['Popular Mobilisation Forces', '/people-and-places/#actor-pmf'],
  ['Saberin', '/people-and-places/#actor-saberin-news'],
  ['Nimitz', '/people-and-places/#actor-uss-nimitz'],
  // Events
  ['rocket attack Erbil', '/chronology/#event-erbil-attack'],
  ['drone attacks since April', '/chronology/#event-drone-attacks-2021'],
  ['Iraq military condemned', '/chronology/#event-iraq-military-condemnation'],
  ['nuclear deal 2015', '/chronology/#event-nuclear-deal-2015'],
  // Numbers and quotations
  ['500-pound bombs', '/sources/001/#p4'],
  ['three lorries', '/sources/002/#p24'],
  ['Filipino contractor', '/sources/001/#p3'],
  ['taste the bitterness of revenge', '/sources/004/#p7'],
  ['unambiguous message', '/sources/003/#p5'],
  // Chapter text
  ['why Syria and not Iraq', '/chapters/february-strike/'],
];

describe('search index', () => {
  it('holds a result for every event, person, group, place and source passage', async () => {
    const data = loadDataset(process.cwd());
    const kinds = await pagefind.filters();
    expect(kinds.kind?.Event).toBe(data.events.length);
    expect(kinds.kind?.['Person or group']).toBe(data.actors.length);
    expect(kinds.kind?.Place).toBe(data.places.length);
    expect(kinds.kind?.['Chapter text']).toBe(data.explainer.chapters.length);
    expect(kinds.kind?.['Source passage']).toBeGreaterThan(90);
  });

  it.each(QUERIES)('finds %j among the first three results', async (query, expected) => {
    const urls = (await top(pagefind, query)).map((r) => r.url);
    expect(urls).toContain(expected);
  });

  it('finds every spelling of every name in the data', async () => {
    const data = loadDataset(process.cwd());
    const misses: string[] = [];
    for (const entity of [
      ...data.actors.map((a) => ({ ...a, url: `/people-and-places/#actor-${a.id}` })),
      ...data.places.map((p) => ({ ...p, url: `/people-and-places/#place-${p.id}` })),
    ]) {
      for (const spelling of entity.spellings) {
        const search = await pagefind.search(spelling);
        const urls = await Promise.all((search?.results ?? []).map(async (r) => (await r.data()).url));
        if (!urls.includes(entity.url)) misses.push(`${spelling} → ${entity.url}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('finds a word from its beginning, as a reader types it', async () => {
    expect((await top(pagefind, 'Khatib')).map((r) => r.url)).toContain('/people-and-places/#actor-saeed-khatibzadeh');
    expect((await top(pagefind, 'Boukam')).map((r) => r.url)).toContain('/people-and-places/#place-abu-kamal');
  });

  it('ignores case', async () => {
    expect(await top(pagefind, 'BOUKAMAL')).toEqual(await top(pagefind, 'boukamal'));
  });

  it('narrows results by kind and by section', async () => {
    const events = await top(pagefind, 'Erbil', 20, { kind: 'Event' });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((r) => r.url.startsWith('/chronology/'))).toBe(true);
    const chapter = await top(pagefind, 'Erbil', 20, { section: 'February strike' });
    expect(chapter.map((r) => r.url)).toEqual(['/chapters/february-strike/']);
  });
});

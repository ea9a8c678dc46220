/**
 * People, groups and places the documents name, with every spelling across the documents
 * gathered into one cluster: transliterations differ in vowels, apostrophes, doubled letters
 * and a leading article (Mohammed / Muhammad, Qahira / Al Qahirah, Kyiv / Kiev), so names are
 * compared by their consonants.
 */
import nlp from 'compromise';
import type { SeedDocument } from '../seeds/parse.ts';
import { articleBlocks, sentences, subSpan, type Span } from './text.ts';
import { alternation, perVocabulary, type Vocabulary } from './vocabulary.ts';

export interface NameSpelling {
  spelling: string;
  /** Seeds that write it so. */
  seeds: string[];
  /** The first sentence that uses it, to cite. */
  passage: Span;
}

export interface NameCluster {
  /** The most used spelling. */
  name: string;
  kind: 'person' | 'organisation' | 'place' | 'name';
  spellings: NameSpelling[];
  /** Titles and roles as the text gives them ("ministry press secretary"). */
  roles: string[];
}

/** A run of capitalised words, with the small words that join them inside names. */
const NAME = /\b[A-Z][\w’'-]*(?:\s+(?:(?:of|for|al|the|bin|ibn|de)\s+|al-)?(?:[A-Z]\.|[A-Z][\w’'-]*))*/g;
/**
 * What is no name in a run of capitalised words: `notNames` alone, an opener at its start, and
 * everything up to an office that stands before a name ("the Defence Secretary Ana Silva").
 */
const rules = perVocabulary((words) => ({
  notNames: new Set(words.notNames),
  leading: new RegExp(
    String.raw`^(?:(?:${alternation(words.nameOpeners)})\s+)+|^.*\b(?:President|Secretary(?: of [A-Z]\w+)?|Minister)\s+|^\S+’s\s+`,
  ),
}));

/** The comparison key: consonants only, no article, no doubled letters ("Al Qahirah" → "qhrh"). */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/^(?:al|el)[\s-]+/, '')
    .replace(/['’‘.]/g, '')
    .replace(/\b(?:abu|bou)\s*/g, 'b')
    .replace(/[aeiouy]/g, '')
    .replace(/[^a-z ]+/g, ' ')
    .replace(/(.)\1+/g, '$1')
    .replace(/\s+/g, '')
    .trim();
}

/** What compromise takes each name of a sentence to be; read once per sentence. */
const tagged = new Map<string, Array<[NameCluster['kind'], string[]]>>();

function kindOf(name: string, sentence: string): NameCluster['kind'] {
  let tags = tagged.get(sentence);
  if (!tags) {
    const doc = nlp(sentence);
    const clean = (list: unknown) => (list as string[]).map((x) => x.replace(/[,.]$/, ''));
    tags = [
      ['place', clean(doc.places().out('array'))],
      ['organisation', clean(doc.organizations().out('array'))],
      ['person', clean(doc.people().out('array'))],
    ];
    tagged.set(sentence, tags);
  }
  return tags.find(([, list]) => list.some((x) => x.includes(name) || name.includes(x)))?.[0] ?? 'name';
}

/** Every name in the documents, clustered by spelling; `roles` adds what the speakers' attributions say of them. */
export function findNames(
  docs: readonly SeedDocument[],
  words: Vocabulary,
  roles: ReadonlyMap<string, string[]> = new Map(),
): NameCluster[] {
  const { notNames, leading } = rules(words);
  const byKey = new Map<string, { spellings: Map<string, NameSpelling>; kinds: Map<NameCluster['kind'], number> }>();
  for (const doc of docs) {
    for (const block of articleBlocks(doc)) {
      // Headlines capitalise every word.
      if (block.kind === 'headline') continue;
      for (const s of sentences(doc.id, block)) {
        for (const m of s.text.matchAll(NAME)) {
          let text = m[0].replace(/[.’'-]+$/, '');
          for (let lead = leading.exec(text); lead && lead[0].length > 0; lead = leading.exec(text)) {
            text = text.slice(lead[0].length);
          }
          // A place dateline in capitals runs into the first words ("LISBON The government").
          text = text
            .replace(/['’]s$/, '')
            .replace(/^[A-Z]{3,}\s+(?=[A-Z][a-z])/, '')
            .replace(/-based$/, '')
            .replace(/^((?:[A-Z][\w’'-]*\s+)[A-Z][\w’'-]*)\s+of\s+.*$/, '$1');
          if (text.length < 3 || notNames.has(text)) continue;
          const key = nameKey(text);
          if (key.length < 2) continue;
          const entry = byKey.get(key) ?? {
            spellings: new Map<string, NameSpelling>(),
            kinds: new Map<NameCluster['kind'], number>(),
          };
          byKey.set(key, entry);
          const known = entry.spellings.get(text);
          if (known) {
            if (!known.seeds.includes(doc.id)) known.seeds.push(doc.id);
          } else entry.spellings.set(text, { spelling: text, seeds: [doc.id], passage: subSpan(s, 0, s.text.length) });
          const kind = kindOf(text, s.text);
          entry.kinds.set(kind, (entry.kinds.get(kind) ?? 0) + 1);
        }
      }
    }
  }
  const clusters = [...byKey.values()].map((e) => {
    const spellings = [...e.spellings.values()];
    const kind = [...e.kinds.entries()].filter(([k]) => k !== 'name').sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'name';
    return { spellings, kind };
  });
  // "Ana Silva" and "Ana M. Silva" are one person: same first and last name.
  const people = new Map<string, (typeof clusters)[number]>();
  for (const c of clusters.filter((x) => x.kind === 'person' && /\s/.test(x.spellings[0]!.spelling))) {
    const words = c.spellings[0]!.spelling.replace(/\s+(?:Jr|Sr|II|III)$/, '').split(/\s+/);
    const key = `${nameKey(words[0]!)} ${nameKey(words.at(-1)!)}`;
    const host = people.get(key);
    if (host) {
      host.spellings.push(...c.spellings);
      clusters.splice(clusters.indexOf(c), 1);
    } else people.set(key, c);
  }
  // A surname alone ("Silva") joins the one full name that ends in it ("Ana Silva").
  const merged: typeof clusters = [];
  const single = clusters.filter((c) => c.spellings.every((s) => !/\s/.test(s.spelling)));
  const multi = clusters.filter((c) => !single.includes(c));
  for (const c of single) {
    const key = nameKey(c.spellings[0]!.spelling);
    const hosts = multi.filter(
      (m) =>
        m.kind === 'person' &&
        m.spellings.some(
          (s) =>
            nameKey(
              s.spelling
                .replace(/\s+(?:Jr|Sr|II|III)$/, '')
                .split(/\s+/)
                .at(-1)!,
            ) === key,
        ),
    );
    if (hosts.length === 1) hosts[0]!.spellings.push(...c.spellings);
    else merged.push(c);
  }
  merged.push(...multi);
  return merged
    .map((c) => {
      const spellings = c.spellings.sort((a, b) => b.seeds.length - a.seeds.length || b.spelling.length - a.spelling.length);
      const name = spellings[0]!.spelling;
      const found = new Set(spellings.flatMap((s) => roles.get(s.spelling) ?? []));
      return { name, kind: c.kind, spellings, roles: [...found] };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

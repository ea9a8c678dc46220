import { existsSync } from 'node:fs';
import type { z } from 'zod';
import { join } from 'node:path';
import { readSeeds, type LoadedSeed } from '../seeds/read.ts';
import { seedIdFromFileName } from '../seeds/parse.ts';
import {
  Actor,
  Anomaly,
  Claim,
  Event,
  Explainer,
  ExternalSource,
  Place,
  Question,
  SeedSource,
  Statement,
} from '../schemas/index.ts';
import { firstWeekdayAfter, lastWeekdayBefore, weekdayOf } from './dates.ts';
import { DataError, type DataIssue } from './errors.ts';
import { checkUniqueIds, parseObject, parseRecords } from './parse-records.ts';
import { readYaml } from './read-yaml.ts';
import { checkRef, inAnySeed, PassageFinder, walkExternalCitations, walkSeedCitations, type Passage } from './verify.ts';
import { normalizeForMatch } from '../text/normalize.ts';

/** Where an explainer's files live, relative to its root. */
export const FILES = {
  explainer: 'content/explainer.yaml',
  chapters: 'content/chapters',
  sources: 'content/data/sources.yaml',
  actors: 'content/data/actors.yaml',
  places: 'content/data/places.yaml',
  events: 'content/data/events.yaml',
  questions: 'content/data/questions.yaml',
  claims: 'content/data/claims.yaml',
  statements: 'content/data/statements.yaml',
  anomalies: 'content/data/anomalies.yaml',
  seeds: 'seeds',
} as const;

/** Everything an explainer knows, verified against its seeds. */
export interface Dataset {
  explainer: Explainer;
  seeds: LoadedSeed[];
  seedSources: SeedSource[];
  external: ExternalSource[];
  actors: Actor[];
  places: Place[];
  events: Event[];
  questions: Question[];
  claims: Claim[];
  statements: Statement[];
  anomalies: Anomaly[];
  /** Every passage the data cites, keyed by `passageKey(seed, quote)`. */
  passages: ReadonlyMap<string, Passage>;
  /** Finds a quote in a seed (for citations written outside the data, in chapters), or says why not. */
  locate(seed: string, quote: string): Passage | string;
}

/**
 * Loads and verifies an explainer's data. Throws a {@link DataError} listing every problem
 * (file, record, field, message) when anything fails: schema, references, quotes, hashes, dates.
 */
export function loadDataset(root: string): Dataset {
  const issues: DataIssue[] = [];
  // A file that cannot be read at all (missing, a YAML syntax error, not a list) says nothing
  // about which ids exist, so references into it are not checked: they would all be false alarms.
  const unreadable = new Set<string>();
  // Ids of records that were reported as invalid: they exist, so a reference to one is no error.
  const rejected = new Map<string, Set<string>>();
  const read = (file: string): unknown => {
    const before = issues.length;
    const raw = readYaml(root, file, issues);
    if (raw === undefined && issues.length > before) unreadable.add(file);
    return raw;
  };
  const records = <S extends z.ZodType>(file: string, schema: S, raw: unknown): Array<z.output<S>> => {
    const before = issues.length;
    const bad = rejected.get(file) ?? new Set<string>();
    rejected.set(file, bad);
    const list = parseRecords(file, raw, schema, issues, bad);
    if (list.length === 0 && bad.size === 0 && issues.length > before) unreadable.add(file);
    return list;
  };

  // An explainer that uses no records of a kind needs no file for it: a missing file is an empty list.
  const readList = (file: string): unknown => (existsSync(join(root, file)) ? read(file) : []);

  const explainer = parseObject(FILES.explainer, read(FILES.explainer), Explainer, issues);
  const sources = readSources(read(FILES.sources), issues, (raw, schema) => records(FILES.sources, schema, raw));
  const actors = records(FILES.actors, Actor, readList(FILES.actors));
  const places = records(FILES.places, Place, readList(FILES.places));
  const events = records(FILES.events, Event, readList(FILES.events));
  const questions = records(FILES.questions, Question, readList(FILES.questions));
  const claims = records(FILES.claims, Claim, readList(FILES.claims));
  const statements = records(FILES.statements, Statement, readList(FILES.statements));
  const anomalies = records(FILES.anomalies, Anomaly, readList(FILES.anomalies));
  if (!sources) unreadable.add(FILES.sources);

  const seedsDir = join(root, FILES.seeds);
  // Seeds that exist but cannot be read (not UTF-8, empty) are reported once, here; citations
  // of them are then not checked, since they could only fail for the same reason.
  const unreadableSeeds = new Set<string>();
  const seeds = existsSync(seedsDir)
    ? readSeeds(seedsDir, (fileName, message) => {
        const id = /^(\d+)_/.test(fileName) ? seedIdFromFileName(fileName) : undefined;
        if (id !== undefined) unreadableSeeds.add(id);
        issues.push({ file: `${FILES.seeds}/${fileName}`, message: message.replace(`${FILES.seeds}/${fileName}: `, '') });
      })
    : [];
  if (seeds.length === 0 && unreadableSeeds.size === 0)
    issues.push({ file: FILES.seeds, message: 'no seed documents (*.txt) found' });

  const seedSources = sources?.seeds ?? [];
  const external = sources?.external ?? [];
  checkUniqueIds(FILES.sources, seedSources, issues);
  checkUniqueIds(FILES.sources, external, issues);
  checkSeedRecords(seeds, seedSources, issues, new Set([...unreadableSeeds, ...(rejected.get(FILES.sources) ?? [])]));

  for (const [file, list] of [
    [FILES.actors, actors],
    [FILES.places, places],
    [FILES.events, events],
    [FILES.questions, questions],
    [FILES.claims, claims],
    [FILES.statements, statements],
    [FILES.anomalies, anomalies],
  ] as const) {
    checkUniqueIds(file, list, issues);
  }

  if (explainer) {
    explainer.chapters.forEach((slug, i) => {
      if (!existsSync(join(root, FILES.chapters, `${slug}.mdx`))) {
        issues.push({ file: FILES.explainer, field: `chapters.${i}`, message: `no chapter file ${FILES.chapters}/${slug}.mdx` });
      }
    });
  }

  /** The ids a reference may name, or undefined when their file could not be read (references are then not checked). */
  const known = (file: string, list: ReadonlyArray<{ id: string }>): ReadonlySet<string> | undefined =>
    unreadable.has(file) ? undefined : new Set([...list.map((r) => r.id), ...(rejected.get(file) ?? [])]);
  const ids = {
    actor: known(FILES.actors, actors),
    place: known(FILES.places, places),
    event: known(FILES.events, events),
    question: known(FILES.questions, questions),
    external: known(FILES.sources, external),
  };
  for (const file of unreadable) {
    if (file === FILES.explainer) continue;
    issues.push({ file, message: 'could not be read (see above), so references to its records were not checked' });
  }

  // Cross-references.
  for (const a of actors) {
    a.affiliations.forEach((f, i) => {
      checkRef(issues, FILES.actors, a.id, `affiliations.${i}.actor`, 'actor', f.actor, ids.actor);
    });
  }
  for (const p of places) checkRef(issues, FILES.places, p.id, 'within', 'place', p.within, ids.place);
  for (const e of events) {
    e.places.forEach((p, i) => {
      checkRef(issues, FILES.events, e.id, `places.${i}`, 'place', p, ids.place);
    });
    e.actors.forEach((a, i) => {
      checkRef(issues, FILES.events, e.id, `actors.${i}`, 'actor', a, ids.actor);
    });
    if (e.relatesTo) checkRef(issues, FILES.events, e.id, 'relatesTo', 'event', e.relatesTo, ids.event);
    e.attributions?.forEach((a, i) => {
      checkRef(issues, FILES.events, e.id, `attributions.${i}.actor`, 'actor', a.actor, ids.actor);
    });
  }
  explainer?.keyEvents.forEach((id, i) => {
    checkRef(issues, FILES.explainer, 'explainer', `keyEvents.${i}`, 'event', id, ids.event);
  });
  for (const q of questions) checkRef(issues, FILES.questions, q.id, 'event', 'event', q.event, ids.event);
  for (const c of claims) {
    checkRef(issues, FILES.claims, c.id, 'question', 'question', c.question, ids.question);
    checkRef(issues, FILES.claims, c.id, 'claimant', 'actor', c.claimant, ids.actor);
    checkRef(issues, FILES.claims, c.id, 'via', 'actor', c.via, ids.actor);
  }
  for (const s of statements) {
    checkRef(issues, FILES.statements, s.id, 'speaker', 'actor', s.speaker, ids.actor);
    checkRef(issues, FILES.statements, s.id, 'event', 'event', s.event, ids.event);
    s.attributions?.forEach((a, i) => {
      checkRef(issues, FILES.statements, s.id, `attributions.${i}.actor`, 'actor', a.actor, ids.actor);
    });
  }

  // Quotes, external references and spellings.
  const finder = new PassageFinder(seeds);
  const groups: ReadonlyArray<readonly [string, ReadonlyArray<{ id: string }>]> = [
    [FILES.actors, actors],
    [FILES.places, places],
    [FILES.events, events],
    [FILES.claims, claims],
    [FILES.statements, statements],
    [FILES.anomalies, anomalies],
  ];
  if (seeds.length > 0) {
    for (const [file, list] of groups) {
      for (const record of list) {
        walkSeedCitations(record, (cite, field) => {
          if (unreadableSeeds.has(cite.seed)) return;
          const found = finder.locate(cite.seed, cite.quote);
          if (typeof found === 'string') issues.push({ file, record: record.id, field, message: found });
        });
        walkExternalCitations(record, (cite, field) => {
          checkRef(issues, file, record.id, field, 'external source', cite.external, ids.external);
        });
      }
    }
    for (const [file, list] of [
      [FILES.actors, actors],
      [FILES.places, places],
    ] as const) {
      for (const r of list) {
        r.spellings.forEach((spelling, i) => {
          if (!inAnySeed(seeds, spelling))
            issues.push({
              file,
              record: r.id,
              field: `spellings.${i}`,
              message: `spelling "${spelling}" does not stand in any seed`,
            });
        });
      }
    }
  }

  // A claim's figure, in its own words, must be inside its first quote.
  for (const c of claims) {
    const first = c.cites[0];
    if (first && !normalizeForMatch(first.quote).includes(normalizeForMatch(c.stated))) {
      issues.push({
        file: FILES.claims,
        record: c.id,
        field: 'stated',
        message: `"${c.stated}" is not part of the first cited quote`,
      });
    }
  }

  // Dates that are counted back from a weekday must agree with the count.
  for (const e of events) checkDerivedDate(e, issues);

  if (issues.length > 0 || !explainer || !sources) throw new DataError(issues);

  return {
    explainer,
    seeds,
    seedSources,
    external,
    actors,
    places,
    events,
    questions,
    claims,
    statements,
    anomalies,
    passages: new Map(finder.passages),
    locate: (seed, quote) => finder.locate(seed, quote),
  };
}

/**
 * `sources.yaml` is two lists, `seeds:` and `external:`; each is parsed record by record, so
 * one bad URL or hash costs its own record only, not the whole file.
 */
function readSources(
  raw: unknown,
  issues: DataIssue[],
  records: <S extends z.ZodType>(raw: unknown, schema: S) => Array<z.output<S>>,
): { seeds: SeedSource[]; external: ExternalSource[] } | undefined {
  if (raw === undefined) return undefined;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    issues.push({ file: FILES.sources, message: 'must be a mapping with two lists, seeds: and external:' });
    return undefined;
  }
  const file = raw as Record<string, unknown>;
  for (const key of Object.keys(file)) {
    if (key !== 'seeds' && key !== 'external')
      issues.push({ file: FILES.sources, field: key, message: 'unknown key; the file has seeds: and external: only' });
  }
  const list = (key: 'seeds' | 'external'): unknown[] => {
    const value = file[key];
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    issues.push({ file: FILES.sources, field: key, message: 'must be a YAML list of records (each line starting with "- ")' });
    return [];
  };
  const seedList = list('seeds');
  if (seedList.length === 0 && file.seeds === undefined)
    issues.push({ file: FILES.sources, field: 'seeds', message: 'is missing: list every seed document here' });
  return { seeds: records(seedList, SeedSource), external: records(list('external'), ExternalSource) };
}

/** Seeds and their records must pair up; `skip` holds ids already reported (an unreadable seed, an invalid record). */
function checkSeedRecords(
  seeds: readonly LoadedSeed[],
  records: readonly SeedSource[],
  issues: DataIssue[],
  skip: ReadonlySet<string>,
): void {
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const seed of seeds) {
    const record = byId.get(seed.id);
    if (!record) {
      if (skip.has(seed.id)) continue;
      issues.push({ file: FILES.sources, record: seed.id, message: `seeds/${seed.fileName} has no record in seeds:` });
      continue;
    }
    if (record.file !== seed.fileName) {
      issues.push({
        file: FILES.sources,
        record: seed.id,
        field: 'file',
        message: `is "${record.file}" but the seed file is "${seed.fileName}"`,
      });
    }
    if (record.sha256 !== seed.sha256) {
      issues.push({
        file: FILES.sources,
        record: seed.id,
        field: 'sha256',
        message: `seeds/${seed.fileName} has changed (its SHA-256 is now ${seed.sha256}); review the records that cite it, then update the hash`,
      });
    }
  }
  const present = new Set(seeds.map((s) => s.id));
  for (const r of records) {
    if (!present.has(r.id) && !skip.has(r.id))
      issues.push({ file: FILES.sources, record: r.id, field: 'file', message: `seeds/${r.file} does not exist` });
  }
}

function checkDerivedDate(e: Event, issues: DataIssue[]): void {
  const w = e.when;
  if (!w || w.basis !== 'derived') return;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(w.date)) {
    issues.push({
      file: FILES.events,
      record: e.id,
      field: 'when.date',
      message: 'a date derived from a weekday must be a full date, YYYY-MM-DD',
    });
    return;
  }
  const [expected, relation, from] = w.before
    ? [lastWeekdayBefore(w.weekday, w.before), 'last', `before ${w.before}`]
    : [firstWeekdayAfter(w.weekday, w.after!), 'first', `after ${w.after!}`];
  if (expected !== w.date) {
    issues.push({
      file: FILES.events,
      record: e.id,
      field: 'when.date',
      message: `${w.date} is a ${weekdayOf(w.date)}, but the ${relation} ${w.weekday} ${from} is ${expected}`,
    });
  }
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readSeeds, type LoadedSeed } from '../seeds/read.ts';
import {
  Actor,
  Anomaly,
  Claim,
  Event,
  Explainer,
  Place,
  Question,
  SourcesFile,
  Statement,
  type ExternalSource,
  type SeedSource,
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
  const read = (file: string): unknown => readYaml(root, file, issues);
  // An explainer that uses no records of a kind needs no file for it: a missing file is an empty list.
  const readList = (file: string): unknown => (existsSync(join(root, file)) ? read(file) : []);

  const explainer = parseObject(FILES.explainer, read(FILES.explainer), Explainer, issues);
  const sources = parseObject(FILES.sources, read(FILES.sources), SourcesFile, issues);
  const actors = parseRecords(FILES.actors, readList(FILES.actors), Actor, issues);
  const places = parseRecords(FILES.places, readList(FILES.places), Place, issues);
  const events = parseRecords(FILES.events, readList(FILES.events), Event, issues);
  const questions = parseRecords(FILES.questions, readList(FILES.questions), Question, issues);
  const claims = parseRecords(FILES.claims, readList(FILES.claims), Claim, issues);
  const statements = parseRecords(FILES.statements, readList(FILES.statements), Statement, issues);
  const anomalies = parseRecords(FILES.anomalies, readList(FILES.anomalies), Anomaly, issues);

  const seedsDir = join(root, FILES.seeds);
  const seeds = existsSync(seedsDir) ? readSeeds(seedsDir) : [];
  if (seeds.length === 0) issues.push({ file: FILES.seeds, message: 'no seed documents (*.txt) found' });

  const seedSources = sources?.seeds ?? [];
  const external = sources?.external ?? [];
  checkUniqueIds(FILES.sources, seedSources, issues);
  checkUniqueIds(FILES.sources, external, issues);
  checkSeedRecords(seeds, seedSources, issues);

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

  const ids = {
    actor: new Set(actors.map((a) => a.id)),
    place: new Set(places.map((p) => p.id)),
    event: new Set(events.map((e) => e.id)),
    question: new Set(questions.map((q) => q.id)),
    external: new Set(external.map((x) => x.id)),
  };

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

function checkSeedRecords(seeds: readonly LoadedSeed[], records: readonly SeedSource[], issues: DataIssue[]): void {
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const seed of seeds) {
    const record = byId.get(seed.id);
    if (!record) {
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
    if (!present.has(r.id))
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

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readSeeds, type LoadedSeed } from '../seeds/read.ts';
import { seedIdFromFileName } from '../seeds/parse.ts';
import { Explainer, type SeedSource } from '../schemas/index.ts';
import { ALL_KINDS, EXPLAINER, kindOf, type Kind, type KindRecords } from '../kinds/index.ts';
import { seedSources as seedKind } from '../kinds/sources.ts';
import { checkReferences, type Target } from '../kinds/references.ts';
import { DataError, type DataIssue } from './errors.ts';
import { checkUniqueIds, parseObject, parseRecords } from './parse-records.ts';
import { readYaml } from './read-yaml.ts';
import { checkRef, PassageFinder, walkExternalCitations, walkSeedCitations, type Passage } from './verify.ts';
import { checkEventKinds } from '../event-kinds.ts';
import { frontFigureIssues } from '../../figures/front.ts';
import type { FigureRefKind } from '../../figures/shared/define.ts';

/** Where an explainer's files live, relative to its root (each kind of record names its own file). */
export const FILES = {
  explainer: EXPLAINER.file,
  chapters: 'content/chapters',
  sources: seedKind.file,
  seeds: 'seeds',
} as const;

/** Everything an explainer knows, verified against its seeds: its settings, its seeds and the records of every kind. */
export interface Dataset extends KindRecords {
  explainer: Explainer;
  seeds: LoadedSeed[];
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
  // Ids of records that were reported as invalid, by kind: they exist, so a reference to one is no error.
  const rejected = new Map<string, Set<string>>(ALL_KINDS.map((k) => [k.key, new Set<string>()]));
  const read = (file: string): unknown => {
    const before = issues.length;
    const raw = readYaml(root, file, issues);
    if (raw === undefined && issues.length > before) unreadable.add(file);
    return raw;
  };

  const explainer = parseObject(FILES.explainer, read(FILES.explainer), Explainer, issues);

  // Each kind's records, file by file; a file of several lists (sources.yaml) is read once.
  const records = new Map<string, Array<{ id: string }>>();
  for (const file of new Set(ALL_KINDS.map((k) => k.file))) {
    const kinds = ALL_KINDS.filter((k) => k.file === file);
    // An explainer that uses no records of a kind needs no file for it: a missing file is an empty list.
    const raw = kinds.some((k) => k.required) || existsSync(join(root, file)) ? read(file) : [];
    const lists = kinds.some((k) => k.list) ? readLists(file, raw, kinds, issues) : new Map([[kinds[0]!.key, raw]]);
    if (!lists) unreadable.add(file);
    for (const kind of kinds) {
      const before = issues.length;
      const bad = rejected.get(kind.key)!;
      const list = parseRecords(file, lists?.get(kind.key), kind.schema, issues, bad);
      if (list.length === 0 && bad.size === 0 && issues.length > before) unreadable.add(file);
      records.set(kind.key, list);
    }
  }
  const data = Object.fromEntries(records) as unknown as KindRecords;

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

  for (const kind of ALL_KINDS) checkUniqueIds(kind.file, records.get(kind.key)!, issues);
  checkSeedRecords(seeds, data.seedSources, issues, new Set([...unreadableSeeds, ...rejected.get(seedKind.key)!]));

  if (explainer) {
    explainer.chapters.forEach((slug, i) => {
      if (!existsSync(join(root, FILES.chapters, `${slug}.mdx`))) {
        issues.push({ file: FILES.explainer, field: `chapters.${i}`, message: `no chapter file ${FILES.chapters}/${slug}.mdx` });
      }
    });
  }

  /** The ids a reference may name, or none when their file could not be read (references are then not checked). */
  const targets = new Map<string, Target>(
    ALL_KINDS.map((k) => [
      k.key,
      {
        name: k.name,
        ids: unreadable.has(k.file) ? undefined : new Set([...records.get(k.key)!.map((r) => r.id), ...rejected.get(k.key)!]),
      },
    ]),
  );
  const target = (key: string): Target => {
    const found = targets.get(key);
    if (!found)
      throw new Error(`a reference names "${key}", which is no kind of record (known: ${[...targets.keys()].join(', ')})`);
    return found;
  };
  for (const file of unreadable) {
    if (file === FILES.explainer) continue;
    issues.push({ file, message: 'could not be read (see above), so references to its records were not checked' });
  }

  // Cross-references, as each kind declares them.
  for (const kind of ALL_KINDS) {
    const list = records.get(kind.key)!;
    checkReferences(
      kind.file,
      list.map((r) => [r.id, r] as const),
      kind.references,
      target,
      issues,
    );
  }
  if (explainer) checkReferences(EXPLAINER.file, [[EXPLAINER.record, explainer]], EXPLAINER.references, target, issues);
  if (explainer)
    issues.push(...checkEventKinds(explainer, data.events, { explainer: EXPLAINER.file, events: kindOf('events').file }));
  if (explainer) {
    const kinds: Record<FigureRefKind, string> = {
      event: 'events',
      actor: 'actors',
      place: 'places',
      question: 'questions',
      comparison: 'comparisons',
    };
    // An id in a file that could not be read is not reported again here.
    const knows = (kind: FigureRefKind, id: string): boolean => target(kinds[kind]).ids?.has(id) ?? true;
    issues.push(...frontFigureIssues(EXPLAINER.file, explainer.frontFigures, knows));
  }

  // Quotes and external references.
  const finder = new PassageFinder(seeds);
  const externalIds = target('external').ids;
  if (seeds.length > 0) {
    for (const kind of ALL_KINDS) {
      for (const record of records.get(kind.key)!) {
        walkSeedCitations(record, (cite, field) => {
          if (unreadableSeeds.has(cite.seed)) return;
          const found = finder.locate(cite.seed, cite.quote);
          if (typeof found === 'string') issues.push({ file: kind.file, record: record.id, field, message: found });
        });
        walkExternalCitations(record, (cite, field) => {
          checkRef(issues, kind.file, record.id, field, 'external source', cite.external, externalIds);
        });
      }
    }
  }

  // What each kind checks of its own: spellings in the seeds, figures inside their quotes, dates counted from weekdays.
  for (const kind of ALL_KINDS) kind.check?.(records.get(kind.key)!, { file: kind.file, issues, seeds });

  if (issues.length > 0 || !explainer || unreadable.has(FILES.sources)) throw new DataError(issues);

  return {
    ...data,
    explainer,
    seeds,
    passages: new Map(finder.passages),
    locate: (seed, quote) => finder.locate(seed, quote),
  };
}

/**
 * A file of several lists (`sources.yaml`: `seeds:` and `external:`) is a mapping with one key
 * per kind; each list is parsed record by record, so one bad URL or hash costs its own record
 * only, not the whole file. Undefined when the file is not such a mapping.
 */
function readLists(file: string, raw: unknown, kinds: readonly Kind[], issues: DataIssue[]): Map<string, unknown> | undefined {
  if (raw === undefined) return undefined;
  const keys = kinds.map((k) => `${k.list}:`).join(' and ');
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    issues.push({ file, message: `must be a mapping with the lists ${keys}` });
    return undefined;
  }
  const mapping = raw as Record<string, unknown>;
  for (const key of Object.keys(mapping)) {
    if (!kinds.some((k) => k.list === key)) issues.push({ file, field: key, message: `unknown key; the file has ${keys} only` });
  }
  const lists = new Map<string, unknown>();
  for (const kind of kinds) {
    const value = mapping[kind.list!];
    if (value === undefined && kind.required) issues.push({ file, field: kind.list, message: `is missing: ${kind.required}` });
    if (value !== undefined && value !== null && !Array.isArray(value)) {
      issues.push({ file, field: kind.list, message: 'must be a YAML list of records (each line starting with "- ")' });
      continue;
    }
    lists.set(kind.key, value ?? []);
  }
  return lists;
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

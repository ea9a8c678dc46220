/**
 * Reads every seed of an explainer and proposes records: statements, claims, dates and times,
 * names and candidate questions, each citing its exact passage and marked covered or new
 * against the records that exist. Nothing here writes to the data: a person accepts a proposal
 * by moving it into a data file, where the usual verification applies.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { figureKey } from '../claims.ts';
import { DataError, type DataIssue } from '../data/errors.ts';
import { FILES, loadDataset } from '../data/load.ts';
import { parseObject } from '../data/parse-records.ts';
import { readYaml } from '../data/read-yaml.ts';
import { readSeeds, type LoadedSeed } from '../seeds/read.ts';
import type { Claim, Question } from '../schemas/claims.ts';
import type { SeedCitation } from '../schemas/common.ts';
import type { Statement } from '../schemas/statements.ts';
import type { LocalTime, When } from '../schemas/when.ts';
import { normalizeForMatch } from '../text/normalize.ts';
import { actorFor, eventFor, indexExisting, NOTHING, overlapping, type Existing } from './coverage.ts';
import { findDates, findTimes, type FoundDate } from './dates.ts';
import { findDisagreements } from './disagreements.ts';
import { findFigures } from './figures.ts';
import { describeFigure } from './hedges.ts';
import { findNames, type NameCluster } from './names.ts';
import { findStatements, type StatementFlag } from './statements.ts';
import { overlaps, slug, type Span } from './text.ts';
import { splitSpeaker } from './attribution.ts';
import { DeriveSettings, vocabulary, type Vocabulary } from './vocabulary.ts';

interface Marked {
  proposed: true;
  coverage: 'covered' | 'new';
  /** Existing records that already hold it. */
  coveredBy: string[];
  seed: string;
  paragraph: string;
}

export interface StatementProposal extends Marked {
  speakerAsWritten: string;
  role?: string;
  verb: string;
  to?: string;
  flags: StatementFlag[];
  record: Statement;
}

export interface ClaimProposal extends Marked {
  counts: string;
  reading: string;
  claimantAsWritten?: string;
  /** The event it belongs to, or absent when left open. */
  event?: string;
  record: Claim;
}

export interface DateProposal extends Marked {
  kind: FoundDate['kind'];
  stated: string;
  rule: string;
  event?: string;
  /** The date as the data would hold it, where it could be resolved. */
  when?: When;
}

export interface TimeProposal extends Marked {
  stated: string;
  event?: string;
  /** The time as the data would hold it, where date and zone are both known. */
  time?: Omit<LocalTime, 'instant'>;
  /** Why it could not be completed. */
  open?: string;
}

export interface NameProposal {
  proposed: true;
  coverage: 'covered' | 'new';
  coveredBy: string[];
  name: string;
  kind: NameCluster['kind'];
  roles: string[];
  spellings: Array<{ spelling: string; seeds: string[]; coverage: 'covered' | 'new' }>;
  cites: SeedCitation[];
}

export interface QuestionProposal {
  proposed: true;
  coverage: 'covered' | 'new';
  coveredBy: string[];
  record: Question;
  answers: Array<{ claim: string; seed: string; stated: string; reading: string }>;
}

export interface Proposals {
  statements: StatementProposal[];
  claims: ClaimProposal[];
  dates: DateProposal[];
  times: TimeProposal[];
  names: NameProposal[];
  questions: QuestionProposal[];
}

const cite = (s: Span): SeedCitation => ({ seed: s.seed, quote: s.text });
const mark = (s: Span, coveredBy: string[]): Marked => ({
  proposed: true,
  coverage: coveredBy.length > 0 ? 'covered' : 'new',
  coveredBy,
  seed: s.seed,
  paragraph: s.block,
});

/** Sources the explainer declares machine translations (`carries: machine-translation` on a seed's record). */
export function machineTranslated(root: string): Set<string> {
  const path = join(root, FILES.sources);
  if (!existsSync(path)) return new Set();
  const raw = parse(readFileSync(path, 'utf8')) as { seeds?: Array<{ id?: unknown; carries?: unknown }> } | null;
  const out = new Set<string>();
  for (const s of raw?.seeds ?? []) {
    const carries = Array.isArray(s.carries) ? (s.carries as unknown[]) : [s.carries];
    if (typeof s.id === 'string' && carries.includes('machine-translation')) out.add(s.id);
  }
  return out;
}

/**
 * The `derive` section of an explainer's settings, read alone: an explainer with no data yet may
 * have settings that are not complete. No settings file gives the defaults.
 */
export function readDeriveSettings(root: string): DeriveSettings {
  if (!existsSync(join(root, FILES.explainer))) return DeriveSettings.parse({});
  const issues: DataIssue[] = [];
  const raw = readYaml(root, FILES.explainer, issues);
  const settings =
    issues.length === 0
      ? parseObject(FILES.explainer, raw ?? {}, z.looseObject({ derive: DeriveSettings.prefault({}) }), issues)
      : undefined;
  if (!settings) throw new DataError(issues);
  return settings.derive;
}

/**
 * The seeds, what the data already says and the words to read the seeds with; an explainer with
 * no data yet is compared with nothing.
 */
export function readExplainer(root: string): { seeds: LoadedSeed[]; existing: Existing; words: Vocabulary; title?: string } {
  if (existsSync(join(root, FILES.sources))) {
    const data = loadDataset(root);
    return {
      seeds: data.seeds,
      existing: indexExisting(data),
      words: vocabulary(data.explainer.derive),
      title: data.explainer.title,
    };
  }
  const words = vocabulary(readDeriveSettings(root));
  const dir = join(root, FILES.seeds);
  const seeds = existsSync(dir) ? readSeeds(dir) : [];
  if (seeds.length === 0) throw new Error(`${dir}: no seed documents (*.txt) found`);
  return { seeds, existing: NOTHING, words };
}

class Ids {
  private readonly used = new Set<string>();
  take(base: string): string {
    const root = slug(base) || 'proposal';
    let id = root;
    for (let n = 2; this.used.has(id); n++) id = `${root}-${n}`;
    this.used.add(id);
    return id;
  }
}

/** Proposals from the seeds, read with the explainer's `words`, marked against what `existing` holds. */
export function derive(
  seeds: readonly LoadedSeed[],
  existing: Existing,
  machine: ReadonlySet<string>,
  words: Vocabulary,
): Proposals {
  const ids = new Ids();
  const speakerId = (phrase: string) => {
    const { name } = splitSpeaker(phrase, words);
    return actorFor(name, existing) ?? actorFor(phrase, existing) ?? slug(name);
  };

  const statements: StatementProposal[] = [];
  const roles = new Map<string, string[]>();
  const saidAt: Array<{ passage: Span; speaker: string }> = [];
  for (const doc of seeds) {
    for (const f of findStatements(doc, { words, machineTranslation: machine.has(doc.id) })) {
      const speaker = speakerId(f.speaker.phrase);
      if (!speaker) continue;
      if (f.speaker.role) roles.set(f.speaker.name, [...(roles.get(f.speaker.name) ?? []), f.speaker.role]);
      const words = f.quoted.length > 0 ? f.quoted.join(' … ') : f.passage.text;
      const by = overlapping(f.passage, existing.statements, (s) => s.versions);
      saidAt.push({ passage: f.passage, speaker });
      statements.push({
        ...mark(
          f.passage,
          by.map((s) => s.id),
        ),
        speakerAsWritten: f.speaker.phrase,
        ...(f.speaker.role ? { role: f.speaker.role } : {}),
        verb: f.verb,
        ...(f.to ? { to: f.to } : {}),
        flags: f.flags,
        record: {
          id: ids.take(`${speaker}-${doc.id}-${f.passage.block}`),
          speaker,
          summary: `${f.speaker.name} (${f.verb}${f.flags.includes('paraphrase') ? ', reported' : ''}): ${words.length > 160 ? `${words.slice(0, 157)}…` : words}`,
          versions: [cite(f.passage)],
        },
      });
    }
  }

  const claims: ClaimProposal[] = [];
  for (const doc of seeds) {
    for (const f of findFigures(doc, words)) {
      const by = existing.claims.filter(
        (c) =>
          (c.stated && overlaps(c.stated, f.stated)) ||
          (c.passages.some((p) => overlaps(p, f.stated)) && figureKey(c.figure) === figureKey(f.figure)),
      );
      const event = eventFor(f.passage, existing);
      // A pronoun claimant is the speaker the statement in the same sentence resolved.
      const said = saidAt.find((s) => overlaps(s.passage, f.passage));
      const claimant = f.claimant
        ? said && /^(?:he|she|it|they)$/i.test(f.claimant)
          ? said.speaker
          : speakerId(f.claimant)
        : undefined;
      const question = by[0]?.question ?? slug(`${event ?? `${doc.id}-${f.passage.block}`}-${f.counts}`);
      claims.push({
        ...mark(
          f.passage,
          by.map((c) => c.id),
        ),
        counts: f.counts,
        reading: describeFigure(f.figure),
        ...(f.claimant ? { claimantAsWritten: f.claimant } : {}),
        ...(event ? { event } : {}),
        record: {
          id: ids.take(`${question}-${doc.id}`),
          question,
          figure: f.figure,
          stated: f.stated.text,
          ...(claimant ? { claimant } : {}),
          cites: [cite(f.passage)],
        },
      });
    }
  }

  const dates: DateProposal[] = [];
  const times: TimeProposal[] = [];
  for (const doc of seeds) {
    for (const f of findDates(doc)) {
      const by = existing.dates.filter(
        (d) => overlaps(d.passage, f.stated) && (f.weekday === undefined || d.weekday === f.weekday),
      );
      // The data may hold a day as a claim ("on Thursday" as the answer to which day).
      const asClaim = existing.claims.filter((c) => c.figure.type === 'text' && c.stated && overlaps(c.stated, f.stated));
      const event = by[0]?.id ?? eventFor(f.passage, existing);
      const when: When | undefined =
        f.date === undefined
          ? undefined
          : f.kind === 'weekday'
            ? {
                date: f.date,
                basis: 'derived',
                approximate: false,
                weekday: f.weekday!,
                before: f.before!,
                reference: f.from!,
                cite: cite(f.stated),
              }
            : { date: f.date, basis: 'stated', approximate: f.approximate, cite: cite(f.stated) };
      dates.push({
        ...mark(f.passage, [...by.map((d) => d.id), ...asClaim.map((c) => c.id)]),
        kind: f.kind,
        stated: f.stated.text,
        rule: f.rule,
        ...(event ? { event } : {}),
        ...(when ? { when } : {}),
      });
    }
    for (const t of findTimes(doc, existing.zones)) {
      const by = [
        ...existing.times.filter((x) => overlaps(x.passage, t.stated)),
        ...existing.claims.filter((c) => c.figure.type === 'text' && c.stated && overlaps(c.stated, t.stated)),
      ];
      const event = by[0]?.id ?? eventFor(t.passage, existing);
      const complete = t.zone && t.where && /T/.test(t.at);
      times.push({
        ...mark(
          t.passage,
          by.map((x) => x.id),
        ),
        stated: t.stated.text,
        ...(event ? { event } : {}),
        ...(complete
          ? { time: { at: t.at, where: t.where!, zone: t.zone!, approximate: t.approximate, cite: cite(t.stated) } }
          : {
              open: [
                !t.where || !t.zone ? 'the text names no place whose time zone is known' : '',
                /T/.test(t.at) ? '' : 'no date to put the time on',
              ]
                .filter(Boolean)
                .join('; '),
            }),
      });
    }
  }

  const names: NameProposal[] = findNames(seeds, words, roles).map((c) => {
    const spellings = c.spellings.map((s) => {
      const known = existing.spellings.get(normalizeForMatch(s.spelling));
      return { spelling: s.spelling, seeds: s.seeds, coverage: known ? ('covered' as const) : ('new' as const), known };
    });
    const coveredBy = [...new Set(spellings.flatMap((s) => (s.known ? [s.known] : [])))];
    return {
      proposed: true as const,
      coverage: spellings.every((s) => s.coverage === 'covered') ? ('covered' as const) : ('new' as const),
      coveredBy,
      name: c.name,
      kind: c.kind,
      roles: [...new Set(c.roles)],
      spellings: spellings.map((s) => ({ spelling: s.spelling, seeds: s.seeds, coverage: s.coverage })),
      cites: c.spellings.map((s) => cite(s.passage)),
    };
  });

  const questions: QuestionProposal[] = findDisagreements(
    claims.map((c) => ({
      claim: c.record.id,
      question: c.record.question,
      seed: c.seed,
      ...(c.event ? { event: c.event } : {}),
      counts: c.counts,
      figure: c.record.figure,
      stated: c.record.stated,
    })),
  ).map((d) => {
    const title = existing.events.find((e) => e.id === d.event)?.title ?? d.event;
    const known = existing.claims.some((c) => c.question === d.question);
    return {
      proposed: true as const,
      coverage: known ? ('covered' as const) : ('new' as const),
      coveredBy: known ? [d.question] : [],
      record: {
        id: known ? d.question : ids.take(d.question),
        question: `How many ${d.counts === 'killed' || d.counts === 'wounded' ? `people were ${d.counts}` : d.counts}: ${title}?`,
        label: `${d.counts[0]!.toUpperCase()}${d.counts.slice(1)}: ${title}`,
        event: d.event,
        ...(d.counts === 'killed' || d.counts === 'wounded' ? { unit: 'people' } : { unit: d.counts }),
      },
      answers: d.answers.map((a) => ({ claim: a.claim, seed: a.seed, stated: a.stated, reading: describeFigure(a.figure) })),
    };
  });

  return { statements, claims, dates, times, names, questions };
}

/**
 * `npm run bench:derive [-- --sample]`: runs derive on this explainer and on the tiny fixture
 * and prints recall per kind (the share of existing records the proposals find) and the
 * precision judged by hand on a sample (tests/bench/derive-judged.yaml). With `--sample` it
 * prints the sample to judge instead. A measurement, not a test: it fails on nothing.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { figureKey } from '../../src/lib/claims.ts';
import { derive, machineTranslated, readExplainer, type Proposals } from '../../src/lib/derive/derive.ts';
import type { Existing } from '../../src/lib/derive/coverage.ts';
import { overlaps } from '../../src/lib/derive/text.ts';
import type { LoadedSeed } from '../../src/lib/seeds/read.ts';
import { findNormalized, normalizeForMatch } from '../../src/lib/text/normalize.ts';

const CASES = [
  { name: 'this explainer', root: '.' },
  { name: 'tiny fixture', root: 'tests/fixtures/tiny' },
];
const JUDGED = new URL('./derive-judged.yaml', import.meta.url);
/** Every n-th proposal of each kind is judged. */
const EVERY = 4;

interface Judged {
  kind: 'statements' | 'claims' | 'dates' | 'names';
  key: string;
  right: boolean;
  why?: string;
}

/** The words that identify a proposal in the judged file, stable across runs. */
function keyOf(kind: Judged['kind'], p: Proposals, i: number): string {
  if (kind === 'statements') {
    const s = p.statements[i]!;
    return `${s.seed} ${s.paragraph} ${s.record.speaker} ${s.verb}: ${s.record.versions[0]!.quote.slice(0, 60)}`;
  }
  if (kind === 'claims') {
    const c = p.claims[i]!;
    return `${c.seed} ${c.paragraph} "${c.record.stated}" = ${c.reading} ${c.counts}, by ${c.record.claimant ?? '(report)'}, event ${c.event ?? 'open'}`;
  }
  if (kind === 'dates') {
    const d = p.dates[i]!;
    return `${d.seed} ${d.paragraph} "${d.stated}" → ${d.when?.date ?? 'open'}`;
  }
  const n = p.names[i]!;
  return `${n.kind} ${n.spellings.map((s) => s.spelling).join(' / ')}`;
}

function pct(found: number, all: number): string {
  return all === 0 ? 'n/a' : `${((100 * found) / all).toFixed(0)}% (${found}/${all})`;
}

function recall(p: Proposals, existing: Existing, seeds: readonly LoadedSeed[]): Record<string, string> {
  const statementSpans = p.statements.map((s) => s.coveredBy);
  const statements = existing.statements.filter((s) => statementSpans.some((by) => by.includes(s.id))).length;
  const versions = existing.statements.flatMap((s) => s.versions);
  const text = new Map(seeds.map((s) => [s.id, s.text]));
  const passages = p.statements.flatMap((s) => {
    const at = findNormalized(text.get(s.seed)!, s.record.versions[0]!.quote);
    return at ? [{ seed: s.seed, ...at }] : [];
  });
  const versionsFound = versions.filter((v) => passages.some((s) => overlaps(v, s))).length;
  const claimsByFigure = existing.claims.filter((c) => p.claims.some((x) => x.coveredBy.includes(c.id))).length;
  // A day of the week held as a claim is found by a date or time proposal on the same words.
  const claimsAll = existing.claims.filter((c) =>
    [...p.claims, ...p.dates, ...p.times].some((x) => x.coveredBy.includes(c.id)),
  ).length;
  const sameFigure = existing.claims.filter((c) =>
    p.claims.some((x) => x.coveredBy.includes(c.id) && figureKey(x.record.figure) === figureKey(c.figure)),
  ).length;
  const dated = existing.dates.filter((d) => p.dates.some((x) => x.coveredBy.includes(d.id)));
  const sameDate = dated.filter((d) => p.dates.some((x) => x.coveredBy.includes(d.id) && x.when?.date === d.date)).length;
  const derivedDates = existing.dates.filter((d) => d.weekday !== undefined);
  const derivedFound = derivedDates.filter((d) => p.dates.some((x) => x.coveredBy.includes(d.id))).length;
  const spellings = [...existing.spellings.keys()];
  const proposed = new Set(p.names.flatMap((n) => n.spellings.map((s) => normalizeForMatch(s.spelling))));
  const byRecord = new Map<string, string[]>();
  for (const [s, id] of existing.spellings) byRecord.set(id, [...(byRecord.get(id) ?? []), s]);
  const multi = [...byRecord.values()].filter((list) => list.length > 1);
  const together = multi.filter((list) =>
    p.names.some((n) => list.every((s) => n.spellings.some((x) => normalizeForMatch(x.spelling) === s))),
  ).length;
  return {
    'statements (records with a version found)': pct(statements, existing.statements.length),
    'statement versions (passages found)': pct(versionsFound, versions.length),
    'claims (found by figure proposals)': pct(claimsByFigure, existing.claims.length),
    'claims (found by figure, date or time proposals)': pct(claimsAll, existing.claims.length),
    'claims with the same figure': pct(sameFigure, existing.claims.length),
    'dates (events whose date passage is found)': pct(dated.length, existing.dates.length),
    'dates resolved to the same date': pct(sameDate, existing.dates.length),
    'date derivations (weekday counts) found': pct(derivedFound, derivedDates.length),
    'spellings found': pct(spellings.filter((s) => proposed.has(s)).length, spellings.length),
    'names whose spellings are all in one cluster': pct(together, multi.length),
  };
}

const { values } = parseArgs({ options: { sample: { type: 'boolean', default: false } } });
const kinds: Judged['kind'][] = ['statements', 'claims', 'dates', 'names'];

for (const c of CASES) {
  const { seeds, existing, words } = readExplainer(c.root);
  const p = derive(seeds, existing, machineTranslated(c.root), words);
  if (values.sample) {
    if (c.root !== '.') continue;
    for (const kind of kinds)
      p[kind].forEach((_, i) => {
        if (i % EVERY === 0) console.log(`- { kind: ${kind}, key: ${JSON.stringify(keyOf(kind, p, i))}, right: }`);
      });
    continue;
  }
  console.log(`\n${c.name}: ${kinds.map((k) => `${p[k].length} ${k}`).join(', ')}`);
  console.log('  recall');
  for (const [k, v] of Object.entries(recall(p, existing, seeds))) console.log(`    ${k}: ${v}`);
  if (c.root === '.') {
    const judged = parse(readFileSync(JUDGED, 'utf8')) as Judged[];
    const current = new Set(kinds.flatMap((k) => p[k].map((_, i) => `${k}\u0000${keyOf(k, p, i)}`)));
    const live = judged.filter((j) => current.has(`${j.kind}\u0000${j.key}`));
    console.log(
      `  precision, judged by hand on ${live.length} sampled proposals (${judged.length - live.length} judged proposals no longer made)`,
    );
    for (const k of kinds) {
      const mine = live.filter((j) => j.kind === k);
      console.log(`    ${k}: ${pct(mine.filter((j) => j.right).length, mine.length)}`);
    }
    console.log(`    all: ${pct(live.filter((j) => j.right).length, live.length)}`);
  }
}

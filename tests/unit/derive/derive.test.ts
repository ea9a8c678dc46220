import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildReport, formatReport } from '../../../src/lib/data/report.ts';
import { loadDataset } from '../../../src/lib/data/load.ts';
import { PassageFinder } from '../../../src/lib/data/verify.ts';
import { indexExisting } from '../../../src/lib/derive/coverage.ts';
import { findDisagreements } from '../../../src/lib/derive/disagreements.ts';
import { Claim, LocalTime, Question, SeedCitation, Statement, When } from '../../../src/lib/schemas/index.ts';
import { readSeeds } from '../../../src/lib/seeds/read.ts';
import { TINY } from '../../support/fixture.ts';

describe('npm run derive on the tiny fixture', () => {
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'explainer-derived-'));
  });
  afterEach(() => {
    rmSync(out, { recursive: true, force: true });
  });

  it('writes proposals that parse with the schemas and cite passages that exist, and a report', () => {
    const run = spawnSync(process.execPath, ['src/cli/derive.ts', '--out', out], {
      env: { ...process.env, EXPLAINER_ROOT: TINY },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const p = parse(readFileSync(join(out, 'proposals.yaml'), 'utf8'));
    const finder = new PassageFinder(readSeeds(join(TINY, 'seeds')));
    const cites: Array<{ seed: string; quote: string }> = [];
    for (const s of p.statements) cites.push(...Statement.parse(s.record).versions);
    for (const c of p.claims) cites.push(...Claim.parse(c.record).cites);
    for (const d of p.dates) if (d.when) cites.push(When.parse(d.when).cite as { seed: string; quote: string });
    for (const t of p.times) if (t.time) cites.push(LocalTime.parse(t.time).cite as { seed: string; quote: string });
    for (const n of p.names) for (const c of n.cites) cites.push(SeedCitation.parse(c));
    for (const q of p.questions) Question.parse(q.record);
    for (const all of Object.values<Array<{ proposed: boolean }>>(p)) for (const x of all) expect(x.proposed).toBe(true);
    expect(cites.length).toBeGreaterThan(4);
    for (const c of cites) expect(finder.locate(c.seed, c.quote), c.quote).not.toBeTypeOf('string');

    // The fixture's records cover the officials' figure; the monitor's words are a statement no record holds.
    const officials = p.claims.find((c: any) => c.record.stated === 'two people');
    expect(officials).toMatchObject({ coverage: 'covered', coveredBy: ['wounded-officials'], counts: 'wounded' });
    expect(p.dates[0]).toMatchObject({ coverage: 'covered', when: { date: '2021-03-01', weekday: 'Monday' } });
    const report = readFileSync(join(out, 'report.md'), 'utf8');
    expect(report).toContain('- p2: statement: A local monitor — said [paraphrase]');
  }, 30_000);

  it('refuses a folder with no seeds, naming it, with a non-zero exit', () => {
    const run = spawnSync(process.execPath, ['src/cli/derive.ts', '--out', out], {
      env: { ...process.env, EXPLAINER_ROOT: join(TINY, 'content') },
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim()).toBe(`${join(TINY, 'content', 'seeds')}: no seed documents (*.txt) found`);
  }, 30_000);
});

describe('coverage and disagreements', () => {
  it('locates what the records already say', () => {
    const existing = indexExisting(loadDataset(TINY));
    expect(existing.claims.map((c) => [c.id, c.stated?.start !== undefined])).toEqual([
      ['wounded-officials', true],
      ['wounded-monitor', true],
    ]);
    expect(existing.dates[0]).toMatchObject({ id: 'base-attack', weekday: 'Monday' });
  });

  it('groups figures about the same thing that cannot both be true', () => {
    const answers = [
      {
        claim: 'a',
        question: 'q1',
        seed: '002',
        event: 'strike',
        counts: 'killed',
        figure: { type: 'exact' as const, value: 1 },
        stated: 'one person',
      },
      {
        claim: 'b',
        question: 'q1',
        seed: '002',
        event: 'strike',
        counts: 'killed',
        figure: { type: 'at-least' as const, value: 22 },
        stated: 'at least 22 fatalities',
      },
      {
        claim: 'c',
        question: 'q1',
        seed: '001',
        event: 'strike',
        counts: 'killed',
        figure: { type: 'vague' as const, min: 2, max: 5 },
        stated: 'a handful of militiamen',
      },
      {
        claim: 'd',
        question: 'q2',
        seed: '001',
        event: 'strike',
        counts: 'bombs',
        figure: { type: 'exact' as const, value: 7 },
        stated: 'seven 500-pound bombs',
      },
    ];
    const groups = findDisagreements(answers);
    expect(groups.map((g) => [g.counts, g.answers.map((a) => a.claim)])).toEqual([['killed', ['a', 'b', 'c']]]);
  });

  it('data:report prints how many derived facts no record covers', () => {
    const text = formatReport(buildReport(loadDataset(TINY), { statements: 1, claims: 0 }));
    expect(text).toContain('derived from the documents, covered by no record: 1 (statements 1, claims 0); see npm run derive');
  });
});

/** Writes proposals as YAML in the data's formats, and a report an editor reads before accepting any. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Proposals } from './derive.ts';

export const PROPOSALS_FILE = 'proposals.yaml';
export const REPORT_FILE = 'report.md';

const HEADER = `# Proposed records, derived from the documents. Nothing here is data until a person accepts it:
# review each proposal, then move its \`record\` (or \`when\`, \`time\`, spellings) into the data file
# of its kind, where the usual verification applies. \`coverage: covered\` means an existing record
# already holds the same passage; \`new\` means none does.
`;

/** Counts of proposals, and of those no record covers, per kind. */
export function tally(p: Proposals): Record<string, { all: number; new: number }> {
  return Object.fromEntries(
    Object.entries(p).map(([kind, list]: [string, Array<{ coverage?: string }>]) => [
      kind,
      { all: list.length, new: list.filter((x) => x.coverage === 'new').length },
    ]),
  );
}

export function formatReport(p: Proposals, title = 'the explainer'): string {
  const lines: string[] = [`# Derived from the documents of ${title}`, ''];
  lines.push('| kind | proposals | new |', '| --- | ---: | ---: |');
  for (const [kind, t] of Object.entries(tally(p))) lines.push(`| ${kind} | ${t.all} | ${t.new} |`);
  lines.push('', '## New: not covered by any record, by seed and paragraph', '');
  const rows: Array<{ seed: string; paragraph: string; line: string }> = [
    ...p.statements
      .filter((s) => s.coverage === 'new')
      .map((s) => ({
        seed: s.seed,
        paragraph: s.paragraph,
        line: `statement: ${s.speakerAsWritten} — ${s.verb}${s.flags.length ? ` [${s.flags.join(', ')}]` : ''}: “${s.record.versions[0]!.quote}”`,
      })),
    ...p.claims
      .filter((c) => c.coverage === 'new')
      .map((c) => ({
        seed: c.seed,
        paragraph: c.paragraph,
        line: `figure: “${c.record.stated}” (${c.reading}, ${c.counts})${c.claimantAsWritten ? `, given by ${c.claimantAsWritten}` : ''}; event: ${c.event ?? 'left open'}`,
      })),
    ...p.dates
      .filter((d) => d.coverage === 'new')
      .map((d) => ({
        seed: d.seed,
        paragraph: d.paragraph,
        line: `date: “${d.stated}” → ${d.when?.date ?? 'open'} (${d.rule})`,
      })),
    ...p.times
      .filter((t) => t.coverage === 'new')
      .map((t) => ({
        seed: t.seed,
        paragraph: t.paragraph,
        line: `time: “${t.stated}” → ${t.time ? `${t.time.at} ${t.time.zone}` : `open: ${t.open ?? ''}`}`,
      })),
  ].sort((a, b) => a.seed.localeCompare(b.seed) || Number(a.paragraph.slice(1)) - Number(b.paragraph.slice(1)));
  let current = '';
  for (const r of rows) {
    if (r.seed !== current) lines.push('', `### Seed ${r.seed}`, '');
    current = r.seed;
    lines.push(`- ${r.paragraph}: ${r.line}`);
  }
  const flagged = p.statements.filter((s) => s.flags.includes('paraphrase') || s.flags.includes('machine-translation'));
  lines.push('', '## Statements that are not verbatim speech', '');
  for (const s of flagged)
    lines.push(
      `- ${s.seed} ${s.paragraph}: ${s.speakerAsWritten} — ${s.flags.filter((f) => f === 'paraphrase' || f === 'machine-translation').join(', ')}`,
    );
  lines.push('', '## Names with more than one spelling', '');
  for (const n of p.names.filter((x) => x.spellings.length > 1))
    lines.push(
      `- ${n.name} (${n.kind}): ${n.spellings.map((s) => `${s.spelling} [${s.seeds.join(', ')}]${s.coverage === 'new' ? ' (new)' : ''}`).join(' / ')}${n.roles.length ? `; roles: ${n.roles.join('; ')}` : ''}`,
    );
  lines.push('', '## Candidate questions: figures that differ across documents', '');
  for (const q of p.questions) {
    lines.push(`- ${q.record.question}${q.coverage === 'covered' ? ` (the data asks it as "${q.record.id}")` : ''}`);
    for (const a of q.answers) lines.push(`  - seed ${a.seed}: “${a.stated}” (${a.reading})`);
  }
  return `${lines.join('\n')}\n`;
}

export function writeProposals(out: string, p: Proposals, title?: string): { proposals: string; report: string } {
  mkdirSync(out, { recursive: true });
  const proposals = join(out, PROPOSALS_FILE);
  const report = join(out, REPORT_FILE);
  writeFileSync(proposals, HEADER + stringify(p, { lineWidth: 0 }));
  writeFileSync(report, formatReport(p, title));
  return { proposals, report };
}

import { ARTICLE_KINDS } from '../seeds/parse.ts';
import { ALL_KINDS, recordsOfKind } from '../kinds/index.ts';
import type { Dataset } from './load.ts';

/** Counts per kind and per seed, and the seed paragraphs no record cites: what the data covers and misses. */
export interface DataReport {
  counts: Record<string, number>;
  perSeed: Array<{
    seed: string;
    passages: number;
    paragraphs: number;
    cited: number;
    uncited: Array<{ id: string; text: string }>;
  }>;
  /** Proposals from the documents that no record covers, per kind (`npm run derive`), where counted. */
  uncovered?: Record<string, number>;
}

export function buildReport(data: Dataset, uncovered?: Record<string, number>): DataReport {
  const counts: Record<string, number> = {
    ...Object.fromEntries(ALL_KINDS.map((kind) => [kind.counted ?? kind.key, recordsOfKind(data, kind).length])),
    'cited passages': data.passages.size,
  };
  const passages = [...data.passages.values()];
  const perSeed = data.seeds.map((seed) => {
    const mine = passages.filter((p) => p.seed === seed.id);
    const citedBlocks = new Set(mine.map((p) => p.blockId));
    const paragraphs = seed.blocks.filter((b) => ARTICLE_KINDS.has(b.kind) && b.kind !== 'headline');
    return {
      seed: seed.id,
      passages: mine.length,
      paragraphs: paragraphs.length,
      cited: paragraphs.filter((b) => citedBlocks.has(b.id)).length,
      uncited: paragraphs.filter((b) => !citedBlocks.has(b.id)).map((b) => ({ id: b.id, text: b.text })),
    };
  });
  return { counts, perSeed, ...(uncovered ? { uncovered } : {}) };
}

/** The report as plain text for a terminal or a build log. */
export function formatReport(report: DataReport, { verbose = true } = {}): string {
  const lines = [
    'Data report',
    '  ' +
      Object.entries(report.counts)
        .map(([k, v]) => `${k}: ${v}`)
        .join(', '),
  ];
  if (report.uncovered) {
    const total = Object.values(report.uncovered).reduce((a, b) => a + b, 0);
    const parts = Object.entries(report.uncovered).map(([k, v]) => `${k} ${v}`);
    lines.push(`  derived from the documents, covered by no record: ${total} (${parts.join(', ')}); see npm run derive`);
  }
  for (const s of report.perSeed) {
    lines.push(`  seed ${s.seed}: ${s.passages} cited passages; ${s.cited}/${s.paragraphs} paragraphs cited`);
    if (verbose)
      for (const u of s.uncited)
        lines.push(`    uncited ${s.seed}#${u.id}: ${u.text.length > 90 ? `${u.text.slice(0, 87)}…` : u.text}`);
  }
  return lines.join('\n');
}

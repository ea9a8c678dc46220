import type { Dataset } from '../../lib/data/load.ts';
import { claimRows } from '../../lib/claims-view.ts';
import { resolveCitation, type ResolvedCitation } from '../../lib/citations/resolve.ts';
import type { Citation } from '../../lib/schemas/index.ts';
import type { ComparisonCell } from '../../lib/schemas/comparisons.ts';
import { eventHref } from '../../lib/urls.ts';
import { quoted } from '../counts/counts.ts';

/** A link to one cited passage, named as the chapters' notes name it. */
export interface CompareSource {
  href: string;
  /** The passage’s place (its report and paragraph) or the outside publication's title. */
  label: string;
  /** Set for a publication that is not one of the reports, which readers are told. */
  external: boolean;
  /** What the link's tooltip shows before it is followed: the passage itself, as the matrix's marks show theirs. */
  tip: string;
}

/** One source's answer in a cell where the sources disagree: its figure, who gave it, and its passages. */
export interface CompareAnswer {
  figure: string;
  claimant: string;
  via?: string;
  sources: CompareSource[];
}

/** One cell: the editors' words, or each source's answer, with the passages behind it. */
export interface CompareViewCell {
  /** Stable key, shared by the chart and its text alternative. */
  key: string;
  /** The round it belongs to, as its column is headed. */
  round: string;
  text?: string;
  answers?: CompareAnswer[];
  sources: CompareSource[];
}

export interface CompareView {
  title: string;
  summary: string;
  /** Who the cells rest on, for the source line. */
  source: string;
  rounds: Array<{ label: string; event: string; href: string; title: string }>;
  rows: Array<{ label: string; cells: CompareViewCell[] }>;
}

const link = (c: ResolvedCitation): CompareSource => ({
  href: c.href,
  label: c.label,
  external: c.kind === 'external',
  tip: c.kind === 'seed' ? `${c.label}: ${quoted(c.quote)}` : `${c.label} (${c.publisher}): ${c.detail}`,
});

/** A comparison as its figure shows it: columns per round, rows per respect, each cell with its passages. */
export function compareView(data: Dataset, comparisonId: string): CompareView {
  const comparison = data.comparisons.find((c) => c.id === comparisonId);
  if (!comparison) throw new Error(`<CompareFigure comparison="${comparisonId}">: unknown comparison`);
  const cited: Citation[] = [];
  const cellOf = (cell: ComparisonCell, key: string, round: string): CompareViewCell => {
    if ('text' in cell) {
      cited.push(...cell.cites);
      return { key, round, text: cell.text, sources: cell.cites.map((c) => link(resolveCitation(data, c))) };
    }
    const answers = claimRows(data, cell.question).map((r) => ({
      figure: r.figure,
      claimant: r.claimant,
      ...(r.via ? { via: r.via } : {}),
      sources: r.citations.map(link),
    }));
    cited.push(...data.claims.filter((c) => c.question === cell.question).flatMap((c) => c.cites));
    return { key, round, answers, sources: [] };
  };
  const rounds = comparison.rounds.map((r) => {
    const event = data.events.find((e) => e.id === r.event)!;
    return { label: r.label, event: r.event, href: eventHref(r.event), title: event.title };
  });
  const rows = comparison.rows.map((row, i) => ({
    label: row.label,
    cells: row.cells.map((cell, j) => cellOf(cell, `row-${i + 1}-round-${j + 1}`, rounds[j]!.label)),
  }));
  const seeds = new Set(cited.flatMap((c) => ('seed' in c ? [c.seed] : [])));
  const others = new Set(cited.flatMap((c) => ('external' in c ? [c.external] : []))).size;
  const reports = seeds.size === data.seeds.length ? 'the reports' : `${seeds.size} of the ${data.seeds.length} reports`;
  const also = others === 0 ? '' : others === 1 ? ' and one other publication' : ` and ${others} other publications`;
  return {
    title: comparison.title,
    summary: comparison.reading,
    source: `${reports}${also}; each cell links to the passages it rests on`,
    rounds,
    rows,
  };
}

import type { Dataset } from './data/load.ts';
import type { Figure } from './schemas/index.ts';
import { resolveCitation, type ResolvedCitation } from './citations/resolve.ts';
import { sourceName } from './sources/names.ts';

/** A figure as a short phrase that keeps its hedging: "at least 22", "fewer than 2,500", "a vague amount (read as 2–5)". */
export function formatFigure(f: Figure, locale = 'en'): string {
  const n = (v: number): string => v.toLocaleString(locale);
  switch (f.type) {
    case 'exact':
      return n(f.value);
    case 'at-least':
      return `at least ${n(f.value)}`;
    case 'more-than':
      return `more than ${n(f.value)}`;
    case 'fewer-than':
      return `fewer than ${n(f.value)}`;
    case 'about':
      return `about ${n(f.value)}`;
    case 'vague':
      return f.max === undefined
        ? `an unspecified number, at least ${n(f.min)}`
        : `an unspecified number, read as ${n(f.min)}–${n(f.max)}`;
    case 'none':
      return 'none';
    case 'unknown':
      return 'not known';
    case 'text':
      return f.value;
  }
}

/** The columns of a "who said what" table, in order; on a phone each cell is headed by its column's name. */
export const CLAIM_COLUMNS = ['Figure', "In the source's words", 'According to', 'Source'] as const;

/** One row of "who said what" for a question. */
export interface ClaimRow {
  id: string;
  figure: string;
  stated: string;
  claimant: string;
  via?: string;
  note?: string;
  citations: ResolvedCitation[];
}

/** The claims that answer a question, ready to show side by side. */
export function claimRows(data: Dataset, questionId: string): ClaimRow[] {
  const locale = data.explainer.dateLocale ?? data.explainer.lang;
  const actor = (id: string): string => data.actors.find((a) => a.id === id)?.name ?? id;
  return data.claims
    .filter((c) => c.question === questionId)
    .map((c) => ({
      id: c.id,
      figure: formatFigure(c.figure, locale),
      stated: c.stated,
      // A claim with no claimant is the report's own statement, attributed to no one.
      claimant: c.claimant
        ? actor(c.claimant)
        : `${sourceName(data.seedSources, c.cites[0]!.seed, 'short', { capital: true })}, in its own reporting`,
      ...(c.via ? { via: actor(c.via) } : {}),
      ...(c.note ? { note: c.note } : {}),
      citations: c.cites.map((cite) => resolveCitation(data, cite)),
    }));
}

import type { ResolvedCitation } from '../../lib/citations/resolve.ts';
import { claimRows, type ClaimRow } from '../../lib/claims-view.ts';
import type { Dataset } from '../../lib/data/load.ts';
import type { Question } from '../../lib/schemas/index.ts';
import { sourceName } from '../../lib/sources/names.ts';
import type { LayoutName } from '../shared/describe.ts';
import { LAYOUT_SIZES } from '../../charts/layouts.ts';
import {
  KEY_MARKS,
  layoutCounts,
  markKey,
  quoted,
  type CountPanel,
  type CountRow,
  type CountsLayout,
  type CountsOptions,
} from './counts.ts';

/** How each layout is drawn: its width, type size and arrangement (see src/charts/layouts.ts). */
export const COUNTS_LAYOUTS: Record<LayoutName, Pick<CountsOptions, 'width' | 'fontSize' | 'stacked'>> = LAYOUT_SIZES;

/** The entries of the key the chart needs: the kinds of mark it draws, and the words it sets where a mark would not say it. */
export interface CountsKey {
  marks: typeof KEY_MARKS;
  none: boolean;
  notGiven: boolean;
}

/** Only what the layout uses: a key never explains a symbol the chart does not draw. */
export function countsKey(layout: CountsLayout): CountsKey {
  const rows = layout.panels.flatMap((p) => p.rows);
  const used = new Set(rows.map((r) => markKey(r.mark)));
  return {
    marks: KEY_MARKS.filter((k) => used.has(k.key)),
    none: rows.some((r) => r.mark.kind === 'zero'),
    notGiven: rows.some((r) => r.mark.kind === 'missing'),
  };
}

/** Everything the counts figure's parts render, worked out from the data. */
export interface CountsView {
  layout: CountsLayout;
  key: CountsKey;
  panels: Array<{
    panel: CountPanel;
    rows: Array<{
      row: CountRow;
      /** Baseline of the first line of who gives the figure, so that the lines centre on the row's line. */
      claimantY: number;
      /** The same for the source's name. */
      sourceY: number;
      href: string;
      tip: string;
      label: string;
    }>;
  }>;
  /** The text alternative's rows, question by question. */
  table: Array<{
    key: string;
    question: string;
    figure: string;
    stated: string;
    note?: string | undefined;
    who: string;
    citations: ResolvedCitation[];
  }>;
}

/** "Regional officials, via a news agency": who gives a figure, and through whom. */
const who = (r: ClaimRow): string => `${r.claimant}${r.via ? `, via ${r.via}` : ''}`;
/** The labels of the passages a figure rests on. */
const sources = (r: ClaimRow): string => r.citations.map((c) => c.label).join('; ');

/** A row's tooltip: who, their words, the figure as read, and where it stands. */
export const countTip = (r: ClaimRow): string => `${who(r)}: ${quoted(r.stated)} (${r.figure}). ${sources(r)}.`;

/** The words a row shows, in the order it draws them: its source, who gives the figure, the hedge and the quote where drawn. */
export const rowText = (row: CountRow): string =>
  [...row.sourceLines, ...row.claimantLines, row.hedge?.text, row.stated?.text].filter((t) => t !== undefined).join(' ');

/**
 * A row's accessible name: the words it shows, so that speech input can say them (WCAG 2.5.3,
 * label in name), then what the tooltip leaves out, the question it answers and the figure as
 * read. The tooltip's words describe it (`aria-describedby`).
 */
export const countLabel = (question: string, row: CountRow, r: ClaimRow): string => `${rowText(row)}. ${question}: ${r.figure}.`;

/**
 * The counts figure for the questions `ids` names, in one of its layouts (wide unless named): the
 * layout, its key, each row's link and words, and the table. Throws, naming the figure and its
 * props, for an empty list, an unknown question or one with no number to draw.
 */
export function countsView(data: Dataset, ids: readonly string[], which: LayoutName = 'wide'): CountsView {
  const where = `<CountsFigure questions="${ids.join(',')}">`;
  const locale = data.explainer.dateLocale ?? data.explainer.lang;
  if (ids.length === 0) throw new Error(`${where}: name at least one question id`);
  const questions: Question[] = ids.map((qid) => {
    const q = data.questions.find((x) => x.id === qid);
    if (!q) throw new Error(`${where}: unknown question "${qid}" (not in content/data/questions.yaml)`);
    return q;
  });
  const actor = (aid: string): string => data.actors.find((a) => a.id === aid)?.name ?? aid;
  let layout: CountsLayout;
  try {
    layout = layoutCounts(questions, data.claims, {
      ...COUNTS_LAYOUTS[which],
      claimant: (c) => (c.claimant ? actor(c.claimant) : 'The report itself'),
      sourceName: (seed) => sourceName(data.seedSources, seed, 'short', { capital: true }),
      format: (v) => v.toLocaleString(locale),
    });
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`, { cause: error });
  }
  const rowsByQuestion = new Map(questions.map((q) => [q.id, claimRows(data, q.id)]));
  return {
    layout,
    key: countsKey(layout),
    panels: layout.panels.map((panel) => {
      const question = questions.find((q) => q.id === panel.questionId)!;
      const claims = rowsByQuestion.get(panel.questionId)!;
      return {
        panel,
        rows: panel.rows.map((row) => {
          const r = claims.find((c) => c.id === row.claimId)!;
          return {
            row,
            claimantY: row.claimantY,
            sourceY: row.sourceY,
            href: r.citations[0]!.href,
            tip: countTip(r),
            label: countLabel(question.label, row, r),
          };
        }),
      };
    }),
    table: questions.flatMap((q) =>
      rowsByQuestion.get(q.id)!.map((r) => ({
        key: r.id,
        question: q.label,
        figure: r.figure,
        stated: quoted(r.stated),
        note: r.note,
        who: who(r),
        citations: r.citations,
      })),
    ),
  };
}

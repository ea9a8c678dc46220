import { resolveCitation } from '../../lib/citations/resolve.ts';
import { formatFigure } from '../../lib/claims-view.ts';
import type { Dataset } from '../../lib/data/load.ts';
import { sourceName } from '../../lib/sources/names.ts';
import { quoted } from '../counts/counts.ts';
import type { LayoutName } from '../shared/describe.ts';
import { LAYOUT_SIZES } from '../../charts/layouts.ts';
import { HREF } from '../../lib/urls.ts';
import {
  EXTERNAL,
  MATRIX,
  OTHERS,
  layoutSourceMatrix,
  matrixInput,
  type CellState,
  type MatrixCell,
  type MatrixLayout,
  type MatrixOptions,
  type MatrixRow,
} from './source-matrix.ts';

/** How each layout is drawn: its width, type size and arrangement (see src/charts/layouts.ts). */
export const MATRIX_LAYOUTS: Record<LayoutName, Pick<MatrixOptions, 'width' | 'fontSize' | 'stacked'>> = LAYOUT_SIZES;

/** A grouped cell's count in words: "3 state it, 1 at odds with another source, 240 do not mention it". */
export function tallyWords(tally: Record<CellState, number>): string {
  const parts = [
    tally.states && `${tally.states} ${tally.states === 1 ? 'states' : 'state'} it`,
    tally.differs && `${tally.differs} at odds with another source`,
    tally.omits && `${tally.omits} ${tally.omits === 1 ? 'does' : 'do'} not mention it`,
  ];
  return parts.filter(Boolean).join(', ');
}

/** What a cell's state reads as, in the cell's accessible name and in the table. */
export const STATE_WORDS: Record<CellState, string> = { states: 'States', omits: 'Omits', differs: 'Differs' };

/** One cell as the component draws it: linked to the passage it rests on unless the source omits the fact. */
export interface MatrixCellView {
  cell: MatrixCell;
  row: MatrixRow;
  /** Unique in the figure. */
  key: string;
  href?: string;
  /** Its accessible name (when linked): the fact, the source, the state. */
  name: string;
  tip: string;
  /** For the table: the source's figures for a question, quoted; empty for an event. */
  figures: string[];
}

/** Everything the matrix's component renders, worked out from the data. */
export interface MatrixView {
  layout: MatrixLayout;
  /** Each column's heading for readers, by column key. */
  columnNames: Record<string, string>;
  cells: MatrixCellView[];
  /** The table: each group's rows, each row's cells in column order. */
  table: Array<{ kind: MatrixRow['kind']; label: string; rows: Array<{ row: MatrixRow; cells: MatrixCellView[] }> }>;
}

/** The matrix in one of its layouts (wide unless named), with each cell's link, name and words. */
export function sourceMatrixView(data: Dataset, which: LayoutName = 'wide'): MatrixView {
  const locale = data.explainer.dateLocale ?? data.explainer.lang;
  // Key events are checked against the events when the data loads (src/lib/data/load.ts).
  const layout = layoutSourceMatrix(matrixInput(data), {
    ...MATRIX_LAYOUTS[which],
    // The wide layout is the one printed: in parts that each fit a page.
    ...(which === 'wide' ? { partHeight: MATRIX.printPart } : {}),
    externalLabel: 'Outside references',
    othersLabel: (n) => `${n} other sources`,
  });
  const claimById = new Map(data.claims.map((c) => [c.id, c]));
  const actor = (aid: string): string => data.actors.find((a) => a.id === aid)?.name ?? aid;
  const columnNames = Object.fromEntries(
    layout.columns.map((col) => [
      col.key,
      col.key === EXTERNAL
        ? 'Outside references'
        : col.key === OTHERS
          ? col.label
          : sourceName(data.seedSources, col.key, 'short', { capital: true }),
    ]),
  );
  const rowById = new Map(layout.rows.map((r) => [r.id, r]));

  /** The words behind a cell: the source's figures for a question, or its passages for an event. */
  const words = (cell: MatrixCell): string[] => {
    if (cell.claims.length) {
      return cell.claims.map((cid) => {
        const c = claimById.get(cid)!;
        const by = c.claimant ? `${actor(c.claimant)}: ` : '';
        return `${by}${quoted(c.stated)} (${formatFigure(c.figure, locale)})`;
      });
    }
    return cell.cites.map((cite) => {
      const r = resolveCitation(data, cite);
      return r.kind === 'seed' ? quoted(r.quote) : `${r.detail} (${r.label}, ${r.publisher})`;
    });
  };
  const cells = layout.cells.map((cell): MatrixCellView => {
    const row = rowById.get(cell.row)!;
    const col = columnNames[cell.column] ?? cell.column;
    // A grouped cell leads to the sources page, where each of its sources has its own.
    const href = cell.tally
      ? cell.state === 'omits'
        ? undefined
        : HREF.sources
      : cell.state === 'omits' || !cell.cites[0]
        ? undefined
        : resolveCitation(data, cell.cites[0]).href;
    const lead = cell.state === 'differs' ? 'gives a figure or day at odds with another source' : 'states it';
    return {
      cell,
      row,
      key: `${cell.row}-${cell.column}`,
      ...(href ? { href } : {}),
      name: `${row.label}, ${col}: ${STATE_WORDS[cell.state]}`,
      tip: cell.tally
        ? `${row.label}. ${col}: ${tallyWords(cell.tally)}; each on the sources page.`
        : cell.state === 'omits'
          ? `${row.label}. ${col}: does not mention it.`
          : `${row.label}. ${col} ${lead}: ${words(cell).join('; ')}`,
      figures: cell.claims.length > 0 ? words(cell) : [],
    };
  });
  return {
    layout,
    columnNames,
    cells,
    table: layout.groups.map((g) => ({
      kind: g.kind,
      label: g.label,
      rows: layout.rows
        .filter((r) => r.kind === g.kind)
        .map((row) => ({ row, cells: cells.filter((c) => c.cell.row === row.id) })),
    })),
  };
}

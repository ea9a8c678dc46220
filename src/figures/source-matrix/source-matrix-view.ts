import { resolveCitation } from '../../lib/citations/resolve.ts';
import { formatFigure } from '../../lib/claims-view.ts';
import type { Dataset } from '../../lib/data/load.ts';
import { sourceName } from '../../lib/sources/names.ts';
import { quoted } from '../counts/counts.ts';
import {
  EXTERNAL,
  layoutSourceMatrix,
  matrixInput,
  type CellState,
  type MatrixCell,
  type MatrixLayout,
  type MatrixRow,
} from './source-matrix.ts';

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

/** The matrix at 720 units wide, with each cell's link, name and words. */
export function sourceMatrixView(data: Dataset): MatrixView {
  const locale = data.explainer.dateLocale ?? data.explainer.lang;
  // Key events are checked against the events when the data loads (src/lib/data/load.ts).
  const layout = layoutSourceMatrix(matrixInput(data), { width: 720 });
  const claimById = new Map(data.claims.map((c) => [c.id, c]));
  const actor = (aid: string): string => data.actors.find((a) => a.id === aid)?.name ?? aid;
  const columnNames = Object.fromEntries(
    layout.columns.map((col) => [
      col.key,
      col.key === EXTERNAL ? 'Outside references' : sourceName(data.seedSources, col.key, 'short', { capital: true }),
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
    const href = cell.state === 'omits' || !cell.cites[0] ? undefined : resolveCitation(data, cell.cites[0]).href;
    const lead = cell.state === 'differs' ? 'gives a figure or day at odds with another source' : 'states it';
    return {
      cell,
      row,
      key: `${cell.row}-${cell.column}`,
      ...(href ? { href } : {}),
      name: `${row.label}, ${col}: ${STATE_WORDS[cell.state]}`,
      tip:
        cell.state === 'omits'
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

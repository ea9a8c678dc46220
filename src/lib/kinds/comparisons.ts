import { smartQuotes } from '../format/typography.ts';
import { Comparison } from '../schemas/comparisons.ts';
import type { Kind } from './kind.ts';

export { Comparison } from '../schemas/comparisons.ts';

/** Events set side by side, respect by respect; shown by a comparison figure. Each cell carries its own citations. */
export const comparisons: Kind<'comparisons', 'comparison', Comparison> = {
  key: 'comparisons',
  name: 'comparison',
  file: 'content/data/comparisons.yaml',
  schema: Comparison,
  references: [
    { field: 'rounds[].event', to: 'events' },
    { field: 'rows[].cells[].question', to: 'questions' },
  ],
  typeset: (c) => ({
    ...c,
    title: smartQuotes(c.title),
    reading: smartQuotes(c.reading),
    rows: c.rows.map((row) => ({
      ...row,
      label: smartQuotes(row.label),
      cells: row.cells.map((cell) => ('text' in cell ? { ...cell, text: smartQuotes(cell.text) } : cell)),
    })),
  }),
};

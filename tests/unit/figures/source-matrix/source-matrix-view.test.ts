import { describe, expect, it } from 'vitest';
import { sourceMatrixView } from '../../../../src/figures/source-matrix/source-matrix-view.ts';
import { loadDataset } from '../../../../src/lib/data/load.ts';
import { TINY } from '../../../support/fixture.ts';

const data = loadDataset(TINY);

describe('sourceMatrixView', () => {
  const view = sourceMatrixView(data);

  it('heads each column with the source’s name for readers, and the outside references as such', () => {
    expect(view.layout.columns.map((c) => view.columnNames[c.key])).toEqual(['The tiny report', 'Outside references']);
  });

  it('links a cell that states a fact to its passage, names it by fact, source and state, and describes it in the source’s words', () => {
    const cell = view.cells.find((c) => c.cell.row === 'base-attack-wounded' && c.cell.column === '000')!;
    expect(cell.href).toMatch(/^\/sources\/000\/#/);
    expect(cell.name).toBe(`${cell.row.label}, The tiny report: ${cell.cell.state === 'differs' ? 'Differs' : 'States'}`);
    expect(cell.tip).toContain('Officials: “two people” (2)');
    expect(cell.tip).toContain('A local monitor: “at least three people” (at least 3)');
    expect(cell.figures).toHaveLength(2);
  });

  it('draws a cell whose source omits the fact without a link, and says so', () => {
    const omitted = view.cells.find((c) => c.cell.state === 'omits')!;
    expect(omitted.href).toBeUndefined();
    expect(omitted.tip).toBe(`${omitted.row.label}. ${view.columnNames[omitted.cell.column]}: does not mention it.`);
    expect(omitted.figures).toEqual([]);
  });

  it('groups the table’s rows as the chart does, each row with a cell per column', () => {
    expect(view.table.map((g) => g.kind)).toEqual(view.layout.groups.map((g) => g.kind));
    for (const g of view.table) for (const r of g.rows) expect(r.cells).toHaveLength(view.layout.columns.length);
    expect(new Set(view.cells.map((c) => c.key)).size).toBe(view.cells.length);
  });
});

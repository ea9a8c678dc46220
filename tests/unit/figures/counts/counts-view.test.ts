import { describe, expect, it } from 'vitest';
import { countLabel, countsView, countTip, rowText } from '../../../../src/figures/counts/counts-view.ts';
import { claimRows } from '../../../../src/lib/claims-view.ts';
import { loadDataset } from '../../../../src/lib/data/load.ts';
import { TINY } from '../../../support/fixture.ts';

const data = loadDataset(TINY);

describe('countsView', () => {
  const view = countsView(data, ['base-attack-wounded']);

  it('countsView(data, list) lays out a panel per question, each row linking to the passage it rests on', () => {
    expect(view.layout.panels.map((p) => p.questionId)).toEqual(['base-attack-wounded']);
    const [panel] = view.panels;
    expect(panel!.rows.map((r) => r.row.claimId)).toEqual(['wounded-officials', 'wounded-monitor']);
    for (const r of panel!.rows) {
      expect(r.href).toMatch(/^\/sources\/000\/#/);
      // One line of claimant: its baseline sits on the row's line.
      expect(r.claimantY).toBe(r.row.y + 4);
    }
  });

  it('gives each row a tooltip, and an accessible name that starts with the words it shows and names the question', () => {
    const [officials] = claimRows(data, 'base-attack-wounded');
    const first = view.panels[0]!.rows[0]!;
    expect(countTip(officials!)).toMatch(/^.+: “two people” \(2\)\. The tiny report, .+\.$/);
    expect(first.tip).toBe(countTip(officials!));
    // The row shows its source's name, who gives the figure and their words, in that order.
    expect(rowText(first.row)).toBe(`${first.row.sourceLines.join(' ')} Officials “two people”`);
    expect(first.row.sourceLines.join(' ')).not.toMatch(/\d{3}/);
    expect(first.label).toBe(`${first.row.sourceLines.join(' ')} Officials “two people”. Hurt at Example Base: 2.`);
    expect(countLabel('Hurt at Example Base', first.row, officials!)).toBe(first.label);
  });

  it('lists every figure in the table, question by question, quoted', () => {
    expect(view.table.map((r) => [r.key, r.question, r.stated])).toEqual([
      ['wounded-officials', 'Hurt at Example Base', '“two people”'],
      ['wounded-monitor', 'Hurt at Example Base', '“at least three people”'],
    ]);
  });

  it('refuses an empty list, an unknown question and one with no number to draw, naming the figure', () => {
    expect(() => countsView(data, [])).toThrow('<CountsFigure questions="">: name at least one question id');
    expect(() => countsView(data, ['nope'])).toThrow('<CountsFigure questions="nope">: unknown question "nope"');
    const words = { ...data, claims: data.claims.map((c) => ({ ...c, figure: { type: 'text' as const, value: 'many' } })) };
    expect(() => countsView(words, ['base-attack-wounded'])).toThrow(
      '<CountsFigure questions="base-attack-wounded">: question "base-attack-wounded" has no claim with a number to draw',
    );
  });
});

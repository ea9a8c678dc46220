import { describe, expect, it } from 'vitest';
import {
  COUNTS_LAYOUTS,
  countLabel,
  countsKey,
  countsView,
  countTip,
  rowText,
} from '../../../../src/figures/counts/counts-view.ts';
import { boxFrom } from '../../../../src/charts/boxes.ts';
import { textWidth } from '../../../../src/charts/text.ts';
import { layoutCounts, type CountsLayout } from '../../../../src/figures/counts/counts.ts';
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
      // One line of claimant: its baseline sits just under the row's line, by a third of the text's size.
      expect(r.claimantY).toBeCloseTo(r.row.y + view.layout.fontSize / 3, 0);
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

  it('lays the chart out wide at 608 units with 13-unit text, and for phones at 320 with 13.5, names above each mark', () => {
    const wide = countsView(data, ['base-attack-wounded'], 'wide').layout;
    const narrow = countsView(data, ['base-attack-wounded'], 'narrow').layout;
    expect([wide.width, wide.fontSize, wide.stacked]).toEqual([608, 13, false]);
    expect([narrow.width, narrow.fontSize, narrow.stacked]).toEqual([320, 13.5, true]);
    for (const row of narrow.panels.flatMap((p) => p.rows)) {
      // Both names sit above the row's line, and the plot starts at the left edge.
      expect(row.claimantY).toBeLessThan(row.y - 8);
      expect(row.sourceY).toBeLessThan(row.claimantY);
    }
    expect(narrow.panels[0]!.x0).toBeLessThan(20);
  });

  it('lists in its key only the kinds of mark and the words the chart uses', () => {
    const key = countsKey(view.layout);
    // The tiny fixture's wounded: an exact figure and an "at least".
    expect(key.marks.map((k) => k.key)).toEqual(['exact', 'at-least']);
    expect([key.none, key.notGiven]).toEqual([false, false]);
    expect(view.key).toEqual(key);
  });
});

/** Every label a layout sets, with the edges of the text it would take at the layout's size. */
const labelsOf = (l: CountsLayout) =>
  l.panels.flatMap((p) => [
    ...p.ticks.map((t) => boxFrom(t.x - textWidth(t.label, l.fontSize) / 2, t.x + textWidth(t.label, l.fontSize) / 2, 0, 0)),
    ...p.rows.flatMap((r) => [r.hedge, r.stated].filter((x) => x !== undefined).map((x) => x.box)),
  ]);

describe('counts layouts at phone and wide widths', () => {
  const q = { id: 'q', question: 'q?', label: 'Killed', event: 'e', unit: 'people' };
  const claim = (id: string, figure: Parameters<typeof layoutCounts>[1][number]['figure']) => ({
    id,
    question: 'q',
    figure,
    stated: `${id} words`,
    claimant: 'someone',
    cites: [{ seed: '000', quote: 'x' }],
  });
  const claims = [
    claim('one', { type: 'exact', value: 1 }),
    claim('handful', { type: 'vague', min: 2, max: 5 }),
    claim('twenty-two', { type: 'at-least', value: 22 }),
    claim('seventeen', { type: 'at-least', value: 17 }),
    claim('unknown', { type: 'unknown' }),
  ];

  it.each(Object.entries(COUNTS_LAYOUTS))(
    '%s: every mark and label lies inside the chart, the axis reaching every figure',
    (_, options) => {
      const l = layoutCounts([q], claims, options);
      const p = l.panels[0]!;
      expect(p.ticks.at(-1)!.value).toBeGreaterThanOrEqual(22);
      for (const b of labelsOf(l)) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(l.width);
      }
      for (const r of p.rows) {
        const m = r.mark;
        if (m.kind === 'open' || m.kind === 'range') expect(Math.max(m.to, 'x' in m ? m.x : 0)).toBeLessThanOrEqual(l.width);
        if (m.kind === 'point') expect(m.x).toBeLessThanOrEqual(l.width);
        for (const line of [...r.sourceLines, ...r.claimantLines])
          expect(textWidth(line, l.fontSize)).toBeLessThanOrEqual(l.width);
      }
    },
  );
});

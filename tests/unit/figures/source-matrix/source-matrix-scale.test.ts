import { describe, expect, it } from 'vitest';
import { incidentKinds } from '../../../../src/lib/event-kinds.ts';
import { KINDS } from '../../../support/event-kinds.ts';
import {
  EXTERNAL,
  layoutSourceMatrix,
  MATRIX,
  OTHERS,
  type MatrixInput,
} from '../../../../src/figures/source-matrix/source-matrix.ts';
import { MATRIX_LAYOUTS, tallyWords } from '../../../../src/figures/source-matrix/source-matrix-view.ts';
import { textWidth } from '../../../../src/charts/text.ts';
import type { Claim, Event, Question } from '../../../../src/lib/schemas/index.ts';

/** A synthetic explainer with `n` sources: two key events each told by every third source, and ten questions each answered by a few. */
function synthetic(n: number): MatrixInput {
  const seeds = Array.from({ length: n }, (_, i) => String(i).padStart(3, '0'));
  const event = (id: string, date: string): Event => ({
    id,
    title: `The event called ${id}`,
    kind: 'airstrike',
    when: { date, approximate: false, basis: 'stated', cite: { seed: '000', quote: 'q' } },
    times: [],
    places: [],
    actors: [],
    summary: 'A summary long enough.',
    cites: seeds.filter((_, i) => i % 3 === 0).map((seed) => ({ seed, quote: 'passage' })),
  });
  const questions: Question[] = Array.from({ length: 10 }, (_, i) => ({
    id: `q${i}`,
    question: `q${i}?`,
    label: `How many in question ${i}`,
    event: 'e',
  }));
  const claims: Claim[] = questions.flatMap((q, i) =>
    [i, i + 20, i + 200].map((s, j) => ({
      id: `${q.id}-${j}`,
      question: q.id,
      // The third source of each question gives a figure at odds with the first two.
      figure: { type: 'exact' as const, value: j === 2 ? 9 : 3 },
      stated: 'words',
      cites: [{ seed: seeds[s % n]!, quote: 'words' }],
    })),
  );
  return {
    seeds,
    names: Object.fromEntries(seeds.map((s) => [s, `The report numbered ${s}`])),
    events: [event('first', '2021-02-01'), event('last', '2021-03-01')],
    keyEvents: ['first', 'last'],
    incidentKinds: incidentKinds(KINDS),
    questions,
    claims,
  };
}

describe('source matrix at many sources', () => {
  it.each(Object.entries(MATRIX_LAYOUTS))('%s: 250 sources make no more columns than a dozen do', (_, options) => {
    const few = layoutSourceMatrix(synthetic(MATRIX.maxColumns), options);
    const many = layoutSourceMatrix(synthetic(250), options);
    // A dozen sources are drawn one by one, then the outside references.
    expect(few.columns.map((c) => c.key)).toEqual([...synthetic(MATRIX.maxColumns).seeds, EXTERNAL]);
    expect(few.grouped).toEqual([]);
    // 250: the first eleven, one column for the other 239, then the outside references.
    expect(many.columns).toHaveLength(MATRIX.maxColumns + 1);
    expect(many.columns.at(-2)).toMatchObject({ key: OTHERS, label: '239 other sources' });
    expect(many.grouped).toHaveLength(239);
    expect(many.cells).toHaveLength(many.rows.length * (MATRIX.maxColumns + 1));
    expect(many.cells.length).toBe(few.cells.length);
    expect(many.height).toBe(few.height);
    expect(many.width).toBe(options.width);
  });

  it('counts the grouped sources in their column: at odds if any is, stated if any states it', () => {
    const many = layoutSourceMatrix(synthetic(250), MATRIX_LAYOUTS.wide);
    const cell = (row: string) => many.cells.find((c) => c.row === row && c.column === OTHERS)!;
    // Every third source tells each event; 239 grouped sources, from number 11 on.
    const tellers = Array.from({ length: 239 }, (_, i) => i + 11).filter((i) => i % 3 === 0).length;
    expect(cell('first')).toMatchObject({ state: 'states', tally: { states: tellers, differs: 0, omits: 239 - tellers } });
    // Question 0 is answered by sources 0, 20 and 200; 200 is at odds with both, so all three differ.
    expect(cell('q0')).toMatchObject({ state: 'differs', tally: { states: 0, differs: 2, omits: 237 } });
    expect(many.cells.find((c) => c.row === 'q0' && c.column === '000')!.state).toBe('differs');
    // The grouped column carries counts, not each source's passages.
    expect(cell('q0').cites).toEqual([]);
    expect(tallyWords({ states: 3, differs: 0, omits: 1 })).toBe('3 state it, 1 does not mention it');
    expect(tallyWords(cell('q0').tally!)).toBe('2 at odds with another source, 237 do not mention it');
  });
});

describe('source matrix layouts', () => {
  const input = synthetic(5);

  it('wide: 608 units, headings over columns right of the labels, every label inside', () => {
    const l = layoutSourceMatrix(input, MATRIX_LAYOUTS.wide);
    expect([l.width, l.fontSize, l.stacked]).toEqual([608, 13, false]);
    expect(l.headBands).toEqual([l.headY]);
    for (const col of l.columns) {
      expect(col.x - l.columnWidth / 2).toBeGreaterThan(l.labelRight);
      expect(col.x + l.columnWidth / 2).toBeLessThanOrEqual(l.width);
    }
    for (const row of l.rows) for (const line of row.lines) expect(textWidth(line, l.fontSize)).toBeLessThanOrEqual(l.labelRight);
  });

  it('narrow: 320 units, each label on its own lines above its marks, upright headings at the top of each group', () => {
    const l = layoutSourceMatrix(input, MATRIX_LAYOUTS.narrow);
    expect([l.width, l.fontSize, l.stacked]).toEqual([320, 13.5, true]);
    expect(l.headBands).toHaveLength(l.groups.length);
    for (const col of l.columns) {
      expect(col.x - l.columnWidth / 2).toBeGreaterThanOrEqual(0);
      expect(col.x + l.columnWidth / 2).toBeLessThanOrEqual(l.width);
      // An upright heading is no wider than its column.
      expect(l.fontSize).toBeLessThan(l.columnWidth);
    }
    for (const [i, band] of l.headBands.entries()) {
      // The tallest heading stands between its group's title and the first row.
      const tallest = Math.max(...l.columns.map((c) => textWidth(c.label, l.fontSize, { strong: true })));
      expect(band - tallest).toBeGreaterThan(l.groups[i]!.y);
      const first = l.rows.find((r) => r.top >= band)!;
      expect(first.top).toBeGreaterThanOrEqual(band);
    }
    for (const row of l.rows) {
      for (const line of row.lines) expect(textWidth(line, l.fontSize)).toBeLessThanOrEqual(l.width);
      // The marks sit below the label's last line.
      expect(row.y - MATRIX.radius).toBeGreaterThan(row.labelY + (row.lines.length - 1) * l.lineHeight);
    }
  });
});

describe('source matrix in parts', () => {
  const input = synthetic(5);
  const whole = layoutSourceMatrix(input, MATRIX_LAYOUTS.wide);

  it('is one part, the whole chart, when no part height is given', () => {
    expect(whole.parts).toEqual([{ top: 0, bottom: whole.height }]);
  });

  it('breaks between rows into parts no taller than asked, each under the column headings and a group heading', () => {
    const partHeight = 260;
    const l = layoutSourceMatrix(input, { ...MATRIX_LAYOUTS.wide, partHeight });
    expect(l.parts.length).toBeGreaterThan(2);
    // The parts tile the chart, top to bottom, and keep every row whole.
    expect(l.parts[0]!.top).toBe(0);
    expect(l.parts.at(-1)!.bottom).toBe(l.height);
    for (const [i, part] of l.parts.entries()) {
      if (i > 0) expect(part.top).toBe(l.parts[i - 1]!.bottom);
      expect(part.bottom - part.top).toBeLessThanOrEqual(partHeight + 4);
      const inside = (y: number): boolean => y >= part.top && y < part.bottom;
      expect(l.headBands.filter(inside)).toHaveLength(1);
      const heads = l.groups.filter((g) => inside(g.y));
      const rows = l.rows.filter((r) => inside(r.top));
      expect(heads.length).toBeGreaterThan(0);
      expect(rows.length).toBeGreaterThan(0);
      // Headings first, then rows; no group heading is left without a row under it.
      expect(Math.min(...rows.map((r) => r.top))).toBeGreaterThan(heads[0]!.y);
      for (const g of heads) expect(rows.some((r) => r.kind === g.kind && r.top > g.y)).toBe(true);
      for (const r of rows) expect(r.top + r.height).toBeLessThanOrEqual(part.bottom);
    }
    // The same rows in the same order as the whole chart; a group that goes on says so.
    expect(l.rows.map((r) => r.id)).toEqual(whole.rows.map((r) => r.id));
    expect(l.groups.map((g) => g.label)).toContain('Questions of fact and number, continued');
    for (const [i, g] of l.groups.entries()) if (g.label.endsWith(', continued')) expect(l.groups[i - 1]!.kind).toBe(g.kind);
  });

  it('evens out its parts, so none is left with a row or two', () => {
    const l = layoutSourceMatrix(input, { ...MATRIX_LAYOUTS.wide, partHeight: 260 });
    const heights = l.parts.map((p) => p.bottom - p.top);
    const slack = Math.max(...l.rows.map((r) => r.height)) + MATRIX.headHeight + MATRIX.groupHeight;
    expect(Math.max(...heights) - Math.min(...heights)).toBeLessThanOrEqual(slack * (13 / 12));
  });

  it('draws the first part as the whole chart draws its top', () => {
    const l = layoutSourceMatrix(input, { ...MATRIX_LAYOUTS.wide, partHeight: 260 });
    expect(l.headBands[0]).toBe(whole.headBands[0]);
    expect(l.rows[0]).toEqual(whole.rows[0]);
  });
});

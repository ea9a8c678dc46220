import { describe, expect, it } from 'vitest';
import { boxFrom, overlaps as overlap } from '../../../../src/charts/boxes.ts';
import {
  COUNTS,
  layoutCounts,
  placeStated,
  quoted,
  type Box,
  type CountRow,
  type CountsLayout,
} from '../../../../src/figures/counts/counts.ts';
import type { Claim, Figure, Question } from '../../../../src/lib/schemas/index.ts';

const question = (id: string, unit = 'people'): Question => ({
  id,
  question: `${id}?`,
  label: `Label of ${id}`,
  event: 'e',
  unit,
});
const claim = (id: string, figure: Figure, stated = id, seed = '000', q = 'q'): Claim => ({
  id,
  question: q,
  figure,
  stated,
  claimant: 'someone',
  cites: [{ seed, quote: stated }],
});
const WIDTH = 720;
const layout = (claims: Claim[], questions = [question('q')]): CountsLayout => layoutCounts(questions, claims, { width: WIDTH });
const rowOf = (l: CountsLayout, id: string) => l.panels.flatMap((p) => p.rows).find((r) => r.claimId === id)!;
const right = (b: Box): number => b.x + b.width;

describe('counts layout', () => {
  it('puts zero at the left of the plot and keeps every tick an integer', () => {
    const l = layout([claim('a', { type: 'exact', value: 22 })]);
    const p = l.panels[0]!;
    expect(p.ticks[0]).toEqual({ x: COUNTS.plotLeft, value: 0, label: '0' });
    expect(p.ticks.every((t) => Number.isInteger(t.value))).toBe(true);
    // The scale ends short of the right edge, so open arrows visibly run past it.
    expect(p.ticks.at(-1)!.x).toBeLessThanOrEqual(p.axisEnd);
    expect(p.axisEnd).toBeLessThan(p.x1);
    expect(rowOf(l, 'a').mark).toEqual({ kind: 'point', x: expect.any(Number) });
  });

  it('draws "at least" as an open interval to the right edge, and "more than" with an open circle', () => {
    const l = layout([claim('least', { type: 'at-least', value: 8 }), claim('more', { type: 'more-than', value: 8 })]);
    const p = l.panels[0]!;
    const least = rowOf(l, 'least').mark;
    const more = rowOf(l, 'more').mark;
    expect(least).toMatchObject({ kind: 'open', direction: 'right', to: p.x1, filled: true });
    expect(more).toMatchObject({ kind: 'open', direction: 'right', to: p.x1, filled: false });
    if (least.kind !== 'open') throw new Error('unreachable');
    expect(least.x).toBeLessThan(p.axisEnd);
  });

  it('draws "fewer than" as an open circle with an arrow running left to zero', () => {
    const l = layout([claim('fewer', { type: 'fewer-than', value: 2500 })]);
    expect(rowOf(l, 'fewer').mark).toMatchObject({ kind: 'open', direction: 'left', to: COUNTS.plotLeft, filled: false });
    expect(l.panels[0]!.ticks.map((t) => t.label)).toContain('2,500');
  });

  it('gives "about" a band of 10% either side, labelled about', () => {
    const l = layout([claim('about', { type: 'about', value: 100 })]);
    const row = rowOf(l, 'about');
    if (row.mark.kind !== 'band') throw new Error(`expected a band, got ${row.mark.kind}`);
    expect(row.mark.x - row.mark.from).toBeCloseTo(row.mark.to - row.mark.x, 0);
    expect(row.hedge?.text).toBe('about');
  });

  it('draws a vague claim with a max as a closed range, and one without a max as open to the right', () => {
    const l = layout([claim('closed', { type: 'vague', min: 2, max: 5 }), claim('open', { type: 'vague', min: 3 })]);
    const p = l.panels[0]!;
    const closed = rowOf(l, 'closed').mark;
    expect(closed).toMatchObject({ kind: 'range', open: false });
    expect(rowOf(l, 'open').mark).toMatchObject({ kind: 'range', open: true, to: p.x1 });
    if (closed.kind !== 'range') throw new Error('unreachable');
    expect(closed.to).toBeLessThan(p.axisEnd);
  });

  it('draws "none" at zero, labelled none, and no mark at all for a claim with no figure', () => {
    const l = layout([
      claim('count', { type: 'exact', value: 3 }),
      claim('none', { type: 'none' }),
      claim('unknown', { type: 'unknown' }, 'did not say'),
    ]);
    expect(rowOf(l, 'none').mark).toEqual({ kind: 'zero', x: COUNTS.plotLeft });
    expect(rowOf(l, 'none').hedge?.text).toBe('none');
    const unknown = rowOf(l, 'unknown');
    expect(unknown.mark).toEqual({ kind: 'missing' });
    expect(unknown.hedge?.text).toBe('not given');
    // The source's words still appear in the row, after "not given".
    expect(unknown.stated?.text).toBe('“did not say”');
    expect(unknown.stated!.box.x).toBeGreaterThan(right(unknown.hedge!.box));
  });

  it('moves a label that would collide with another, and never lets two overlap', () => {
    // The zero mark's "none" sits where the quote would go first, so the quote moves right of it.
    const l = layout([claim('count', { type: 'exact', value: 10 }), claim('none', { type: 'none' }, 'injured no one')]);
    const none = rowOf(l, 'none');
    expect(none.stated!.box.x).toBeGreaterThanOrEqual(right(none.hedge!.box) + 4);

    // Crowded rows: long quotes beside open arrows near both ends of the scale.
    const long = 'a long phrase from the source that needs a good deal of room';
    const crowded = layout([
      claim('a', { type: 'at-least', value: 1 }, long),
      claim('b', { type: 'at-least', value: 19 }, long),
      claim('c', { type: 'about', value: 20 }, 'about twenty'),
      claim('d', { type: 'fewer-than', value: 20 }, long),
      claim('e', { type: 'vague', min: 1 }, long),
      claim('f', { type: 'exact', value: 20 }, `${long} ${long}`),
    ]);
    const p = crowded.panels[0]!;
    const boxes = p.rows.flatMap((r) => [r.hedge?.box, r.stated?.box]).filter((b): b is Box => b !== undefined);
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(p.x0);
      expect(right(b)).toBeLessThanOrEqual(p.x1);
    }
    // A quote too long for the plot is left to the tooltip and the table, not squeezed in.
    expect(rowOf(crowded, 'f').stated).toBeUndefined();
    // The about row's quote does not sit on its "about".
    const c = rowOf(crowded, 'c');
    expect(overlap(c.stated!.box, c.hedge!.box)).toBe(false);
  });

  it('moves the second of two colliding labels to the next free place, and drops it when none is free', () => {
    const row: CountRow = {
      claimId: 'r',
      source: '000',
      sourceLines: ['A report'],
      claimantLines: ['x'],
      sourceY: 125,
      claimantY: 125,
      top: 100,
      height: 32,
      y: 121,
      mark: { kind: 'point', x: 400 },
    };
    const free = placeStated('“six”', row, 262, 698, [])!;
    expect(free).toMatchObject({ x: 413, y: 125, anchor: 'start' });
    // Another label already sits right of the mark: the quote goes to its left instead.
    const left = placeStated('“six”', row, 262, 698, [free.box])!;
    expect(left.anchor).toBe('end');
    expect(right(left.box)).toBeLessThan(400);
    expect(overlap(left.box, free.box)).toBe(false);
    // Both sides of the line taken: it goes above the line.
    const above = placeStated('“six”', row, 262, 698, [free.box, left.box])!;
    expect(above.y).toBeLessThan(row.y - 5);
    // Everything taken: no label, rather than one on top of another.
    expect(placeStated('“six”', row, 262, 698, [boxFrom(262, 698, 100, 132)])).toBeUndefined();
  });

  it('keeps each label clear of its own row and the rows around it', () => {
    const l = layout([
      claim('a', { type: 'at-least', value: 1 }, 'at least one fighter was killed'),
      claim('b', { type: 'vague', min: 3 }, 'injuring a number of American contractors and a US service member'),
      claim('c', { type: 'exact', value: 6 }, 'A US service member and five other contractors'),
    ]);
    for (const row of l.panels[0]!.rows) {
      expect(row.stated).toBeDefined();
      expect(row.stated!.box.y).toBeGreaterThanOrEqual(row.top);
      expect(row.stated!.box.y + row.stated!.box.height).toBeLessThanOrEqual(row.top + row.height);
    }
  });

  it('stacks one panel per question, in the order given, each with its own scale', () => {
    const claims = [
      claim('x1', { type: 'exact', value: 3 }, 'three', '000', 'x'),
      claim('y1', { type: 'exact', value: 3000 }, 'three thousand', '001', 'y'),
    ];
    const l = layout(claims, [question('y'), question('x')]);
    expect(l.panels.map((p) => p.questionId)).toEqual(['y', 'x']);
    expect(l.panels[1]!.top).toBeGreaterThan(l.panels[0]!.top + l.panels[0]!.height);
    expect(l.panels[0]!.ticks.at(-1)!.value).toBeGreaterThan(1000);
    expect(l.panels[1]!.ticks.at(-1)!.value).toBeLessThan(10);
    expect(rowOf(l, 'y1').source).toBe('001');
    expect(l.height).toBeCloseTo(l.panels[1]!.top + l.panels[1]!.height, 5);
  });

  it('refuses a question with no number to draw, but draws one whose only answer is none', () => {
    expect(() => layout([claim('t', { type: 'text', value: 'Thursday' })])).toThrow(
      'question "q" has no claim with a number to draw',
    );
    expect(() => layout([claim('u', { type: 'unknown' })])).toThrow('no claim with a number');
    const zero = layout([claim('n', { type: 'none' })]).panels[0]!;
    expect(zero.ticks.map((t) => t.value)).toEqual([0, 1]);
  });

  it('quotes the source once, even when its words carry their own quotation marks', () => {
    expect(quoted('several facilities')).toBe('“several facilities”');
    expect(quoted('“multiple facilities”')).toBe('“multiple facilities”');
    const l = layout([claim('a', { type: 'vague', min: 2 }, '"multiple facilities"')]);
    expect(rowOf(l, 'a').stated?.text).toBe('“multiple facilities”');
  });

  it('is deterministic and rounds every number to a tenth', () => {
    const claims = [
      claim('a', { type: 'about', value: 7 }),
      claim('b', { type: 'vague', min: 1, max: 3 }),
      claim('c', { type: 'at-least', value: 3 }),
      claim('d', { type: 'fewer-than', value: 6 }),
    ];
    const once = layout(claims);
    expect(layout(claims)).toEqual(once);
    const numbers: number[] = [];
    JSON.stringify(once, (_k, v: unknown) => {
      if (typeof v === 'number') numbers.push(v);
      return v;
    });
    for (const n of numbers) expect(Math.round(n * 10) / 10).toBe(n);
  });

  it("keeps a stacked row's quote on its line beside the mark, never over the names above it", () => {
    const row: CountRow = {
      claimId: 'r',
      source: '000',
      sourceLines: ['A report'],
      claimantLines: ['x'],
      sourceY: 105,
      claimantY: 121,
      top: 90,
      height: 60,
      y: 140,
      mark: { kind: 'point', x: 100 },
    };
    const stacked = { fontSize: 13.5, stacked: true };
    expect(placeStated('“six”', row, 8, 298, [], stacked)).toMatchObject({ anchor: 'start', y: 144.9 });
    // With both sides taken, a side-by-side row would set it above the line; a stacked one drops it.
    const taken = [boxFrom(8, 94, 120, 160), boxFrom(106, 298, 120, 160)];
    expect(placeStated('“six”', row, 8, 298, taken, stacked)).toBeUndefined();
    expect(
      placeStated(
        '“six”',
        row,
        8,
        298,
        taken.map((b) => boxFrom(b.x, right(b), 135, 160)),
      ),
    ).toMatchObject({ y: 130 });
  });
});

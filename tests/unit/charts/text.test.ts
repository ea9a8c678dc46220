import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../../src/charts/text.ts';

describe('textWidth', () => {
  it("sums Inter's advance widths: narrow letters narrow, capitals and m wide, semibold wider", () => {
    // Inter's regular "n" is 0.591 em, "i" 0.242 em, "M" 0.903 em; 2% to spare.
    expect(textWidth('n', 10)).toBeCloseTo(5.91 * 1.02, 2);
    expect(textWidth('iiii', 12)).toBeLessThan(textWidth('mmmm', 12) / 3);
    expect(textWidth('Baghdad', 12)).toBeGreaterThan(textWidth('Erbil', 12));
    expect(textWidth('Erbil', 12, { strong: true })).toBeGreaterThan(textWidth('Erbil', 12));
    expect(textWidth('Erbil', 24)).toBeCloseTo(2 * textWidth('Erbil', 12), 6);
  });

  it('sets text in capitals with tracking between the letters, not after the last', () => {
    expect(textWidth('Iraq', 12, { caps: true })).toBe(textWidth('IRAQ', 12));
    expect(textWidth('IRAQ', 12, { caps: true, tracking: 1.5 })).toBeCloseTo(textWidth('IRAQ', 12) + 3 * 1.5, 6);
  });

  it('counts a character it has no width for as a wide one, so as never to measure short', () => {
    expect(textWidth('ж', 10)).toBeGreaterThan(textWidth('n', 10));
    expect(textWidth('', 10)).toBe(0);
  });
});

describe('wrapText', () => {
  it('breaks at spaces into lines no wider than the width, measured at the size and weight given', () => {
    const lines = wrapText('Syrian Observatory for Human Rights (SOHR)', 180, 13);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(180);
    // Semibold takes more room, so the same width can hold fewer words a line.
    expect(wrapText('Popular Mobilisation Forces', 176, 13)).toEqual(['Popular Mobilisation Forces']);
    expect(wrapText('Popular Mobilisation Forces', 176, 13, { strong: true })).toHaveLength(2);
  });

  it('balances the lines: as many as filling line by line takes, none left with a word alone', () => {
    // Filled line by line: "Militia drone and rocket attacks on US forces in" / "Iraq".
    expect(wrapText('Militia drone and rocket attacks on US forces in Iraq', 320, 13.5)).toEqual([
      'Militia drone and rocket',
      'attacks on US forces in Iraq',
    ]);
    expect(wrapText('Syrian Observatory for Human Rights (SOHR)', 180, 13)).toEqual([
      'Syrian Observatory for',
      'Human Rights (SOHR)',
    ]);
    expect(wrapText('Base north of Baghdad (Balad, per Reuters)', 165, 13.5)).toEqual([
      'Base north of Baghdad',
      '(Balad, per Reuters)',
    ]);
  });

  it('keeps a word longer than the line on a line of its own, and gives no line for no text', () => {
    expect(wrapText('a Mobilisation b', 20, 13)).toEqual(['a', 'Mobilisation', 'b']);
    expect(wrapText('  short  ', 160, 13)).toEqual(['short']);
    expect(wrapText('', 160, 13)).toEqual([]);
  });
});

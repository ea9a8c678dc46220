import { describe, expect, it } from 'vitest';
import { carriesOwnQuoteMarks } from '../../../src/lib/text/quote-marks.ts';

describe('carriesOwnQuoteMarks', () => {
  it('holds for a passage wrapped whole in straight or curly double quotation marks', () => {
    expect(carriesOwnQuoteMarks('"This proportionate military response was conducted together with diplomatic measures."')).toBe(
      true,
    );
    expect(
      carriesOwnQuoteMarks('“necessary, appropriate, and deliberate action designed to limit the risk of escalation,”'),
    ).toBe(true);
    expect(carriesOwnQuoteMarks('  “Definitely,”  ')).toBe(true);
  });

  it('does not hold when the words go on after the closing mark, or another quotation sits inside', () => {
    expect(carriesOwnQuoteMarks('"We take these attacks very seriously," Kirby said Monday.')).toBe(false);
    expect(carriesOwnQuoteMarks('"One," he said, "and two."')).toBe(false);
    expect(carriesOwnQuoteMarks('“Definitely,” he said, “yes.”')).toBe(false);
    expect(carriesOwnQuoteMarks('The statement described the airstrikes as "defensive."')).toBe(false);
  });

  it('does not pair marks of two kinds, nor take one mark or two for a quotation', () => {
    expect(carriesOwnQuoteMarks('"mixed”')).toBe(false);
    expect(carriesOwnQuoteMarks('"')).toBe(false);
    expect(carriesOwnQuoteMarks('""')).toBe(false);
    expect(carriesOwnQuoteMarks("'single'")).toBe(false);
  });
});

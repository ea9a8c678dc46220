import { describe, expect, it } from 'vitest';
import { segmentBlock } from '../../../src/lib/sources/segments.ts';

const block = { text: 'one two three four five', start: 100 };

describe('segmentBlock', () => {
  it('returns the whole block as plain text when nothing is cited', () => {
    expect(segmentBlock(block, [])).toEqual([{ text: block.text, passages: [] }]);
  });
  it('marks a cited run with its anchor', () => {
    expect(segmentBlock(block, [{ start: 104, end: 107 }])).toEqual([
      { text: 'one ', passages: [] },
      { text: 'two', passages: ['c-104-107'] },
      { text: ' three four five', passages: [] },
    ]);
  });
  it('merges overlapping passages into one run that keeps both anchors', () => {
    const out = segmentBlock(block, [
      { start: 108, end: 118 },
      { start: 104, end: 113 },
    ]);
    expect(out).toEqual([
      { text: 'one ', passages: [] },
      { text: 'two three four', passages: ['c-104-113', 'c-108-118'] },
      { text: ' five', passages: [] },
    ]);
    expect(out.map((s) => s.text).join('')).toBe(block.text);
  });
  it('ignores passages from other blocks', () => {
    expect(segmentBlock(block, [{ start: 10, end: 20 }])).toHaveLength(1);
  });
});

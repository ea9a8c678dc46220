import { describe, expect, it } from 'vitest';
import { NormalizedText } from '../../../src/lib/text/normalize.ts';
import { describeDifferences, nearEnough } from '../../../src/lib/text/closest.ts';
import { PassageFinder } from '../../../src/lib/data/verify.ts';
import { readSeeds } from '../../../src/lib/seeds/read.ts';
import { TINY } from '../../support/fixture.ts';

const text = new NormalizedText(
  [
    'Rockets struck Example Base on Monday, wounding two people, officials said.',
    'The base lies 10 km from the city, and the minister said ‘we will answer’.',
    'A local monitor said at least three people were hurt at Exampel Base.',
  ].join('\n'),
);

describe('NormalizedText.closest', () => {
  it.each([
    ['10km from the city', '10 km from the city', 'a space differs'],
    ['10km', '10 km', 'a space differs'],
    ['at least thre people', 'at least three people', 'the source has "three" for "thre"'],
    ['Rockets struck Example Base on Tuesday', 'Rockets struck Example Base on Monday', 'the source has "Monday" for "Tuesday"'],
    ['rockets struck example base', 'Rockets struck Example Base', 'letter case differs'],
    ['the minister said "we will answer"', 'the minister said ‘we will answer’', 'quotation marks differ'],
    ['wounding two peple officials said', 'wounding two people, officials said', 'the source has "people," for "peple"'],
  ])('suggests the passage nearest to %j', (quote, passage, differs) => {
    expect(text.find(quote)).toBeUndefined();
    expect(text.closest(quote)).toEqual({ text: passage, differs });
  });

  it('finds curly and straight quotation marks alike, so they never need a suggestion', () => {
    expect(text.find("the minister said 'we will answer'")).toBeDefined();
  });

  it.each(['helicopters landed near the river at dawn', 'Rockets struck the airport on Friday night', 'xyzzy'])(
    'suggests nothing for %j, which is nowhere near',
    (quote) => {
      expect(text.closest(quote)).toBeUndefined();
    },
  );

  it('allows about one edit in five letters', () => {
    expect([4, 9, 10, 38].map(nearEnough)).toEqual([1, 1, 2, 7]);
  });

  it('finds a near passage in a long text, among many stretches that share its words', () => {
    const filler = 'The minister said the strikes hit the base near the border town, officials said. ';
    const long = new NormalizedText(`${filler.repeat(20_000)}Rockets struck Tall Example on Monday. ${filler.repeat(20_000)}`);
    expect(long.closest('Rockets struck Tal Example on Monday')).toEqual({
      text: 'Rockets struck Tall Example on Monday',
      differs: 'the source has "Tall" for "Tal"',
    });
  });
});

describe('describeDifferences', () => {
  it('counts spaces, and lists at most three other differences', () => {
    expect(describeDifferences('a b c', 'abc')).toBe('spaces differ');
    expect(describeDifferences('one two three four five', 'one 2 three 4 five six seven')).toBe(
      'the source has "2" for "two", "4" for "four", "six seven" that the quote lacks',
    );
    expect(describeDifferences('a very big b', 'a b')).toBe('the source has no "very big"');
    expect(describeDifferences('a b c d e f g h', 'a x c y e z g w')).toBe(
      'the source has "x" for "b", "y" for "d", "z" for "f", and 1 more',
    );
  });
});

describe('PassageFinder', () => {
  const finder = new PassageFinder(readSeeds(`${TINY}seeds`));
  it('names the nearest passage of the seed when a quote misses it narrowly', () => {
    expect(finder.locate('000', 'at least thre people were hurt')).toBe(
      'quote not found in seed 000 (000_tiny.txt): "at least thre people were hurt"; closest: "at least three people were hurt" (the source has "three" for "thre")',
    );
  });
  it('says only that the quote is not there when nothing is near', () => {
    expect(finder.locate('000', 'helicopters landed at dawn')).toBe(
      'quote not found in seed 000 (000_tiny.txt): "helicopters landed at dawn"',
    );
  });
});

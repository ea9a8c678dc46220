import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { findQuotes, flattenInline, quotationsOf, quotedFragments, type InlineNode } from '../../../src/lib/mdx/quoted-spans.ts';

/** The quotations of a one-paragraph MDX text, each with the `quote` attributes of its sentence's citations. */
function quotations(mdx: string): Array<{ words: string; cites: string[]; line?: number; column?: number }> {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(mdx);
  const paragraph = tree.children.find((c): c is Paragraph => c.type === 'paragraph');
  if (!paragraph) throw new Error('no paragraph');
  const flat = flattenInline(paragraph.children as InlineNode[], (node) => {
    if (node.type !== 'mdxJsxTextElement' || node.name !== 'Cite') return undefined;
    const attrs = (node as unknown as { attributes: Array<{ name: string; value: string }> }).attributes;
    return attrs.find((a) => a.name === 'quote')?.value ?? '';
  });
  return quotationsOf(flat).map((q) => ({ words: q.words, cites: q.cites, line: q.at?.line, column: q.at?.column }));
}

const words = (text: string): string[] => findQuotes(text).map((q) => text.slice(q.open + 1, q.close));

describe('findQuotes', () => {
  it('finds straight and typographic double quotation marks', () => {
    expect(words('He said "yes" and “no” then.')).toEqual(['yes', 'no']);
  });
  it('never takes an apostrophe for a quotation mark', () => {
    expect(words("Kata'ib Hezbollah don't deny the militias' role.")).toEqual([]);
    expect(words('Kata’ib Hezbollah’s men, the militias’ leaders')).toEqual([]);
  });
  it('takes single marks that clearly pair as a quotation', () => {
    expect(words("the so-called 'red lines', he said")).toEqual(['red lines']);
    expect(words('the ‘red lines’ of Kata’ib Hezbollah')).toEqual(['red lines']);
  });
  it('keeps a quotation inside a quotation as part of the outer one', () => {
    expect(words('He said “they called it ‘defensive’ at once” later.')).toEqual(['they called it ‘defensive’ at once']);
  });
});

describe('quotationsOf, through an MDX processor', () => {
  it('gives each quotation the citations of its own sentence, and where it stands', () => {
    const found = quotations(
      'First "alpha words" here.<Cite quote="A" /> Then "beta words" there;<Cite quote="B" /> and more.<Cite quote="C" />\n',
    );
    expect(found).toEqual([
      { words: 'alpha words', cites: ['A'], line: 1, column: 7 },
      { words: 'beta words', cites: ['B', 'C'], line: 1, column: 50 },
    ]);
  });
  it('does not end a sentence at an abbreviation or a full stop inside the quotation', () => {
    const found = quotations('The U.S. Army said "it hit. Twice" at 7 p.m. Thursday.<Cite quote="A" />\n');
    expect(found).toEqual([{ words: 'it hit. Twice', cites: ['A'], line: 1, column: 20 }]);
  });
  it('ends a sentence at a quotation that ends with a full stop', () => {
    const found = quotations('He said "done."<Cite quote="A" /> Then "next" came.<Cite quote="B" />\n');
    expect(found.map((q) => q.cites)).toEqual([['A'], ['B']]);
  });
  it('reads a <q> element as a quotation', () => {
    expect(quotations('He called it <q>a message</q>.<Cite quote="A" />\n')).toMatchObject([
      { words: 'a message', cites: ['A'] },
    ]);
  });
  it('finds nothing to check in a paraphrase', () => {
    expect(quotations('Kata\'ib Hezbollah denied any role.<Cite quote="A" />\n')).toEqual([]);
  });
});

describe('quotedFragments', () => {
  it('splits at an ellipsis and drops the comma or full stop English sets inside the closing mark', () => {
    expect(quotedFragments('If and when it is appropriate,')).toEqual(['If and when it is appropriate']);
    expect(quotedFragments('we will respond … at a time of our choosing.')).toEqual([
      'we will respond',
      'at a time of our choosing',
    ]);
  });
});

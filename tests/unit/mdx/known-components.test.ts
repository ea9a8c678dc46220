import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { closest, editDistance, remarkKnownComponents } from '../../../src/lib/mdx/remark-known-components.ts';

function check(mdx: string): void {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkKnownComponents);
  const file = new VFile({ path: `${process.cwd()}/content/chapters/draft.mdx`, value: mdx });
  processor.runSync(processor.parse(file), file);
}

describe('remarkKnownComponents', () => {
  it('passes the components chapters can use, and HTML elements', () => {
    expect(() => {
      check('Rockets hit <q>the base</q>.<Cite seed="000" quote="Rockets" />\n\n<Claims question="q" />\n');
    }).not.toThrow();
  });

  it('fails a misspelt component with file:line:col and the name meant', () => {
    expect(() => {
      check('First line.\n\nRockets hit the base.<Cit seed="000" quote="Rockets" />\n');
    }).toThrow(/content\/chapters\/draft\.mdx:3:22: unknown component <Cit>; did you mean <Cite>\?/);
  });

  it('lists what chapters can use when nothing is near', () => {
    expect(() => {
      check('<Carousel />\n');
    }).toThrow(/unknown component <Carousel> \(chapters can use <Cite>, <When>/);
  });
});

describe('closest(name, known)', () => {
  it('suggests only names within a slip of the keyboard', () => {
    expect(editDistance('Cit', 'Cite')).toBe(1);
    expect(closest('MapFigur', ['MapFigure', 'CountsFigure'])).toBe('MapFigure');
    expect(closest('Zebra', ['Cite', 'When'])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/data/errors.ts';
import { frontmatterIssues } from '../../../src/lib/mdx/chapter-frontmatter.ts';

const FILE = 'content/chapters/draft.mdx';
const problems = (text: string): string[] => frontmatterIssues(text, FILE).map(formatIssue);
const chapter = (front: string): string => `---\n${front}\n---\n\nSome words.\n`;
const GOOD = 'title: A chapter\nshort: Draft\ndescription: A chapter written to be checked.';

describe('frontmatterIssues', () => {
  it('finds nothing wrong with a chapter whose front matter the schema accepts', () => {
    expect(problems(chapter(GOOD))).toEqual([]);
    expect(problems(chapter(`${GOOD}\nupdated: 2026-12-01`))).toEqual([]);
  });

  it('names the line and column of a value the schema refuses, and its field', () => {
    const text = chapter(GOOD.replace('description: A chapter written to be checked.', 'description: Too short'));
    expect(problems(text)).toEqual([`${FILE}:4:14 › field "description": must be at least 20 characters long`]);
  });

  it('names the field of one missing, at the front matter’s first line', () => {
    expect(problems(chapter('title: A chapter\ndescription: A chapter written to be checked.'))).toEqual([
      `${FILE}:1:1 › field "short": missing`,
    ]);
  });

  it('names an unknown field where it is written, with the field meant', () => {
    const [problem] = problems(chapter(`${GOOD}\ntitel: Typo`));
    expect(problem).toMatch(new RegExp(`^${FILE}:5:1: unknown field "titel" \\(did you mean "title"\\?\\)`));
  });

  it('gives the place of a YAML syntax error in the chapter, not in its front matter alone', () => {
    const [problem] = problems(chapter(`${GOOD}\nshort: [unclosed`));
    expect(problem).toMatch(new RegExp(`^${FILE}:5:\\d+: YAML syntax: `));
  });

  it('asks for front matter when a chapter has none', () => {
    expect(problems('Some words.\n')).toEqual([expect.stringMatching(new RegExp(`^${FILE}:1:1: no front matter`))]);
  });
});

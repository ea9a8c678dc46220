import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { FIGURES, FIGURE_NAMES, figureNamed } from '../../../src/figures/registry.ts';
import { figureProblems, parseFigureProps, type KnowsRecord } from '../../../src/figures/shared/define.ts';
import { loadDataset } from '../../../src/lib/data/load.ts';
import { componentProblem, figureComponentFile } from '../../../src/lib/mdx/figure-components.ts';
import { remarkFigures } from '../../../src/lib/mdx/remark-figures.ts';
import { TINY } from '../../support/fixture.ts';

const records: Record<string, string[]> = {
  event: ['strike', 'attack'],
  actor: ['militia', 'state'],
  place: ['town-a', 'town-b'],
  question: ['killed'],
  comparison: ['rounds'],
};
const knows: KnowsRecord = (kind, id) => records[kind]!.includes(id);
const problems = (name: string, attributes: Record<string, string>): string[] =>
  figureProblems(figureNamed(name)!, attributes, knows);

describe('the figure registry', () => {
  it('names every figure once', () => {
    expect(FIGURE_NAMES).toEqual([
      'TimelineFigure',
      'MapFigure',
      'CountsFigure',
      'SourceMatrixFigure',
      'AffiliationsFigure',
      'CompareFigure',
    ]);
    expect(figureNamed('Carousel')).toBeUndefined();
  });

  it('names a component file for every figure, in its own folder, called as chapters call it', () => {
    for (const figure of FIGURES) {
      expect(componentProblem(figure), figure.name).toBeUndefined();
      expect(figure.component).toMatch(new RegExp(`^[a-z-]+/${figure.name}\\.astro$`));
    }
  });

  it('refuses a component file that is not there, naming the entry', () => {
    const moved = { ...figureNamed('MapFigure')!, component: 'map/Map.astro' };
    expect(componentProblem(moved)).toBe(
      'src/figures/registry.ts › MapFigure › component: "map/Map.astro" is not an .astro file in src/figures/ (looked for src/figures/map/Map.astro)',
    );
    expect(componentProblem({ ...moved, component: 'map/figure.ts' })).toContain('is not an .astro file');
  });

  // Each figure: a chapter's attributes that pass, and one that fails with its one-line reason.
  const cases: Array<{ name: string; good: Record<string, string>; bad: Record<string, string>; reason: string }> = [
    {
      name: 'TimelineFigure',
      good: {
        from: '2020-01-01',
        to: '2021-06-30',
        detailFrom: '2021-02-14',
        detailTo: '2021-02-27',
        labelled: 'strike, attack',
      },
      bad: { from: '2020-02-30', to: '2021-06-30', detailFrom: '2021-02-14', detailTo: '2021-02-27' },
      reason: '<TimelineFigure from="2020-02-30">: must be a day that exists, written YYYY-MM-DD',
    },
    {
      name: 'MapFigure',
      good: { areaAround: 'town-a,town-b', areaEvents: 'strike', extent: '35, 29, 49, 38' },
      bad: { extent: '35,29,49' },
      reason: '<MapFigure extent="35,29,49">: must be "west,south,east,north" in degrees',
    },
    {
      name: 'CountsFigure',
      good: { questions: 'killed', id: 'tolls' },
      bad: { questions: ' , ' },
      reason: '<CountsFigure questions=" , ">: must name at least one item',
    },
    {
      name: 'SourceMatrixFigure',
      good: {},
      bad: { id: 'Matrix 1' },
      reason: '<SourceMatrixFigure id="Matrix 1">: must be an anchor id: a lower-case letter, then letters, digits and hyphens',
    },
    {
      name: 'AffiliationsFigure',
      good: { focus: 'militia', relations: 'member-of,backed-by', exclude: 'state', title: 'Allies', summary: 'Who backs whom.' },
      bad: { focus: 'militia', relations: 'member-of,friends-with', title: 'Allies', summary: 'Who backs whom.' },
      reason: '<AffiliationsFigure relations="member-of,friends-with">: must be one of member-of,',
    },
    {
      name: 'CompareFigure',
      good: { comparison: 'rounds', id: 'side-by-side' },
      bad: { comparison: 'Two Rounds' },
      reason: '<CompareFigure comparison="Two Rounds">: must be an id of lower-case letters, digits and hyphens',
    },
  ];
  for (const c of cases) {
    it(`${c.name}: passes good props and names what is wrong with bad ones`, () => {
      expect(problems(c.name, c.good)).toEqual([]);
      const found = problems(c.name, c.bad);
      expect(found).toHaveLength(1);
      expect(found[0]).toContain(c.reason);
    });
  }

  it('parses list props to arrays and fills in default ids', () => {
    const timeline = figureNamed('TimelineFigure')!;
    const props: Record<string, unknown> = parseFigureProps(timeline, { n: '2', ...cases[0]!.good });
    expect(props).toMatchObject({ id: 'timeline', labelled: ['strike', 'attack'] });
    expect(props).not.toHaveProperty('n');
    expect(parseFigureProps(figureNamed('MapFigure')!, { extent: '35,29,49,38' })).toEqual({
      id: 'map',
      extent: { west: 35, south: 29, east: 49, north: 38 },
    });
    expect(() => parseFigureProps(figureNamed('CountsFigure')!, {})).toThrow('<CountsFigure>: missing prop "questions"');
  });

  it('refuses an unknown prop, saying what the figure takes', () => {
    expect(problems('SourceMatrixFigure', { rows: 'all' })).toEqual([
      '<SourceMatrixFigure>: unknown prop "rows" (it takes id, title, summary)',
    ]);
  });

  it('refuses an id the data does not hold, naming its kind', () => {
    expect(problems('CountsFigure', { questions: 'killed,wounded' })).toEqual([
      '<CountsFigure questions="killed,wounded">: unknown question "wounded"',
    ]);
    expect(problems('AffiliationsFigure', { ...cases[4]!.good, focus: 'nobody' })).toEqual([
      '<AffiliationsFigure focus="nobody">: unknown actor "nobody"',
    ]);
    expect(problems('TimelineFigure', { ...cases[0]!.good, gapFrom: 'strike', gapTo: 'truce' })).toEqual([
      '<TimelineFigure gapTo="truce">: unknown event "truce"',
    ]);
    expect(problems('CompareFigure', { comparison: 'rematch' })).toEqual([
      '<CompareFigure comparison="rematch">: unknown comparison "rematch"',
    ]);
  });
});

describe('remarkFigures', () => {
  const data = loadDataset(TINY);
  const compile = (mdx: string): { file: VFile; tree: Root } => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkFigures, { data: () => data });
    const file = new VFile({ path: `${process.cwd()}/content/chapters/draft.mdx`, value: mdx });
    const tree = processor.runSync(processor.parse(file), file) as Root;
    return { file, tree };
  };
  const run = (mdx: string): VFile => compile(mdx).file;

  it('imports the component of each figure the chapter shows, once, and of no other', () => {
    const { tree } = compile(
      '<SourceMatrixFigure />\n\n<CountsFigure questions="base-attack-wounded" />\n\n<SourceMatrixFigure id="again" />\n',
    );
    const imports = tree.children.flatMap((node) =>
      node.type === 'mdxjsEsm'
        ? (node.data?.estree?.body ?? []).map((d) =>
            d.type === 'ImportDeclaration' ? `${String(d.specifiers[0]?.local.name)} ${String(d.source.value)}` : d.type,
          )
        : [],
    );
    expect(imports).toEqual([
      `SourceMatrixFigure ${figureComponentFile(figureNamed('SourceMatrixFigure')!)}`,
      `CountsFigure ${figureComponentFile(figureNamed('CountsFigure')!)}`,
    ]);
    expect(compile('Text without figures.\n').tree.children.some((node) => node.type === 'mdxjsEsm')).toBe(false);
  });

  it('numbers a chapter’s figures in reading order', () => {
    const file = run('<SourceMatrixFigure />\n\nText.\n\n<SourceMatrixFigure id="again" />\n');
    expect((file.data.astro as { frontmatter: { figures: unknown } }).frontmatter.figures).toEqual([
      { n: 1, component: 'SourceMatrixFigure' },
      { n: 2, component: 'SourceMatrixFigure' },
    ]);
  });

  it('fails a bad prop with the chapter’s file:line:col and the reason', () => {
    expect(() => run('Text.\n\n<CountsFigure questions="no-such-question" />\n')).toThrow(
      'content/chapters/draft.mdx:3:1: <CountsFigure questions="no-such-question">: unknown question "no-such-question"',
    );
    expect(() => run('<SourceMatrixFigure rows="all" />\n')).toThrow(
      'content/chapters/draft.mdx:1:1: <SourceMatrixFigure>: unknown prop "rows" (it takes id, title, summary)',
    );
    expect(() => run('<SourceMatrixFigure id={"m"} />\n')).toThrow(
      'content/chapters/draft.mdx:1:1: <SourceMatrixFigure> attribute id must be a plain string ("…"), not an expression',
    );
  });
});

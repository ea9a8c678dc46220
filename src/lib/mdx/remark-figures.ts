import { relative } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Dataset } from '../data/load.ts';
import { getDataset } from '../dataset.ts';
import { figureProblems, type FigureDefinition, type KnowsRecord } from '../../figures/shared/define.ts';
import { figureNamed } from '../../figures/registry.ts';
import { componentProblem, importProgram } from './figure-components.ts';

/** Looks ids up in the records of each kind a figure's prop can name. */
export function knowsRecord(data: Dataset): KnowsRecord {
  const ids = {
    event: new Set(data.events.map((r) => r.id)),
    actor: new Set(data.actors.map((r) => r.id)),
    place: new Set(data.places.map((r) => r.id)),
    question: new Set(data.questions.map((r) => r.id)),
    comparison: new Set(data.comparisons.map((r) => r.id)),
  };
  return (kind, id) => ids[kind].has(id);
}

/**
 * Checks every figure's props against its declaration in the registry (src/figures/registry.ts),
 * failing the chapter with `file:line:col` and the reason for an unknown prop, a bad value or an
 * id the data lacks; then numbers the chapter's figures in reading order (`n="1"`, …) and lists
 * them in the frontmatter as `figures`, so captions and a print edition can refer to "Figure 2".
 * Last, the chapter imports the component of each figure it shows (from the file its definition
 * names), rather than the page handing every figure to MDX: a component a chapter imports brings
 * its styles to the pages that render that chapter and no others. Unknown component names are
 * remark-known-components' to report.
 */
export function remarkFigures(options: { data?: () => Dataset } = {}) {
  return (tree: Root, file: VFile): void => {
    const figures: Array<{ n: number; component: string }> = [];
    const shown = new Map<string, FigureDefinition>();
    const problems: string[] = [];
    let knows: KnowsRecord | undefined;
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const definition = node.name ? figureNamed(node.name) : undefined;
      if (!definition) return;
      const where = `${relative(process.cwd(), file.path)}:${node.position?.start.line ?? '?'}:${node.position?.start.column ?? '?'}`;
      const attributes: Record<string, string> = {};
      for (const attr of node.attributes) {
        if (attr.type !== 'mdxJsxAttribute')
          problems.push(`${where}: <${definition.name}> takes plain attributes only, no {...spread}`);
        else if (attr.name === 'n') problems.push(`${where}: <${definition.name} n>: the build numbers figures; leave n out`);
        else if (typeof attr.value !== 'string')
          problems.push(`${where}: <${definition.name}> attribute ${attr.name} must be a plain string ("…"), not an expression`);
        else attributes[attr.name] = attr.value;
      }
      knows ??= knowsRecord((options.data ?? getDataset)());
      for (const p of figureProblems(definition, attributes, knows)) problems.push(`${where}: ${p}`);
      const n = figures.length + 1;
      figures.push({ n, component: definition.name });
      shown.set(definition.name, definition);
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'n', value: String(n) });
    });
    for (const definition of shown.values()) {
      const problem = componentProblem(definition);
      if (problem) problems.push(problem);
    }
    if (problems.length > 0) throw new Error(`Figures in a chapter:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    if (shown.size > 0)
      tree.children.unshift({ type: 'mdxjsEsm', value: '', data: { estree: importProgram([...shown.values()]) } });
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, figures };
  };
}

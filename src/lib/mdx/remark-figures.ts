import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { FIGURE_COMPONENTS } from './components.ts';

/**
 * Numbers a chapter's figures in reading order (`n="1"`, …) and lists them in the frontmatter
 * as `figures`, so captions and a print edition can refer to "Figure 2".
 */
export function remarkFigures() {
  return (tree: Root, file: VFile): void => {
    const figures: Array<{ n: number; component: string }> = [];
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      if (!node.name || !FIGURE_COMPONENTS.includes(node.name)) return;
      const n = figures.length + 1;
      figures.push({ n, component: node.name });
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'n', value: String(n) });
    });
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, figures };
  };
}

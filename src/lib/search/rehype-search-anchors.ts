import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';

const BLOCKS = new Set(['p', 'blockquote', 'table']);
const LISTS = new Set(['ul', 'ol']);

function textOf(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as ElementContent[]).map(textOf).join('');
  return '';
}

/**
 * Gives every paragraph, list item, quotation and table of a chapter an id and, for Pagefind,
 * the title of the section it stands in (`data-pagefind-title`). Pagefind then makes each of
 * them a sub-result of its own, so a search result leads to the paragraph that matched rather
 * than to the heading some screens above it. Ids read `<chapter>-<n>`, the chapter's file name and
 * the block's place in it (headings get their ids only after this plugin runs), so they stay unique
 * where chapters share a page, as in the print edition. The paragraphs and list items inside a
 * block component (a chapter's "What to know", an aside on method) are marked too: without an id
 * of their own, a match there would lead to the paragraph before the box, which lacks the words.
 */
export function rehypeSearchAnchors() {
  return (tree: Root, file: VFile): void => {
    const chapterTitle: unknown = file.data.astro?.frontmatter?.title;
    const stem = file.stem ?? (file.path ? file.path.replace(/^.*\//, '').replace(/\.[^.]+$/, '') : 'text');
    let title = typeof chapterTitle === 'string' ? chapterTitle : '';
    let n = 0;
    const mark = (el: Element): void => {
      if (el.properties.id !== undefined) return;
      n += 1;
      el.properties.id = `${stem}-${n}`;
      if (title) el.properties.dataPagefindTitle = title;
    };
    const walk = (nodes: readonly RootContent[]): void => {
      for (const node of nodes) {
        if (node.type === 'mdxJsxFlowElement') walk(node.children);
        if (node.type !== 'element') continue;
        if (node.tagName === 'h2' || node.tagName === 'h3') title = textOf(node).trim();
        else if (BLOCKS.has(node.tagName)) mark(node);
        else if (LISTS.has(node.tagName)) {
          for (const item of node.children) if (item.type === 'element' && item.tagName === 'li') mark(item);
        }
      }
    };
    walk(tree.children);
  };
}

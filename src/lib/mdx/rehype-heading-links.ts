import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Gives each section heading (h2, h3) a link to itself, so readers can share a section.
 * The link follows the heading text, so screen readers hear the heading first; a small
 * script copies the address when it is clicked (see ChapterLayout).
 */
export function rehypeHeadingLinks() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-link'], href: `#${id}` },
        children: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['visually-hidden'] },
            children: [{ type: 'text', value: 'Link to this section' }],
          },
        ],
      });
    });
  };
}

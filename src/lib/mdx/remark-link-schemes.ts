import { relative } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { unsafeUrlReason } from '../html/escape.ts';
import { explainerRoot } from '../explainer-root.ts';
import { readExplainerSite } from '../explainer-site.ts';
import { href } from '../urls.ts';

/** JSX attributes that a browser follows or loads as a URL. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formAction',
  'formaction',
  'poster',
  'cite',
  'xlinkHref',
  'xlink:href',
]);

/**
 * Refuses links a chapter must not carry: a `javascript:`, `data:` or `vbscript:` URL (or any
 * scheme outside the allow-list) in a Markdown link, image or definition, or in a JSX
 * element's URL attribute. The Content-Security-Policy would block such a link on the site,
 * but the PDF has no CSP, so the build stops instead, with the chapter's file:line:column.
 *
 * A chapter links to the site's own pages from its root (`/sources/#disagreements`), whatever
 * the base the explainer is published under; those links are put under the base here.
 */
export function remarkLinkSchemes() {
  const { base } = readExplainerSite(explainerRoot());
  const underBase = (url: string): string => (url.startsWith('/') && !url.startsWith('//') ? href(url, base) : url);
  return (tree: Root, file: VFile): void => {
    const problems: string[] = [];
    const where = (node: { position?: { start: { line: number; column: number } } | undefined }): string =>
      `${relative(process.cwd(), file.path)}:${node.position?.start.line ?? '?'}:${node.position?.start.column ?? '?'}`;

    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        const reason = unsafeUrlReason(node.url);
        if (reason) problems.push(`${where(node)}: ${reason}`);
        else node.url = underBase(node.url);
        return;
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      for (const attr of node.attributes) {
        if (attr.type !== 'mdxJsxAttribute' || !URL_ATTRIBUTES.has(attr.name) || typeof attr.value !== 'string') continue;
        const reason = unsafeUrlReason(attr.value);
        if (reason) problems.push(`${where(node)}: <${node.name ?? ''} ${attr.name}>: ${reason}`);
        else attr.value = underBase(attr.value);
      }
    });

    if (problems.length > 0) {
      throw new Error(`Chapter links refused (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    }
  };
}

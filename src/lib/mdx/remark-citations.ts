import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { getDataset } from '../dataset.ts';
import { expandRef, parseCiteAttributes, recordsOf, type ChapterNote } from '../citations/refs.ts';
import { DATA_COMPONENTS } from './components.ts';
import { chapterSlugOf, citeIds, whenId } from '../citations/ids.ts';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function stringAttributes(node: JsxElement): Record<string, string | undefined> | string {
  const out: Record<string, string | undefined> = {};
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute') return `<${node.name ?? ''}> takes plain attributes only, no {...spread}`;
    if (typeof attr.value !== 'string')
      return `<${node.name ?? ''}> attribute ${attr.name} must be a plain string ("…"), not an expression`;
    out[attr.name] = attr.value;
  }
  return out;
}

/**
 * Checks every citation and data reference in a chapter while it compiles, and numbers the
 * citations in reading order. A quote that is not in its seed, or an id that is not in the
 * data, stops the build with the chapter's file, line and column. The numbered notes go to
 * the chapter page through the frontmatter (`notes`).
 */
export function remarkCitations() {
  return (tree: Root, file: VFile): void => {
    const data = getDataset();
    const chapter = chapterSlugOf(file.path);
    const problems: string[] = [];
    const notes: ChapterNote[] = [];
    // Where in the chapter each event is first cited or dated, so figures can link to it.
    const eventRefs: Array<{ event: string; anchor: string }> = [];
    const noteEvent = (event: string, anchor: string): void => {
      if (!eventRefs.some((r) => r.event === event)) eventRefs.push({ event, anchor });
    };
    const where = (node: JsxElement): string =>
      `${relative(process.cwd(), file.path)}:${node.position?.start.line ?? '?'}:${node.position?.start.column ?? '?'}`;

    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const el = node;
      const attrs = stringAttributes(el);
      if (typeof attrs === 'string') {
        if (el.name === 'Cite' || (el.name && el.name in DATA_COMPONENTS)) problems.push(`${where(el)}: ${attrs}`);
        return;
      }
      if (el.name === 'Cite') {
        const ref = parseCiteAttributes(attrs);
        if (typeof ref === 'string') {
          problems.push(`${where(el)}: ${ref}`);
          return;
        }
        const cites = expandRef(data, ref);
        if (typeof cites === 'string') {
          problems.push(`${where(el)}: ${cites}`);
          return;
        }
        for (const c of cites) {
          if ('seed' in c) {
            const found = data.locate(c.seed, c.quote);
            if (typeof found === 'string') problems.push(`${where(el)}: ${found}`);
          }
        }
        const n = notes.length + 1;
        notes.push({ n, ref });
        if ('kind' in ref && ref.kind === 'event') noteEvent(ref.id, citeIds(chapter, n).ref);
        el.attributes.push({ type: 'mdxJsxAttribute', name: 'n', value: String(n) });
        el.attributes.push({ type: 'mdxJsxAttribute', name: 'chapter', value: chapter });
        return;
      }
      const spec = el.name ? DATA_COMPONENTS[el.name] : undefined;
      if (!spec) return;
      for (const [attr, kind] of Object.entries(spec)) {
        const id = attrs[attr];
        if (id === undefined) continue;
        if (!recordsOf(data, kind).some((r) => r.id === id))
          problems.push(`${where(el)}: <${el.name ?? ''} ${attr}="${id}">: unknown ${kind} id "${id}"`);
      }
      if (el.name === 'When' && attrs.event && !eventRefs.some((r) => r.event === attrs.event)) {
        el.attributes.push({ type: 'mdxJsxAttribute', name: 'anchor', value: whenId(chapter, attrs.event) });
        noteEvent(attrs.event, whenId(chapter, attrs.event));
      }
      const required = Object.keys(spec);
      if (!required.some((a) => attrs[a] !== undefined))
        problems.push(`${where(el)}: <${el.name ?? ''}> needs one of ${required.join(', ')}`);
    });

    if (problems.length > 0) {
      throw new Error(
        `Chapter citations failed verification (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      );
    }
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, notes, eventRefs };
  };
}

import { relative } from 'node:path';
import type { Parent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { getDataset } from '../dataset.ts';
import { expandRef, parseCiteAttributes, recordsOf, type ChapterNote, type CiteRef } from '../citations/refs.ts';
import { DATA_COMPONENTS } from './components.ts';
import { chapterSlugOf, citeIds, whenId } from '../citations/ids.ts';
import { checkQuotation } from '../citations/quote-check.ts';
import { statedPhrase } from '../stated.ts';
import { CITE_MARK, flattenInline, OPAQUE_MARK, quotationsOf, type InlineNode } from './quoted-spans.ts';

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

    // Each valid citation's reference; the first of each run of citations and the references it carries.
    const refs = new Map<JsxElement, CiteRef>();
    const joined = new Map<JsxElement, CiteRef[]>();
    const leaders = new Map<JsxElement, CiteRef[]>();

    visit(tree, (node, index, parent) => {
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
        refs.set(el, ref);
        if (joined.has(el)) {
          joined.get(el)!.push(ref);
        } else {
          // Citations side by side are one note with one marker: this one and those right after it.
          const run = [ref];
          const n = notes.length + 1;
          notes.push({ n, refs: run });
          for (const next of followingCites(parent, index)) joined.set(next, run);
          el.attributes.push({ type: 'mdxJsxAttribute', name: 'n', value: String(n) });
          el.attributes.push({ type: 'mdxJsxAttribute', name: 'chapter', value: chapter });
          leaders.set(el, run);
        }
        const n = notes.length;
        if ('kind' in ref && ref.kind === 'event') noteEvent(ref.id, citeIds(chapter, n).ref);
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
      if (el.name === 'Stated' && attrs.claim) {
        const claim = data.claims.find((c) => c.id === attrs.claim);
        const form = attrs.form;
        if (form !== undefined && form !== 'words' && form !== 'figure')
          problems.push(`${where(el)}: <Stated form="${form}">: form must be "words" or "figure"`);
        else if (claim) {
          // Checked here rather than only when the page renders, so the message names the line.
          const question = data.questions.find((q) => q.id === claim.question);
          try {
            statedPhrase(claim, question, form, data.explainer.dateLocale ?? data.explainer.lang);
          } catch (error) {
            problems.push(`${where(el)}: ${(error as Error).message}`);
          }
        }
      }
      const required = Object.keys(spec);
      if (!required.some((a) => attrs[a] !== undefined))
        problems.push(`${where(el)}: <${el.name ?? ''}> needs one of ${required.join(', ')}`);
    });

    problems.push(...checkQuotations(tree, refs, data, file));
    mergeRuns(tree, leaders, joined);

    if (problems.length > 0) {
      throw new Error(
        `Chapter citations failed verification (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      );
    }
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, notes, eventRefs };
  };
}

const isCite = (node: unknown): node is JsxElement =>
  typeof node === 'object' &&
  node !== null &&
  (node as { type?: string }).type === 'mdxJsxTextElement' &&
  (node as { name?: string }).name === 'Cite';
const isBlank = (node: RootContent | undefined): boolean => node?.type === 'text' && node.value.trim() === '';

/** The citations that follow the one at `index` with nothing but white space between. */
function followingCites(parent: Parent | undefined, index: number | undefined): JsxElement[] {
  if (!parent || index === undefined) return [];
  const out: JsxElement[] = [];
  for (let i = index + 1; i < parent.children.length; i++) {
    const child = parent.children[i];
    if (isBlank(child)) continue;
    if (!isCite(child)) break;
    out.push(child);
  }
  return out;
}

/**
 * Leaves one element per run of side-by-side citations, carrying every reference of the run,
 * and joins it to the word before it so that the marker never wraps onto a line of its own.
 */
function mergeRuns(tree: Root, leaders: ReadonlyMap<JsxElement, CiteRef[]>, joined: ReadonlyMap<JsxElement, CiteRef[]>): void {
  const pending = new Map(leaders);
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const parent = node as Parent;
    if (!parent.children.some((c) => isCite(c))) return;
    const kept: RootContent[] = [];
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i]!;
      // White space between two citations of one run goes with the second.
      if (isBlank(child) && isCite(parent.children[i + 1]) && joined.has(parent.children[i + 1] as JsxElement)) continue;
      if (isCite(child) && joined.has(child)) continue;
      const run = isCite(child) ? pending.get(child) : undefined;
      if (isCite(child) && run) {
        // Once only: the visit goes on into the span made here.
        pending.delete(child);
        if (run.length > 1) child.attributes.push({ type: 'mdxJsxAttribute', name: 'refs', value: JSON.stringify(run) });
        const before = kept.at(-1);
        const word = before?.type === 'text' ? /\S+$/.exec(before.value) : null;
        if (before?.type === 'text' && word) {
          before.value = before.value.slice(0, word.index);
          if (before.value === '') kept.pop();
          kept.push({
            type: 'mdxJsxTextElement',
            name: 'span',
            attributes: [{ type: 'mdxJsxAttribute', name: 'class', value: 'cite-join' }],
            children: [{ type: 'text', value: word[0] }, child],
          } as RootContent);
          continue;
        }
      }
      kept.push(child);
    }
    parent.children = kept;
  });
}

/**
 * Every quotation in the chapter's prose must stand in a passage its sentence cites (see
 * src/lib/citations/quote-check.ts). A blockquote is one quotation, held to the citations in it.
 */
function checkQuotations(
  tree: Root,
  refs: ReadonlyMap<JsxElement, CiteRef>,
  data: ReturnType<typeof getDataset>,
  file: VFile,
): string[] {
  const problems: string[] = [];
  const citeOf = (node: InlineNode): CiteRef | undefined => (isCite(node) ? refs.get(node) : undefined);
  const at = (p: { line: number; column: number } | undefined): string =>
    `${relative(process.cwd(), file.path)}:${p?.line ?? '?'}:${p?.column ?? '?'}`;
  const check = (quotes: ReturnType<typeof quotationsOf<CiteRef>>): void => {
    for (const q of quotes) {
      if (q.opaque) {
        problems.push(
          `${at(q.at)}: quoted words “${q.words}” hold a component, so they cannot be checked against a source; quote only words written out`,
        );
        continue;
      }
      const cites = q.cites.flatMap((ref) => {
        const expanded = expandRef(data, ref);
        return typeof expanded === 'string' ? [] : expanded;
      });
      const problem = checkQuotation(data, q.words, cites);
      if (problem) problems.push(`${at(q.at)}: ${problem}`);
    }
  };
  visit(tree, (node) => {
    if (node.type === 'blockquote') {
      const inline = node.children.flatMap((c) =>
        'children' in c ? [...(c.children as InlineNode[]), { type: 'text', value: ' ' }] : [],
      );
      const flat = flattenInline(inline, citeOf);
      const words = flat.text.replaceAll(CITE_MARK, '').replace(/\s+/g, ' ').trim();
      check([{ words, at: node.position?.start, cites: [...flat.cites.values()], opaque: words.includes(OPAQUE_MARK) }]);
      return 'skip';
    }
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      check(quotationsOf(flattenInline(node.children as InlineNode[], citeOf)));
      return 'skip';
    }
    return undefined;
  });
  return problems;
}

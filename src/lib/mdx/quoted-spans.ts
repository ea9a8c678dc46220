import type { Point } from 'unist';

/**
 * Finding the words a chapter puts inside quotation marks, and the sentence each quotation
 * stands in, so the citation check can hold every quotation to the passages its sentence cites.
 *
 * A paragraph is first flattened into one string: text as written, each citation as one
 * placeholder character, each other component as another (it renders words the check cannot
 * see), and a `<q>` element as its content between typographic quotation marks.
 */

/** Stands for a citation in a flattened paragraph. */
export const CITE_MARK = '\uE000';
/** Stands for a component whose words come from data (a date, a figure). */
export const OPAQUE_MARK = '\uE001';

/** A node of a paragraph as the flattener needs to see it (an mdast phrasing node, loosely). */
export interface InlineNode {
  type: string;
  name?: string | null;
  value?: string;
  children?: InlineNode[];
  position?: { start: Point; end?: Point };
}

/** A paragraph flattened: its text, where each character came from, and the citations in it. */
export interface FlatParagraph<C> {
  text: string;
  /** For each character of `text`, its line and column in the chapter. */
  points: Array<Point | undefined>;
  /** For each {@link CITE_MARK} in `text`, by offset, the citation it stands for. */
  cites: Map<number, C>;
}

/**
 * Flattens a paragraph's inline nodes. `citeOf` returns the citation a node stands for, or
 * undefined for any other node.
 */
export function flattenInline<C>(nodes: readonly InlineNode[], citeOf: (node: InlineNode) => C | undefined): FlatParagraph<C> {
  const out: FlatParagraph<C> = { text: '', points: [], cites: new Map() };
  const push = (s: string, at: Point | undefined): void => {
    out.text += s;
    for (let i = 0; i < s.length; i++) out.points.push(at);
  };
  const walk = (node: InlineNode): void => {
    const cite = citeOf(node);
    if (cite !== undefined) {
      out.cites.set(out.text.length, cite);
      push(CITE_MARK, node.position?.start);
      return;
    }
    if (node.type === 'text' && typeof node.value === 'string') {
      pushText(node.value, node.position?.start);
      return;
    }
    if (node.type === 'break') {
      push(' ', node.position?.start);
      return;
    }
    const isJsx = node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
    if (isJsx && node.name === 'q') {
      push('\u201C', node.position?.start);
      for (const child of node.children ?? []) walk(child);
      push('\u201D', node.position?.end ?? node.position?.start);
      return;
    }
    if (node.children && (!isJsx || node.name === 'em' || node.name === 'strong' || node.name === 'span')) {
      for (const child of node.children) walk(child);
      return;
    }
    // inline code, an expression, or a component: words the prose does not write itself.
    push(OPAQUE_MARK, node.position?.start);
  };
  // Text keeps its own positions, counted on from the node's start (escapes may shift a column or two).
  const pushText = (value: string, start: Point | undefined): void => {
    let line = start?.line;
    let column = start?.column;
    for (const ch of value) {
      out.text += ch;
      out.points.push(line !== undefined && column !== undefined ? { line, column } : undefined);
      if (ch.length === 2) out.points.push(undefined);
      if (line === undefined || column === undefined) continue;
      if (ch === '\n') {
        line += 1;
        column = 1;
      } else column += 1;
    }
  };
  for (const node of nodes) walk(node);
  return out;
}

/** A quotation in a flattened paragraph: the offsets of its words, inside the marks. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);
// What may stand right before an opening mark: the start, a space, an opening bracket or dash,
// or another opening mark (a quotation inside a quotation).
const OPENS_AFTER = /[\s([{\u2014\u2013/"\u201C\u2018'-]/;
const opensAfter = (ch: string | undefined): boolean => ch === undefined || OPENS_AFTER.test(ch);

/**
 * The quotations in a text. Double marks, straight or typographic, always quote. A single mark
 * quotes only where it clearly pairs as one: it opens at the start of a word and closes at the
 * end of a later one, with no letter on its outer side, so the apostrophes of "Kata'ib",
 * "don't" and "villages'" are never taken for quotation marks. Quotations inside quotations
 * are part of the outer one and are not returned on their own.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\u201C' || (ch === '"' && !isSpace(text[i + 1]))) {
      const close = findClose(text, i, ch === '\u201C' ? ['\u201D', '"'] : ['"', '\u201D']);
      if (close !== undefined) {
        spans.push({ open: i, close });
        i = close + 1;
        continue;
      }
    } else if ((ch === '\u2018' || ch === "'") && opensAfter(text[i - 1]) && !isSpace(text[i + 1])) {
      const close = findSingleClose(text, i);
      if (close !== undefined) {
        spans.push({ open: i, close });
        i = close + 1;
        continue;
      }
    }
    i++;
  }
  return spans;
}

function findClose(text: string, open: number, closers: readonly string[]): number | undefined {
  for (let j = open + 1; j < text.length; j++) {
    if (closers.includes(text[j]!) && !isSpace(text[j - 1]) && j > open + 1) return j;
  }
  return undefined;
}

function findSingleClose(text: string, open: number): number | undefined {
  let weak: number | undefined;
  for (let j = open + 2; j < text.length; j++) {
    const ch = text[j]!;
    if (ch !== "'" && ch !== '\u2019') continue;
    // An apostrophe inside a word (Kata'ib, don't), or after a space: not a closer.
    if (isLetter(text[j + 1]) || isSpace(text[j - 1])) continue;
    // After an "s" and before a word it may be a plural possessive ("the villages' leaders"):
    // a closer only if no clearer one follows.
    if (text[j + 1] === ' ' && isLetter(text[j + 2]) && /s/i.test(text[j - 1]!)) {
      weak ??= j;
      continue;
    }
    return j;
  }
  return weak;
}

/** A sentence of a flattened paragraph, with the citations that follow it before the next one begins. */
export interface SentenceSpan {
  start: number;
  end: number;
}

// Short words whose full stop does not end a sentence.
const ABBREVIATION =
  /(?:^|[\s(])(?:[A-Za-z]\.)*[A-Za-z]\.$|(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Brig|Gov|Sen|Rep|No|Feb|Jan|Aug|Sept|Oct|Nov|Dec|vs|etc)\.$/;

/**
 * Splits a flattened paragraph into sentences. A sentence ends at a full stop, question or
 * exclamation mark outside any quotation (or at the closing mark of a quotation that ends with
 * one), followed by closing brackets, then citations or space, then a capital, a digit, an
 * opening mark or the end. The citations right after its end belong to it.
 */
export function sentencesOf(text: string, quotes: readonly QuoteSpan[]): SentenceSpan[] {
  const inside = new Uint8Array(text.length);
  for (const q of quotes) inside.fill(1, q.open + 1, q.close);
  const sentences: SentenceSpan[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const endsQuote = quotes.some((q) => q.close === i) && /[.!?]/.test(text[i - 1] ?? '');
    if ((!inside[i] && /[.!?]/.test(ch)) || endsQuote) {
      let j = i + 1;
      while (j < text.length && /[)\]\u201D\u2019"']/.test(text[j]!) && !quotes.some((q) => q.open === j)) j++;
      let sawCite = false;
      let k = j;
      while (k < text.length && (isSpace(text[k]) || text[k] === CITE_MARK)) {
        if (text[k] === CITE_MARK) sawCite = true;
        k++;
      }
      const next = text[k];
      const startsSentence = next === undefined || /[\p{Lu}\p{N}"\u201C\u2018'\u00AB]/u.test(next) || next === OPAQUE_MARK;
      const abbreviation = ch === '.' && !endsQuote && ABBREVIATION.test(text.slice(Math.max(0, i - 12), i + 1));
      if (k > j || next === undefined) {
        if (startsSentence && (!abbreviation || sawCite || next === undefined)) {
          // The citations after the stop are this sentence's; the space after them is not.
          let end = k;
          while (end > j && isSpace(text[end - 1])) end--;
          sentences.push({ start, end });
          start = k;
          i = k;
          continue;
        }
      }
    }
    i++;
  }
  if (start < text.length && text.slice(start).trim() !== '') sentences.push({ start, end: text.length });
  return sentences;
}

/** A quotation with what its sentence cites. */
export interface SentenceQuote<C> {
  /** The quoted words, as the prose writes them. */
  words: string;
  /** Where the opening mark stands in the chapter. */
  at: Point | undefined;
  /** The citations of the sentence it stands in. */
  cites: C[];
  /** True if a component stands inside the marks: its words cannot be checked here. */
  opaque: boolean;
}

/** Every quotation of a flattened paragraph, each with the citations of its sentence. */
export function quotationsOf<C>(flat: FlatParagraph<C>): Array<SentenceQuote<C>> {
  const quotes = findQuotes(flat.text);
  const sentences = sentencesOf(flat.text, quotes);
  return quotes.map((q) => {
    const sentence = sentences.find((s) => q.open >= s.start && q.open < s.end) ?? { start: 0, end: flat.text.length };
    const cites: C[] = [];
    for (const [offset, cite] of flat.cites) if (offset >= sentence.start && offset < sentence.end) cites.push(cite);
    const raw = flat.text.slice(q.open + 1, q.close);
    return {
      words: raw.replaceAll(CITE_MARK, '').replace(/\s+/g, ' ').trim(),
      at: flat.points[q.open],
      cites,
      opaque: raw.includes(OPAQUE_MARK),
    };
  });
}

/**
 * The fragments a quotation's words must be found as: split at an ellipsis (words left out),
 * and without the comma or full stop that English sets inside a closing mark.
 */
export function quotedFragments(words: string): string[] {
  return words
    .split(/\s*(?:\[…\]|\[\.\.\.\]|…|\.\.\.)\s*/)
    .map((w) => w.replace(/[,;:.]+$/, '').trim())
    .filter((w) => w.length > 0);
}

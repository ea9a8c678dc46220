import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Document, LineCounter, parseDocument, Parser, type YAMLError } from 'yaml';
import type { DataIssue } from './errors.ts';

/** A syntax problem at the place the author has to change. */
interface Fault {
  offset: number;
  message: string;
}

/** Every node of the YAML's concrete syntax tree, depth first. */
function* cstNodes(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) {
    for (const v of value) yield* cstNodes(v);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const node = value as Record<string, unknown>;
  if (typeof node.type === 'string') yield node;
  for (const [key, v] of Object.entries(node)) if (key !== 'source') yield* cstNodes(v);
}

/** A quoted value whose closing quotation mark never comes, or a `[` or `{` never closed: where it opens. */
function unclosed(text: string): Fault | undefined {
  for (const node of cstNodes([...new Parser().parse(text)])) {
    const source = typeof node.source === 'string' ? node.source : '';
    const offset = typeof node.offset === 'number' ? node.offset : 0;
    if (node.type === 'double-quoted-scalar' && !/^"(?:[^"\\]|\\[\s\S])*"$/.test(source))
      return { offset, message: 'the quotation mark " opened here is never closed' };
    if (node.type === 'single-quoted-scalar' && !/^'(?:[^']|'')*'$/.test(source))
      return { offset, message: "the quotation mark ' opened here is never closed" };
    if (node.type === 'flow-collection') {
      const open = (node.start as { source?: string } | undefined)?.source ?? '[';
      const close = open === '[' ? ']' : '}';
      const ends = Array.isArray(node.end) ? (node.end as Array<{ source?: string }>) : [];
      if (!ends.some((t) => t.source === close))
        return { offset, message: `the ${open} opened here is never closed with ${close}` };
    }
  }
  return undefined;
}

/** Offsets of the start of each line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const spaces = (n: number): string => `${n} ${n === 1 ? 'space' : 'spaces'}`;

/**
 * Where a syntax error is to be fixed, and what to do, in words. The parser reports some faults
 * where it gives up rather than where they are: a line indented too far at the end of the line
 * before it, an unclosed quotation mark at the end of the file, a tab at the word after it.
 */
function locate(text: string, error: YAMLError): Fault {
  const starts = lineStarts(text);
  const lines = text.split('\n');
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const at = error.pos[0];
  const line = lineAt(at);
  const firstWord = (n: number): number => starts[n]! + indentOf(lines[n]!);

  // A tab in the indentation of any line up to the error is the likeliest cause of it.
  for (let n = 0; n <= Math.min(line + 1, lines.length - 1); n++) {
    const tab = /^[ ]*\t/.exec(lines[n]!);
    if (tab)
      return { offset: starts[n]! + tab[0].length - 1, message: 'a tab in the indentation; YAML indents with spaces only' };
  }
  const open = unclosed(text);
  if (open && (error.code === 'MISSING_CHAR' || error.code === 'BAD_INDENT' || open.offset <= at)) return open;
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') {
    // The parser stops at the value of the line above the one indented too far.
    const next = lines.findIndex((l, n) => n > line && l.trim() !== '');
    if (next > 0 && indentOf(lines[next]!) > indentOf(lines[line]!) && !lines[line]!.trimEnd().endsWith(':')) {
      return {
        offset: firstWord(next),
        message: `this line is indented further than the one above it (${spaces(indentOf(lines[next]!))}, not ${indentOf(lines[line]!)}); the fields of one record line up under each other`,
      };
    }
    return { offset: at, message: 'a value holding ": " must be put in quotation marks' };
  }
  if (error.code === 'MISSING_CHAR' && /without - indicator/.test(error.message)) {
    const above = lines.slice(0, line).findLast((l) => l.trim() !== '') ?? '';
    return {
      offset: firstWord(line),
      message: `this line is indented less than the one above it (${spaces(indentOf(lines[line]!))}, not ${indentOf(above)}); the fields of one record line up under each other`,
    };
  }
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^[^:\s]+/.exec(text.slice(at))?.[0] ?? '';
    return { offset: at, message: `the field ${JSON.stringify(key)} is written twice in one record` };
  }
  const first = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return { offset: at, message: first.charAt(0).toLowerCase() + first.slice(1) };
}

/**
 * Reads a YAML file; a syntax error becomes an issue naming the file, line and column where it
 * is to be fixed rather than an exception, so all files can be checked in one run. One fault often
 * confuses the parser into several errors; only the first, which is the fault, is reported.
 */
export function readYaml(root: string, file: string, issues: DataIssue[]): unknown {
  const path = join(root, file);
  if (!existsSync(path)) {
    issues.push({ file, message: 'file is missing' });
    return undefined;
  }
  return parseYaml(readFileSync(path, 'utf8'), file, issues)?.doc.toJS() as unknown;
}

/**
 * YAML text of `file` as a document, with the line and column of each offset in it; a syntax
 * error becomes one issue, as in {@link readYaml}. `firstLine` is the line of the file the text
 * starts on (a chapter's front matter starts on its second).
 */
export function parseYaml(
  text: string,
  file: string,
  issues: DataIssue[],
  firstLine = 1,
): { doc: Document; linePos: (offset: number) => { line: number; col: number } } | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
  const linePos = (offset: number): { line: number; col: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, col };
  };
  const error = doc.errors[0];
  if (error) {
    const fault = locate(text, error);
    issues.push({ file, ...linePos(fault.offset), message: `YAML syntax: ${fault.message}` });
    return undefined;
  }
  return { doc, linePos };
}

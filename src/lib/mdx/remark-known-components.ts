import { relative } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { CHAPTER_COMPONENTS } from './components.ts';

/** Levenshtein distance, for suggesting the component an author meant. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The known name closest to `name`, if it is near enough to be a slip of the keyboard. */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const k of known) {
    const d = editDistance(name.toLowerCase(), k.toLowerCase());
    if (!best || d < best.d) best = { name: k, d };
  }
  return best && best.d <= Math.max(2, Math.floor(best.name.length / 3)) ? best.name : undefined;
}

/**
 * Fails a chapter that uses a component the engine does not provide (`<Cit>` for `<Cite>`),
 * with the chapter's file, line and column and the nearest known name. Without it MDX reports
 * only that a component was not imported, with no place in the chapter. Lower-case names are
 * HTML elements and pass.
 */
export function remarkKnownComponents() {
  return (tree: Root, file: VFile): void => {
    const problems: string[] = [];
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = node.name;
      if (!name || !/^[A-Z]/.test(name) || CHAPTER_COMPONENTS.includes(name)) return;
      const where = `${relative(process.cwd(), file.path)}:${node.position?.start.line ?? '?'}:${node.position?.start.column ?? '?'}`;
      const guess = closest(name, CHAPTER_COMPONENTS);
      problems.push(
        `${where}: unknown component <${name}>${guess ? `; did you mean <${guess}>?` : ''} (chapters can use ${CHAPTER_COMPONENTS.map((c) => `<${c}>`).join(', ')})`,
      );
    });
    if (problems.length > 0) throw new Error(`Unknown components in a chapter:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  };
}

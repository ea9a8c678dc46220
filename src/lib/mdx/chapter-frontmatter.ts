import { isMap, isScalar, type Document } from 'yaml';
import { ChapterFrontmatter } from '../schemas/index.ts';
import { plainIssues, type DataIssue } from '../data/errors.ts';
import { parseYaml } from '../data/read-yaml.ts';

/** The front matter block: `---` on the first line, its YAML, `---` on a line of its own. */
const BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Where a field of the front matter is written: its value, or its name for an unknown field; undefined if absent. */
function fieldOffset(doc: Document, field: string, unknown: boolean): number | undefined {
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === field);
  if (!pair) return undefined;
  const node = unknown ? pair.key : pair.value;
  return (isScalar(node) || isMap(node) ? node.range?.[0] : undefined) ?? (isScalar(pair.key) ? pair.key.range?.[0] : undefined);
}

/**
 * The problems of a chapter's front matter, each with the chapter's file, line and column and the
 * field: what Astro's content loader would refuse (it then leaves the chapter out, or keeps its
 * last good front matter, and says so only in the terminal). `file` is the chapter's path from the
 * explainer's root, as messages show it.
 */
export function frontmatterIssues(text: string, file: string): DataIssue[] {
  const block = BLOCK.exec(text);
  if (!block)
    return [
      {
        file,
        line: 1,
        col: 1,
        message: 'no front matter: a chapter opens with a line "---", its title, short and description, and another "---"',
      },
    ];
  const issues: DataIssue[] = [];
  const yaml = parseYaml(block[1]!, file, issues, 2);
  if (!yaml) return issues;
  const result = ChapterFrontmatter.safeParse(yaml.doc.toJS() ?? {});
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    plainIssues(issue, ChapterFrontmatter).map(({ path, message }) => {
      const unknown = issue.code === 'unrecognized_keys';
      const field = unknown ? (/^unknown field "([^"]+)"/.exec(message)?.[1] ?? '') : path.map(String).join('.');
      const offset = fieldOffset(yaml.doc, unknown ? field : String(path[0] ?? ''), unknown);
      const where = offset === undefined ? { line: 1, col: 1 } : yaml.linePos(offset);
      return { file, ...where, ...(unknown ? {} : { field }), message };
    }),
  );
}

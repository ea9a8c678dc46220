import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { DataIssue } from './errors.ts';

/**
 * Reads a YAML file; a syntax error becomes an issue naming the file and line rather than
 * an exception, so all files can be checked in one run.
 */
export function readYaml(root: string, file: string, issues: DataIssue[]): unknown {
  const path = join(root, file);
  if (!existsSync(path)) {
    issues.push({ file, message: 'file is missing' });
    return undefined;
  }
  const doc = parseDocument(readFileSync(path, 'utf8'), { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = e.linePos?.[0].line;
      issues.push({ file, message: `YAML ${line === undefined ? '' : `line ${line}: `}${e.message.split('\n')[0]}` });
    }
    return undefined;
  }
  return doc.toJS() as unknown;
}

import type { z } from 'zod';
import { plainIssues, type DataIssue } from './errors.ts';

/** Dotted path of a zod issue, e.g. `when.cite.quote`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** A readable name for a record that may be malformed: its id when it has a string one, else its position. */
export function recordName(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' && raw.id !== '') return raw.id;
  return `#${index + 1}`;
}

/** A zod issue as one problem per field, in plain words, each ending with the offending value. */
function issueProblems(file: string, record: string | undefined, issue: z.core.$ZodIssue, schema: z.ZodType): DataIssue[] {
  return plainIssues(issue, schema).map((p) => ({ file, record, field: fieldPath(p.path), message: p.message }));
}

/**
 * Parses a YAML list record by record, so one bad record reports its own problems
 * without hiding the others. Invalid records are left out of the result.
 */
export function parseRecords<S extends z.ZodType>(
  file: string,
  raw: unknown,
  schema: S,
  issues: DataIssue[],
  /** Collects the ids of records left out, so references to them are not reported as unknown. */
  rejected?: Set<string>,
): Array<z.output<S>> {
  if (raw === undefined) return [];
  if (raw === null) return [];
  if (!Array.isArray(raw)) {
    issues.push({ file, message: 'must be a YAML list of records (each line starting with "- ")' });
    return [];
  }
  const out: Array<z.output<S>> = [];
  raw.forEach((item: unknown, index) => {
    const result = schema.safeParse(item, { reportInput: true });
    if (result.success) {
      out.push(result.data);
      return;
    }
    const name = recordName(item, index);
    if (!name.startsWith('#')) rejected?.add(name);
    for (const issue of result.error.issues) issues.push(...issueProblems(file, name, issue, schema));
  });
  return out;
}

/** Parses a single YAML mapping (not a list). */
export function parseObject<S extends z.ZodType>(
  file: string,
  raw: unknown,
  schema: S,
  issues: DataIssue[],
): z.output<S> | undefined {
  if (raw === undefined) return undefined;
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) issues.push(...issueProblems(file, undefined, issue, schema));
  return undefined;
}

/** Reports ids used by more than one record of a kind. */
export function checkUniqueIds(file: string, records: ReadonlyArray<{ id: string }>, issues: DataIssue[]): void {
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.id))
      issues.push({ file, record: r.id, field: 'id', message: `duplicate id: another record in this file is also "${r.id}"` });
    seen.add(r.id);
  }
}

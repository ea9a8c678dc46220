import type { DataIssue } from '../data/errors.ts';
import type { Reference } from './kind.ts';

/**
 * The values at a declared field path, each with the dotted path of where it stands:
 * `attributions[].actor` in a record gives `attributions.0.actor`, `attributions.1.actor`.
 * Absent fields give nothing; the schema has already said what must be there.
 */
export function valuesAt(value: unknown, field: string): Array<{ path: string; value: string }> {
  const out: Array<{ path: string; value: string }> = [];
  const walk = (at: unknown, steps: readonly string[], path: string): void => {
    if (steps.length === 0) {
      if (typeof at === 'string') out.push({ path, value: at });
      return;
    }
    if (!at || typeof at !== 'object') return;
    const [step, ...rest] = steps as [string, ...string[]];
    const many = step.endsWith('[]');
    const name = many ? step.slice(0, -2) : step;
    const next = (at as Record<string, unknown>)[name];
    const here = path ? `${path}.${name}` : name;
    if (!many) {
      walk(next, rest, here);
      return;
    }
    if (Array.isArray(next))
      next.forEach((item, i) => {
        walk(item, rest, `${here}.${i}`);
      });
  };
  walk(value, field.split('.'), '');
  return out;
}

/** The ids a reference may name and what their records are called, or no ids when they could not be read (nothing is then checked). */
export interface Target {
  name: string;
  ids: ReadonlySet<string> | undefined;
}

/**
 * Checks every declared reference of every record in a file: each value must be the id of a
 * record of the kind it names. One problem per bad value, naming file, record, field and value.
 */
export function checkReferences(
  file: string,
  records: Iterable<readonly [name: string, record: unknown]>,
  references: readonly Reference[],
  target: (key: string) => Target,
  issues: DataIssue[],
): void {
  if (references.length === 0) return;
  for (const [record, value] of records) {
    for (const ref of references) {
      const { name, ids } = target(ref.to);
      if (!ids) continue;
      for (const at of valuesAt(value, ref.field)) {
        if (!ids.has(at.value)) issues.push({ file, record, field: at.path, message: `unknown ${name} id "${at.value}"` });
      }
    }
  }
}

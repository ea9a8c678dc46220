import { actors } from './actors.ts';
import { anomalies } from './anomalies.ts';
import { claims } from './claims.ts';
import { comparisons } from './comparisons.ts';
import { events } from './events.ts';
import type { Kind } from './kind.ts';
import { places } from './places.ts';
import { questions } from './questions.ts';
import { external, seedSources } from './sources.ts';
import { statements } from './statements.ts';

export type { CheckContext, Kind, Reference, SearchEntry } from './kind.ts';
export { EXPLAINER } from './explainer.ts';

/**
 * Every kind of record, in the order the engine lists them (the sources page counts them, search
 * indexes them, messages report them in this order). A new kind is a module beside these and
 * one line here.
 */
export const KINDS = [
  seedSources,
  external,
  events,
  actors,
  places,
  questions,
  claims,
  statements,
  anomalies,
  comparisons,
] as const;

type AnyKind = (typeof KINDS)[number];
type RecordOf<T> = T extends Kind<string, string, infer R> ? R : never;

/** The key of a kind in the dataset: `events`, `seedSources`. */
export type KindKey = AnyKind['key'];
/** One record of a kind, as messages and `<Cite>` name it: `event`, `external source`. */
export type KindName = AnyKind['name'];

/** The records of every kind, by key: the part of the dataset that follows from the list of kinds. */
export type KindRecords = { [T in AnyKind as T['key']]: Array<RecordOf<T>> };

/** Any kind, for code that treats every kind alike. */
export const ALL_KINDS: readonly Kind[] = KINDS;

const byKey = new Map<string, Kind>(ALL_KINDS.map((k) => [k.key, k]));
const byName = new Map<string, Kind>(ALL_KINDS.map((k) => [k.name, k]));

/** The kind a reference names by its key; a declaration naming no kind is a mistake in the engine. */
export function kindOf(key: string): Kind {
  const kind = byKey.get(key);
  if (!kind) throw new Error(`no kind of record "${key}" (known: ${[...byKey.keys()].join(', ')})`);
  return kind;
}

/** The kind whose records go by this name (`event`), if any. */
export function kindNamed(name: string): Kind | undefined {
  return byName.get(name);
}

/** The records of a kind in a dataset. */
export function recordsOfKind(data: KindRecords, kind: Kind): ReadonlyArray<{ id: string }> {
  return (data as unknown as Record<string, ReadonlyArray<{ id: string }>>)[kind.key]!;
}

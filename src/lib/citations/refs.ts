import type { Citation } from '../schemas/index.ts';
import type { Dataset } from '../data/load.ts';
import { ALL_KINDS, kindNamed, recordsOfKind, type KindName } from '../kinds/index.ts';

/** Kinds of record a chapter can cite by id (those that say what a citation of one stands for); the note then lists that record's own citations. */
export const RECORD_KINDS: readonly RecordKind[] = ALL_KINDS.filter((k) => k.cites !== undefined).map(
  (k) => k.name as RecordKind,
);
/** A kind of record by the name chapters give it (`event`, `question`). */
export type RecordKind = KindName;

/** A citation as an author writes it in a chapter: `<Cite seed="001" quote="…" />`, `<Cite event="main-quake" />`, `<Cite external="…" detail="…" />`. */
export type CiteRef = { seed: string; quote: string } | { kind: RecordKind; id: string } | { external: string; detail: string };

/**
 * One numbered note in a chapter. Citations that stand side by side in the prose are one note,
 * listing every passage they stand for, and one marker.
 */
export interface ChapterNote {
  n: number;
  refs: CiteRef[];
}

const PLUGIN_ATTRIBUTES = new Set(['n', 'chapter', 'refs']);

/** Reads a `<Cite>`'s attributes into a reference, or says what is wrong with them. */
export function parseCiteAttributes(attrs: Readonly<Record<string, string | undefined>>): CiteRef | string {
  // `n`, `chapter` and `refs` are set by the remark plugin, not by authors.
  const given = Object.keys(attrs).filter((k) => attrs[k] !== undefined && !PLUGIN_ATTRIBUTES.has(k));
  const kinds = RECORD_KINDS.filter((k) => attrs[k] !== undefined);
  if (attrs.seed !== undefined || attrs.quote !== undefined) {
    if (!attrs.seed || !attrs.quote) return '<Cite> with a passage needs both seed="…" and quote="…"';
    if (given.length > 2) return `<Cite seed quote> takes no other attributes (got ${given.join(', ')})`;
    return { seed: attrs.seed, quote: attrs.quote };
  }
  if (attrs.external !== undefined) {
    if (!attrs.detail) return '<Cite external="…"> needs detail="…": what that reference states';
    return { external: attrs.external, detail: attrs.detail };
  }
  if (kinds.length === 1 && given.length === 1) return { kind: kinds[0]!, id: attrs[kinds[0]!]! };
  return `<Cite> needs seed and quote, external and detail, or exactly one of ${RECORD_KINDS.join(', ')} (got ${given.join(', ') || 'nothing'})`;
}

/** Every reference of a `<Cite>` element: those of its run when the plugin joined several, else its own. */
export function noteRefs(attrs: Readonly<Record<string, string | undefined>>): CiteRef[] | string {
  if (attrs.refs !== undefined) return JSON.parse(attrs.refs) as CiteRef[];
  const ref = parseCiteAttributes(attrs);
  return typeof ref === 'string' ? ref : [ref];
}

/** The records of a kind (questions too, which hold no citations of their own). */
export function recordsOf(data: Dataset, kind: RecordKind): ReadonlyArray<{ id: string }> {
  const found = kindNamed(kind);
  return found ? recordsOfKind(data, found) : [];
}

/** The `{ seed, quote }` and `{ external, detail }` citations a reference stands for. */
export function expandRef(data: Dataset, ref: CiteRef): Citation[] | string {
  if ('seed' in ref) return [ref];
  if ('external' in ref) {
    return data.external.some((x) => x.id === ref.external) ? [ref] : `unknown external source id "${ref.external}"`;
  }
  const kind = kindNamed(ref.kind);
  const record = kind?.cites ? recordsOfKind(data, kind).find((r) => r.id === ref.id) : undefined;
  return record ? kind!.cites!(record) : `unknown ${ref.kind} id "${ref.id}"`;
}

import type { Dataset } from '../data/load.ts';
import { expandRef, type CiteRef } from './refs.ts';
import { resolveCitation, type ResolvedCitation } from './resolve.ts';
import { isMachineTranslated } from './quote-check.ts';

/** A chapter note with its citations resolved to links and quoted text. */
export interface ResolvedNote {
  n: number;
  citations: ResolvedCitation[];
}

/** Resolves every reference of a note, in the order the prose gives them. */
export function resolveRefs(data: Dataset, refs: readonly CiteRef[]): ResolvedCitation[] {
  return refs.flatMap((ref) => resolveRef(data, ref));
}

/**
 * Resolves a `<Cite>` reference; the remark plugin has already verified it, so failure here is
 * a bug. A statement drawn only from machine-translated reports is shown as the editors'
 * paraphrase, attributed to the report: its wording there is not the speaker's.
 */
export function resolveRef(data: Dataset, ref: CiteRef): ResolvedCitation[] {
  const cites = expandRef(data, ref);
  if (typeof cites === 'string') throw new Error(cites);
  const resolved = cites.map((c) => resolveCitation(data, c));
  const statement = 'kind' in ref && ref.kind === 'statement' ? data.statements.find((s) => s.id === ref.id) : undefined;
  if (statement && statement.versions.every((v) => isMachineTranslated(data, v.seed)))
    return resolved.map((c) => (c.kind === 'seed' ? { ...c, paraphrase: statement.summary } : c));
  return resolved;
}

/** A line of a note: a passage or reference as it is, or one paraphrase with every passage it rests on. */
export type NoteItem =
  | { kind: 'citation'; citation: ResolvedCitation }
  | { kind: 'paraphrase'; text: string; links: Array<{ href: string; label: string }> };

/** A note's lines: passages paraphrased alike (a statement's versions in one report) share one line. */
export function noteItems(citations: readonly ResolvedCitation[]): NoteItem[] {
  const items: NoteItem[] = [];
  for (const c of citations) {
    const text = c.kind === 'seed' ? c.paraphrase : undefined;
    const last = items.at(-1);
    if (text === undefined) items.push({ kind: 'citation', citation: c });
    else if (last?.kind === 'paraphrase' && last.text === text) {
      if (!last.links.some((l) => l.href === c.href)) last.links.push({ href: c.href, label: c.label });
    } else items.push({ kind: 'paraphrase', text, links: [{ href: c.href, label: c.label }] });
  }
  return items;
}

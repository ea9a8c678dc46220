import type { Dataset } from '../data/load.ts';
import { expandRef, type CiteRef } from './refs.ts';
import { resolveCitation, type ResolvedCitation } from './resolve.ts';

/** A chapter note with its citations resolved to links and quoted text. */
export interface ResolvedNote {
  n: number;
  citations: ResolvedCitation[];
}

/** Resolves a `<Cite>` reference; the remark plugin has already verified it, so failure here is a bug. */
export function resolveRef(data: Dataset, ref: CiteRef): ResolvedCitation[] {
  const cites = expandRef(data, ref);
  if (typeof cites === 'string') throw new Error(cites);
  return cites.map((c) => resolveCitation(data, c));
}

import type { Dataset } from './data/load.ts';
import { walkExternalCitations } from './data/verify.ts';
import { ALL_KINDS, recordsOfKind } from './kinds/index.ts';

/** A fact the site takes from outside the seeds: which record uses which external reference, and for what. */
export interface ExternalUse {
  external: string;
  record: string;
  href: string;
  detail: string;
}

/**
 * Every use of an external reference in the data, so readers can see exactly what does not come
 * from the seeds: in each record of a kind that has a name for readers and a place on the site.
 */
export function externalUses(data: Dataset): ExternalUse[] {
  const out: ExternalUse[] = [];
  for (const kind of ALL_KINDS) {
    if (!kind.label || !kind.href) continue;
    for (const record of recordsOfKind(data, kind)) {
      const label = kind.label(record, data);
      const href = kind.href(record);
      walkExternalCitations(record, (cite) => {
        out.push({ external: cite.external, record: label, href, detail: cite.detail });
      });
    }
  }
  return out;
}

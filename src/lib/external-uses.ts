import type { Dataset } from './data/load.ts';
import { walkExternalCitations } from './data/verify.ts';
import { eventHref } from './chronology.ts';
import { sourceName } from './sources/names.ts';
import { actorHref, anomalyHref, placeHref } from './urls.ts';

/** A fact the site takes from outside the seeds: which record uses which external reference, and for what. */
export interface ExternalUse {
  external: string;
  record: string;
  href: string;
  detail: string;
}

/** Every use of an external reference in the data, so readers can see exactly what does not come from the seeds. */
export function externalUses(data: Dataset): ExternalUse[] {
  const out: ExternalUse[] = [];
  const collect = (record: unknown, label: string, href: string): void => {
    walkExternalCitations(record, (cite) => {
      out.push({ external: cite.external, record: label, href, detail: cite.detail });
    });
  };
  for (const e of data.events) collect(e, e.title, eventHref(e.id));
  for (const p of data.places) collect(p, p.name, placeHref(p.id));
  for (const a of data.actors) collect(a, a.name, actorHref(a.id));
  for (const x of data.anomalies) collect(x, `Note on ${sourceName(data.seedSources, x.at.seed, 'short')}`, anomalyHref(x.id));
  return out;
}

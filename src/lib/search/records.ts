import type { Dataset } from '../data/load.ts';
import { passageLabel } from '../sources/names.ts';
import { withholdContacts } from '../sources/withhold.ts';
import { eventDateText, eventHref } from '../chronology.ts';
import { RELATION_LABELS } from '../labels.ts';

/** Kinds of search result, as readers see them in the filters. */
export const SEARCH_KINDS = {
  chapter: 'Chapter text',
  method: 'Sources and method',
  event: 'Event',
  actor: 'Person or group',
  place: 'Place',
  source: 'Source passage',
} as const;

/** A record for Pagefind's `addCustomRecord`: one searchable thing that is not a whole page. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Where readers find records: the section filter's value for each kind of page. */
export const SECTIONS = { chronology: 'Chronology', index: 'People and places', sources: 'Sources' } as const;

/**
 * The data as search records, so that every event, person, group, place and source passage
 * can be found as its own result, under every spelling the sources use.
 */
export function searchRecords(data: Dataset): SearchRecord[] {
  const language = data.explainer.lang;
  const locale = data.explainer.dateLocale ?? data.explainer.lang;
  const actorName = new Map(data.actors.map((a) => [a.id, a.name]));
  const placeName = new Map(data.places.map((p) => [p.id, p.name]));
  const records: SearchRecord[] = [];

  for (const e of data.events) {
    const date = eventDateText(e, locale);
    records.push({
      url: eventHref(e.id),
      language,
      meta: { title: e.title, date },
      filters: { kind: [SEARCH_KINDS.event], section: [SECTIONS.chronology] },
      content: [
        e.title,
        date,
        e.summary,
        e.places.map((p) => placeName.get(p) ?? p).join(', '),
        e.actors.map((a) => actorName.get(a) ?? a).join(', '),
      ].join('. '),
    });
  }

  for (const a of data.actors) {
    records.push({
      url: `/people-and-places/#actor-${a.id}`,
      language,
      meta: { title: a.name },
      filters: { kind: [SEARCH_KINDS.actor], section: [SECTIONS.index] },
      content: [
        a.name,
        `Also written ${a.spellings.join('; ')}`,
        a.role,
        ...a.affiliations.map((f) => `${RELATION_LABELS[f.relation]} ${actorName.get(f.actor) ?? f.actor}`),
      ].join('. '),
    });
  }

  for (const p of data.places) {
    records.push({
      url: `/people-and-places/#place-${p.id}`,
      language,
      meta: { title: p.name },
      filters: { kind: [SEARCH_KINDS.place], section: [SECTIONS.index] },
      content: [p.name, `Also written ${p.spellings.join('; ')}`, p.country, p.role].join('. '),
    });
  }

  for (const seed of data.seeds) {
    for (const block of seed.blocks) {
      if (block.kind === 'end-marker' || block.kind === 'share' || block.kind === 'continuation') continue;
      records.push({
        url: `/sources/${seed.id}/#${block.id}`,
        language,
        meta: { title: passageLabel(data.seedSources, seed, block), document: seed.headline },
        filters: { kind: [SEARCH_KINDS.source], section: [SECTIONS.sources] },
        content: withholdContacts(block.text, block.kind),
      });
    }
  }
  return records;
}

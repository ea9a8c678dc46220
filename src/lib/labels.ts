import type { ACTOR_KINDS, AFFILIATION_RELATIONS, ANOMALY_KINDS, PLACE_KINDS } from './schemas/index.ts';

/** Words readers see for the schema's kinds and relations (event kinds are the explainer's: see event-kinds.ts). */
export const ACTOR_KIND_LABELS: Record<(typeof ACTOR_KINDS)[number], string> = {
  person: 'Person',
  government: 'Government',
  military: 'Military',
  'armed-group': 'Armed group',
  'umbrella-group': 'Umbrella group',
  alliance: 'Alliance',
  monitor: 'Monitor',
  media: 'News organisation',
  organisation: 'Organisation',
};

export const RELATION_LABELS: Record<(typeof AFFILIATION_RELATIONS)[number], string> = {
  'member-of': 'member of',
  'part-of': 'part of',
  leads: 'leads',
  'allied-with': 'allied with',
  'backed-by': 'backed by',
  'affiliated-with': 'affiliated with',
  'alleged-front-for': 'said by some to be a front for',
  'speaks-for': 'speaks for',
};

export const PLACE_KIND_LABELS: Record<(typeof PLACE_KINDS)[number], string> = {
  country: 'Country',
  region: 'Region',
  province: 'Province or state',
  city: 'City',
  town: 'Town',
  district: 'District',
  base: 'Military base',
  airport: 'Airport',
  'border-crossing': 'Border crossing',
  site: 'Site',
};

export const ANOMALY_KIND_LABELS: Record<(typeof ANOMALY_KINDS)[number], string> = {
  'page-debris': 'Lines printed with the article that are not its text',
  'old-caption': 'Old photo captions',
  'translation-slip': 'Translation slips',
  typo: 'Typing errors',
  'internal-contradiction': 'Contradictions within a source',
  inaccuracy: 'Inaccuracies',
};

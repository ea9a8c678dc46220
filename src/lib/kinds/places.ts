import { smartQuotes } from '../format/typography.ts';
import { Place } from '../schemas/places.ts';
import { alsoWritten } from '../search/also-written.ts';
import { checkSpellings } from './checks.ts';
import type { Kind } from './kind.ts';

export { Place } from '../schemas/places.ts';

/** Where a place is on the site: its entry in the index of people and places. */
const href = (p: { id: string }): string => `/people-and-places/#place-${p.id}`;

/** Countries, towns, bases and crossings, each in the place it lies within. */
export const places: Kind<'places', 'place', Place> = {
  key: 'places',
  name: 'place',
  file: 'content/data/places.yaml',
  schema: Place,
  references: [{ field: 'within', to: 'places' }],
  noun: { one: 'place', many: 'places' },
  label: (p) => p.name,
  href,
  cites: (p) => p.cites,
  typeset: (p) => ({ ...p, name: smartQuotes(p.name), role: smartQuotes(p.role) }),
  search: (list) =>
    list.map((p) => ({
      url: href(p),
      kind: 'place',
      section: 'index',
      title: p.name,
      line: p.role,
      spellings: [p.name, ...p.spellings],
      body: [{ text: `${p.country}. ${p.role}` }, ...alsoWritten(p.name, p.spellings)],
    })),
  check: checkSpellings,
};

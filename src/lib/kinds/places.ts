import { smartQuotes } from '../format/typography.ts';
import { Place } from '../schemas/places.ts';
import { alsoWritten } from '../search/also-written.ts';
import { checkSpellings } from './checks.ts';
import type { Kind } from './kind.ts';
import { paths, placeHref } from '../urls.ts';

export { Place } from '../schemas/places.ts';

/** Countries, towns, bases and crossings, each in the place it lies within. */
export const places: Kind<'places', 'place', Place> = {
  key: 'places',
  name: 'place',
  file: 'content/data/places.yaml',
  schema: Place,
  references: [{ field: 'within', to: 'places' }],
  noun: { one: 'place', many: 'places' },
  label: (p) => p.name,
  href: (p) => placeHref(p.id),
  cites: (p) => p.cites,
  typeset: (p) => ({ ...p, name: smartQuotes(p.name), role: smartQuotes(p.role) }),
  search: (list) =>
    list.map((p) => ({
      url: paths.place(p.id),
      kind: 'place',
      section: 'index',
      title: p.name,
      line: p.role,
      spellings: [p.name, ...p.spellings],
      body: [{ text: `${p.country}. ${p.role}` }, ...alsoWritten(p.name, p.spellings)],
    })),
  check: checkSpellings,
};

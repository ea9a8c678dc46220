import { smartQuotes } from '../format/typography.ts';
import { Actor } from '../schemas/actors.ts';
import { alsoWritten } from '../search/also-written.ts';
import { checkSpellings } from './checks.ts';
import type { Kind } from './kind.ts';
import { actorHref, paths } from '../urls.ts';

export { Actor } from '../schemas/actors.ts';

/** People, governments, armed groups, monitors and news organisations, with how they are tied to one another. */
export const actors: Kind<'actors', 'actor', Actor> = {
  key: 'actors',
  name: 'actor',
  file: 'content/data/actors.yaml',
  schema: Actor,
  references: [{ field: 'affiliations[].actor', to: 'actors' }],
  noun: { one: 'person or group', many: 'people and groups' },
  label: (a) => a.name,
  href: (a) => actorHref(a.id),
  cites: (a) => a.cites,
  typeset: (a) => ({ ...a, name: smartQuotes(a.name), role: smartQuotes(a.role) }),
  search: (list) =>
    list.map((a) => ({
      url: paths.actor(a.id),
      kind: 'actor',
      section: 'index',
      title: a.name,
      line: a.role,
      spellings: [a.name, ...a.spellings],
      body: [{ text: a.role }, ...alsoWritten(a.name, a.spellings)],
    })),
  check: checkSpellings,
};

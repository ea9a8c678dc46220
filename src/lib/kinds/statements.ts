import { smartQuotes } from '../format/typography.ts';
import { Statement } from '../schemas/statements.ts';
import type { Kind } from './kind.ts';

export { Statement } from '../schemas/statements.ts';

/** A notable quotation, with each source's wording of it. */
export const statements: Kind<'statements', 'statement', Statement> = {
  key: 'statements',
  name: 'statement',
  file: 'content/data/statements.yaml',
  schema: Statement,
  references: [
    { field: 'speaker', to: 'actors' },
    { field: 'event', to: 'events' },
    { field: 'attributions[].actor', to: 'actors' },
  ],
  noun: { one: 'statement', many: 'statements' },
  cites: (s) => s.versions,
  typeset: (s) => ({ ...s, summary: smartQuotes(s.summary) }),
};

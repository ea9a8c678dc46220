import { smartQuotes } from '../format/typography.ts';
import { ExternalSource, SeedSource } from '../schemas/sources.ts';
import type { Kind } from './kind.ts';

export { ExternalSource, SeedSource } from '../schemas/sources.ts';

/** The file of sources: the seed documents and the references outside them, one list each. */
const file = 'content/data/sources.yaml';

/**
 * The seed documents, pinned to their bytes. Every explainer has them: it is built on them.
 * Citations name them as `{ seed, quote }`, which the loader finds in the seed itself.
 */
export const seedSources: Kind<'seedSources', 'seed', SeedSource> = {
  key: 'seedSources',
  name: 'seed',
  counted: 'seeds',
  file,
  list: 'seeds',
  required: 'list every seed document here',
  schema: SeedSource,
  references: [],
  typeset: (s) => ({ ...s, label: smartQuotes(s.label), description: smartQuotes(s.description) }),
};

/** References outside the seeds, for the few facts the seeds do not state; cited as `{ external, detail }`. */
export const external: Kind<'external', 'external source', ExternalSource> = {
  key: 'external',
  name: 'external source',
  counted: 'external sources',
  file,
  list: 'external',
  schema: ExternalSource,
  references: [],
};

import type { Reference } from './kind.ts';

export { Explainer } from '../schemas/explainer.ts';

/** The explainer's own settings: not a kind of record, but a file whose fields name records. */
export const EXPLAINER = {
  file: 'content/explainer.yaml',
  /** The name its settings go by in messages, in place of a record's id. */
  record: 'explainer',
  references: [{ field: 'keyEvents[]', to: 'events' }] satisfies readonly Reference[],
} as const;

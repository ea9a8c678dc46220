import { smartQuotes } from '../format/typography.ts';
import { ALL_KINDS, recordsOfKind } from '../kinds/index.ts';
import type { Dataset } from './load.ts';

/**
 * The dataset as readers see it: the editors' own text (titles, summaries, roles, notes) gets
 * typographic quotation marks, as each kind says which of its fields are theirs. Quotes from
 * the seeds, spellings and figures in the sources' words are left exactly as the sources have them.
 */
export function typeset(data: Dataset): Dataset {
  const q = smartQuotes;
  const kinds = Object.fromEntries(
    ALL_KINDS.map((kind) => {
      const list = recordsOfKind(data, kind);
      return [kind.key, kind.typeset ? list.map((r) => kind.typeset!(r)) : list];
    }),
  );
  return {
    ...data,
    ...kinds,
    explainer: {
      ...data.explainer,
      title: q(data.explainer.title),
      subtitle: q(data.explainer.subtitle),
      description: q(data.explainer.description),
    },
  };
}

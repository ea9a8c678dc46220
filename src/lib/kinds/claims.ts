import { smartQuotes } from '../format/typography.ts';
import { Claim } from '../schemas/claims.ts';
import { normalizeForMatch } from '../text/normalize.ts';
import type { Kind } from './kind.ts';

export { Claim, Figure } from '../schemas/claims.ts';

/** One source's answer to a question, as hedged as the source hedged it. */
export const claims: Kind<'claims', 'claim', Claim> = {
  key: 'claims',
  name: 'claim',
  file: 'content/data/claims.yaml',
  schema: Claim,
  references: [
    { field: 'question', to: 'questions' },
    { field: 'claimant', to: 'actors' },
    { field: 'via', to: 'actors' },
  ],
  noun: { one: 'reported figure', many: 'reported figures' },
  cites: (c) => c.cites,
  typeset: (c) => (c.note === undefined ? c : { ...c, note: smartQuotes(c.note) }),
  // A claim's figure, in its own words, must be inside its first quote.
  check: (list, ctx) => {
    for (const c of list) {
      const first = c.cites[0];
      if (first && !normalizeForMatch(first.quote).includes(normalizeForMatch(c.stated)))
        ctx.issues.push({
          file: ctx.file,
          record: c.id,
          field: 'stated',
          message: `"${c.stated}" is not part of the first cited quote`,
        });
    }
  },
};

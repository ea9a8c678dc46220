import { smartQuotes } from '../format/typography.ts';
import { Question } from '../schemas/claims.ts';
import type { Kind } from './kind.ts';

export { Question } from '../schemas/claims.ts';

/** A question the sources answer, perhaps differently: each answer is a claim. Holds no citations of its own. */
export const questions: Kind<'questions', 'question', Question> = {
  key: 'questions',
  name: 'question',
  file: 'content/data/questions.yaml',
  schema: Question,
  references: [{ field: 'event', to: 'events' }],
  typeset: (x) => ({ ...x, question: smartQuotes(x.question), label: smartQuotes(x.label) }),
};

import type { Dataset } from './data/load.ts';
import type { Claim, Figure, Question } from './schemas/index.ts';

/** A canonical text for a figure, so two claims can be compared: "at-least:22", "vague:2-5". */
export function figureKey(f: Figure): string {
  switch (f.type) {
    case 'vague':
      return `vague:${f.min}-${f.max ?? ''}`;
    case 'none':
    case 'unknown':
      return f.type;
    default:
      return `${f.type}:${f.value}`;
  }
}

/** Questions whose claims do not all give the same figure: the disagreements readers must see. */
export function disputedQuestions(data: Pick<Dataset, 'questions' | 'claims'>): Array<{ question: Question; claims: Claim[] }> {
  return data.questions
    .map((question) => ({ question, claims: data.claims.filter((c) => c.question === question.id) }))
    .filter(({ claims }) => new Set(claims.map((c) => figureKey(c.figure))).size > 1);
}

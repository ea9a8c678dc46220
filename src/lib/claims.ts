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

/** The range of counts a figure allows, or undefined when it gives no number. */
export function figureRange(f: Figure): [number, number] | undefined {
  switch (f.type) {
    case 'exact':
      return [f.value, f.value];
    case 'at-least':
      return [f.value, Infinity];
    case 'more-than':
      return [f.value + 1, Infinity];
    case 'fewer-than':
      return [0, Math.max(f.value - 1, 0)];
    case 'about':
      // "About" is read as within a tenth either way.
      return [Math.floor(f.value * 0.9), Math.ceil(f.value * 1.1)];
    case 'vague':
      return [f.min, f.max ?? Infinity];
    case 'none':
      return [0, 0];
    case 'unknown':
    case 'text':
      return undefined;
  }
}

/**
 * Whether two figures cannot both be true: their ranges do not overlap ("six" against "at least
 * eight"), or two texts differ ("Thursday" against "Friday"). A figure that gives nothing
 * ("not known") conflicts with nothing; differently hedged but compatible figures do not
 * conflict ("a number of" against "six").
 */
export function figuresConflict(a: Figure, b: Figure): boolean {
  if (a.type === 'text' || b.type === 'text') {
    return a.type === 'text' && b.type === 'text' && a.value.trim().toLowerCase() !== b.value.trim().toLowerCase();
  }
  const ra = figureRange(a);
  const rb = figureRange(b);
  if (!ra || !rb) return false;
  return ra[1] < rb[0] || rb[1] < ra[0];
}

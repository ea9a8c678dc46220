import type { Claim, Question } from './schemas/index.ts';
import { formatFigure } from './claims-view.ts';

/** How `<Stated>` prints a claim's figure inside the author's sentence. */
export type StatedForm = 'words' | 'figure';

/**
 * A claim's figure as a phrase for the middle of a sentence. `words` (the default) is the
 * source's own wording, which must read as a phrase: words that open with a capital or end a
 * sentence ("A total of 1,644 people died") would print a sentence inside the author's, so they
 * fail with what to do instead. `figure` prints the figure with its hedge and unit ("at least 22
 * people"). Throws an Error whose message says which claim and why.
 */
export function statedPhrase(claim: Claim, question: Question | undefined, form: StatedForm | undefined, locale: string): string {
  const tag = `<Stated claim="${claim.id}"${form ? ` form="${form}"` : ''}>`;
  if (form === 'figure') {
    const f = claim.figure;
    if (f.type === 'text' || f.type === 'none' || f.type === 'unknown')
      throw new Error(
        `${tag}: this claim has no number to print (its figure is "${f.type}"); leave out form="figure" to print the source's words`,
      );
    return question?.unit ? `${formatFigure(f, locale)} ${question.unit}` : formatFigure(f, locale);
  }
  const words = claim.stated;
  if (form !== 'words' && (/^[A-Z](?:[a-z]|\s)/.test(words) || /[.!?]["”’]?$/.test(words))) {
    // A figure given only in words ("about 2 a.m.") has no number form="figure" could print instead.
    const f = claim.figure;
    const numeric = f.type !== 'text' && f.type !== 'none' && f.type !== 'unknown';
    throw new Error(
      `${tag} would print the source's words "${words}" inside your sentence, but they read as a sentence of their own. ` +
        (numeric
          ? `Write form="figure" to print "${formatFigure(f, locale)}${question?.unit ? ` ${question.unit}` : ''}", ` +
            `or form="words" if the capital belongs to a name`
          : `Write form="words" if the capital belongs to a name or the full stop to an abbreviation ("a.m."), or rephrase around a citation`),
    );
  }
  return words;
}

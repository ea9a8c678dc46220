import type { Dataset } from './data/load.ts';
import { compareDates } from './data/dates.ts';
import { formatPartialDate } from './format/dates.ts';
import { disputedQuestions } from './claims.ts';
import { plural } from './format/plural.ts';

/** A one-paragraph account of what the data holds, computed so it can never drift from it. */
export function summarize(data: Dataset): { sentence: string; first?: string; last?: string } {
  const locale = data.explainer.dateLocale ?? data.explainer.lang;
  const dated = data.events
    .filter((e) => e.when)
    .map((e) => e.when!.date)
    .sort(compareDates);
  const first = dated[0];
  const last = dated.at(-1);
  const disputed = disputedQuestions(data).length;
  const span = first && last ? ` from ${formatPartialDate(first, locale)} to ${formatPartialDate(last, locale)}` : '';
  const sentence =
    `This explainer rests on ${plural(data.seeds.length, 'source document')}` +
    (data.external.length ? ` and ${plural(data.external.length, 'other publication')}` : '') +
    `. From them it lists ${plural(data.events.length, 'event')}${span}, ` +
    `${plural(data.actors.length, 'person or group', 'people and groups')}, ${plural(data.places.length, 'place')} ` +
    `and ${plural(data.claims.length, 'reported figure')} answering ${plural(data.questions.length, 'question')}, ` +
    `${disputed === 1 ? 'one of which the sources answer' : `${disputed} of which the sources answer`} differently.`;
  return { sentence, first, last };
}

import { smartQuotes } from '../format/typography.ts';
import type { Dataset } from './load.ts';

/**
 * The dataset as readers see it: the editors' own text (titles, summaries, roles, notes) gets
 * typographic quotation marks. Quotes from the seeds, spellings and figures in the sources'
 * words are left exactly as the sources have them.
 */
export function typeset(data: Dataset): Dataset {
  const q = smartQuotes;
  const opt = (s: string | undefined): string | undefined => (s === undefined ? undefined : q(s));
  return {
    ...data,
    explainer: {
      ...data.explainer,
      title: q(data.explainer.title),
      subtitle: q(data.explainer.subtitle),
      description: q(data.explainer.description),
    },
    seedSources: data.seedSources.map((s) => ({ ...s, label: q(s.label), description: q(s.description) })),
    actors: data.actors.map((a) => ({ ...a, name: q(a.name), role: q(a.role) })),
    places: data.places.map((p) => ({ ...p, name: q(p.name), role: q(p.role) })),
    events: data.events.map((e) => ({ ...e, title: q(e.title), summary: q(e.summary) })),
    questions: data.questions.map((x) => ({ ...x, question: q(x.question), label: q(x.label) })),
    claims: data.claims.map((c) => {
      const note = opt(c.note);
      return note === undefined ? c : { ...c, note };
    }),
    statements: data.statements.map((s) => ({ ...s, summary: q(s.summary) })),
    anomalies: data.anomalies.map((a) => {
      const reading = opt(a.reading);
      return { ...a, note: q(a.note), ...(reading === undefined ? {} : { reading }) };
    }),
  };
}

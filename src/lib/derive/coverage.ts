/**
 * What the existing records already say, located in the seeds, so that each proposal can be
 * marked covered (same passage, same figure, same speaker) or new.
 */
import type { Dataset } from '../data/load.ts';
import type { Figure } from '../schemas/claims.ts';
import { findNormalized, normalizeForMatch } from '../text/normalize.ts';
import { overlaps } from './text.ts';

export interface Located {
  seed: string;
  block: string;
  start: number;
  end: number;
}

export interface Existing {
  statements: Array<{ id: string; speaker: string | undefined; versions: Located[] }>;
  /** `passages`: every cited passage; `stated`: the figure's own words in the first. */
  claims: Array<{ id: string; question: string; figure: Figure; claimant?: string; passages: Located[]; stated?: Located }>;
  /** Dated events: where each date rests. */
  dates: Array<{ id: string; date: string; weekday?: string; passage: Located }>;
  times: Array<{ id: string; at: string; zone: string; where: string; passage: Located }>;
  /** Every spelling the data lists, normalised, with its record. */
  spellings: Map<string, string>;
  /** Place names the data pairs with a time zone. */
  zones: Map<string, string>;
  /** Events with the passages they rest on, for placing a figure. */
  events: Array<{ id: string; title: string; passages: Located[] }>;
  /** Actors by every spelling, for naming speakers. */
  actors: Array<{ id: string; spellings: string[] }>;
}

export const NOTHING: Existing = {
  statements: [],
  claims: [],
  dates: [],
  times: [],
  spellings: new Map(),
  zones: new Map(),
  events: [],
  actors: [],
};

export function indexExisting(data: Dataset): Existing {
  const at = (seed: string, quote: string): Located | undefined => {
    const p = data.locate(seed, quote);
    return typeof p === 'string' ? undefined : { seed, block: p.blockId, start: p.start, end: p.end };
  };
  const seedText = new Map(data.seeds.map((s) => [s.id, s.text]));
  const within = (outer: Located, words: string): Located | undefined => {
    const text = seedText.get(outer.seed)!.slice(outer.start, outer.end);
    const f = findNormalized(text, words);
    return f ? { ...outer, start: outer.start + f.start, end: outer.start + f.end } : undefined;
  };
  const defined = <T>(x: T | undefined): x is T => x !== undefined;
  const spellings = new Map<string, string>();
  for (const r of [...data.actors, ...data.places]) for (const s of r.spellings) spellings.set(normalizeForMatch(s), r.id);
  const zones = new Map<string, string>();
  for (const e of data.events) for (const t of e.times) zones.set(t.where, t.zone);
  return {
    statements: data.statements.map((s) => ({
      id: s.id,
      speaker: s.speaker,
      versions: s.versions.map((v) => at(v.seed, v.quote)).filter(defined),
    })),
    claims: data.claims.flatMap((c) => {
      const first = c.cites[0];
      const passage = first && at(first.seed, first.quote);
      if (!passage) return [];
      const stated = within(passage, c.stated);
      return [
        {
          id: c.id,
          question: c.question,
          figure: c.figure,
          ...(c.claimant ? { claimant: c.claimant } : {}),
          passages: [passage, ...c.cites.slice(1).map((x) => at(x.seed, x.quote))].filter(defined),
          ...(stated ? { stated } : {}),
        },
      ];
    }),
    dates: data.events.flatMap((e) => {
      const w = e.when;
      if (!w || w.basis === 'external') return [];
      const passage = at(w.cite.seed, w.cite.quote);
      return passage ? [{ id: e.id, date: w.date, ...(w.basis === 'derived' ? { weekday: w.weekday } : {}), passage }] : [];
    }),
    times: data.events.flatMap((e) =>
      e.times.flatMap((t) => {
        const passage = 'seed' in t.cite ? at(t.cite.seed, t.cite.quote) : undefined;
        return passage ? [{ id: e.id, at: t.at, zone: t.zone, where: t.where, passage }] : [];
      }),
    ),
    spellings,
    zones,
    events: data.events.map((e) => ({
      id: e.id,
      title: e.title,
      passages: [
        ...e.cites.flatMap((c) => ('seed' in c ? [at(c.seed, c.quote)] : [])),
        ...(e.when && 'seed' in e.when.cite ? [at(e.when.cite.seed, e.when.cite.quote)] : []),
      ].filter(defined),
    })),
    actors: data.actors.map((a) => ({ id: a.id, spellings: a.spellings })),
  };
}

/** Ids of the existing records whose passage overlaps the span. */
export function overlapping<T extends { id: string }>(
  span: Located,
  records: readonly T[],
  where: (r: T) => readonly Located[],
): T[] {
  return records.filter((r) => where(r).some((p) => overlaps(p, span)));
}

/**
 * The actor a speaker phrase names: the record with the longest spelling inside the phrase
 * ("Ministry spokesman Ana Silva" → the record spelled "Ana Silva").
 */
export function actorFor(phrase: string, existing: Existing): string | undefined {
  const text = ` ${normalizeForMatch(phrase).toLowerCase()} `;
  let best: { id: string; length: number } | undefined;
  for (const a of existing.actors) {
    for (const s of a.spellings) {
      const needle = normalizeForMatch(s).toLowerCase();
      const i = text.indexOf(needle);
      // Whole words only: "IS" must not match inside "this".
      if (
        i > 0 &&
        !/\w/.test(text[i - 1]!) &&
        !/\w/.test(text[i + needle.length] ?? ' ') &&
        (!best || needle.length > best.length)
      )
        best = { id: a.id, length: needle.length };
    }
  }
  return best?.id;
}

/** The event a passage belongs to: one whose cited passages share its paragraph, else one whose title shares two words with it. */
export function eventFor(span: Located & { text: string }, existing: Existing): string | undefined {
  const same = existing.events.filter((e) => e.passages.some((p) => overlaps(p, span)));
  if (same.length > 0) return same[0]!.id;
  const block = existing.events.filter((e) => e.passages.some((p) => p.seed === span.seed && p.block === span.block));
  if (block.length === 1) return block[0]!.id;
  const words = new Set(span.text.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  const scored = existing.events
    .map((e) => ({ id: e.id, score: (e.title.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => words.has(w)).length }))
    .filter((e) => e.score >= 2)
    .sort((a, b) => b.score - a.score);
  return scored[0]?.id;
}

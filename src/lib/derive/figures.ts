/**
 * Finds every count a document states, with its hedge exactly as written, what it counts and
 * who the text says gives it.
 */
import type { SeedDocument } from '../seeds/parse.ts';
import type { Figure } from '../schemas/claims.ts';
import { attributionOf } from './attribution.ts';
import { HEDGE_WORDS, NUMBER_WORDS, readFigure, VAGUE_WORDS } from './hedges.ts';
import { articleBlocks, sentences, subSpan, type Span } from './text.ts';
import { alternation, perVocabulary, type Vocabulary } from './vocabulary.ts';

export interface FoundFigure {
  /** The sentence to cite. */
  passage: Span;
  /** The figure in the text's own words ("at least 22 people"); it stands inside the passage. */
  stated: Span;
  figure: Figure;
  /** What is counted: "killed", "wounded", or the thing itself as written, in lower case ("buildings"). */
  counts: string;
  /** Who the text says gives the figure, as written; absent when the report says it in its own voice. */
  claimant?: string;
}

const KILLED = /\b(?:kill(?:ed|ing|s)?|dead|deaths?|death|fatalities|died|martyrs)\b/i;
const WOUNDED = /\b(?:wound(?:ed|ing|s)?|injur(?:ed|ing|ies|y)|hurt(?:ing)?)\b/i;
const CASUALTY = new RegExp(`${KILLED.source}|${WOUNDED.source}`, 'gi');

/** The casualty word nearest before the count in its clause, else the first after it: "killing one … and injuring a number of …". */
function casualtyNear(clause: string, at: number): 'killed' | 'wounded' | undefined {
  const words = [...clause.matchAll(CASUALTY)];
  const word = words.filter((w) => w.index < at).at(-1) ?? words.find((w) => w.index >= at);
  if (!word) return undefined;
  return KILLED.test(word[0]) ? 'killed' : 'wounded';
}

/** A count the text says is not known: "did not confirm any casualties", "if there were any casualties". */
const UNKNOWN = /\b(?:did not confirm|(?:if|whether) there were)\s+any\s+(?:casualties|deaths)\b/gi;
/**
 * The patterns that name what is counted, built from the vocabulary's nouns: `people` (whose
 * count in a sentence about deaths or injuries is a casualty count) and `noun`, people or things.
 */
const patterns = perVocabulary((words) => {
  const PEOPLE = alternation(words.peopleNouns, { plural: true });
  const NOUN = `(?:${PEOPLE}|${alternation(words.countNouns, { plural: true })})`;
  return {
    people: new RegExp(`^(?:${PEOPLE})$`, 'i'),
    noun: new RegExp(String.raw`\b(${NOUN})\b`, 'gi'),
    /** A count: optional hedge, a number or vague words, up to three describing words, and the counted noun. */
    count: new RegExp(
      String.raw`\b(?:(${HEDGE_WORDS})\s+)?(\d{1,3}(?:,\d{3})+|\d+|${NUMBER_WORDS}|${VAGUE_WORDS})\s+((?:(?!(?:of|after|before|in|on|at|to|from|by|with|for|the|and|or|but)\b|\w+ing\b)[\w’'-]+\s+){0,3})(${NOUN})\b(?!\s+(?:groups?|factions?|forces))`,
      'gi',
    ),
    /** One person named by an article in a casualty clause: "killed a local resident", "a civilian was killed". */
    oneAfterVerb: new RegExp(
      String.raw`\b(?:kill(?:ed|ing)|injur(?:ed|ing)|wound(?:ed|ing)|hurting)\s+((?:a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:${PEOPLE}))\b`,
      'gi',
    ),
    oneBeforeVerb: new RegExp(
      String.raw`\b((?:a|an)\s+(?:[\w’'-]+\s+){0,2}?(?:${PEOPLE}))\s+(?:was|had been)\s+(?:killed|wounded|injured)`,
      'gi',
    ),
    /** A hedged number with no noun after it: "reduced the number of shelters in the city to less than 2,500". */
    bare: new RegExp(
      String.raw`\b(${HEDGE_WORDS})\s+(\d{1,3}(?:,\d{3})+|\d+)\b(?![:.]?\d|\s*(?:a\.m\.|p\.m\.)|\s*(?:[\w’'-]+\s+){0,3}(?:${NOUN})\b)`,
      'gi',
    ),
  };
});
/** Nobody: "injured no one", "no casualties". */
const NONE = /\b(?:(?:injur(?:ed|ing)|wound(?:ed|ing)|kill(?:ed|ing)|hurt(?:ing)?)\s+no\s?one|no casualties)\b/gi;

/** A number that is part of a date, a time, a year or a compound adjective ("500-pound") is no count. */
function isNotACount(sentence: string, index: number, amount: string, rest: string): boolean {
  if (/^\d{4}$/.test(amount) && /^(?:19|20)/.test(amount)) return true;
  const before = sentence.slice(Math.max(0, index - 12), index);
  if (/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$/.test(before)) return true;
  return /^(?:a\.m\.|p\.m\.|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/.test(rest);
}

function countsOf(noun: string, clause: string, at: number, people: RegExp): string {
  const n = noun.toLowerCase();
  if (/^(?:deaths?|dead|fatalities)$/.test(n)) return 'killed';
  if (/^(?:wounded|injured)$/.test(n)) return 'wounded';
  if (people.test(n)) {
    const near = casualtyNear(clause, at);
    if (near) return near;
  }
  return n;
}

/** The clause around an offset: counts in "one person had been killed but … at least 22 fatalities" belong to different speakers. */
function clauseAt(sentence: string, index: number): { text: string; start: number } {
  const cuts = [...sentence.matchAll(/,?\s+(?:but|while|whereas)\s+|;\s+/g)].map((m) => m.index);
  const start = Math.max(0, ...cuts.filter((c) => c <= index));
  const end = Math.min(sentence.length, ...cuts.filter((c) => c > index));
  return { text: sentence.slice(start, end).replace(/^,?\s+(?:but|while|whereas)\s+|^;\s+/, ''), start };
}

function claimantOf(sentence: string, index: number): string | undefined {
  const clause = clauseAt(sentence, index);
  // A sentence of several clauses ("… but a war monitor reported …") gives each clause its own speaker.
  const a = attributionOf(clause.text) ?? (clause.text.length + 12 >= sentence.length ? attributionOf(sentence) : undefined);
  return a && !/^(?:he|she|it|they)$/i.test(a.speaker) ? a.speaker : a?.speaker;
}

/** Every count in a document, of the people and things the vocabulary names. */
export function findFigures(doc: SeedDocument, words: Vocabulary): FoundFigure[] {
  const p = patterns(words);
  const out: FoundFigure[] = [];
  for (const block of articleBlocks(doc)) {
    if (block.kind === 'headline') continue;
    for (const s of sentences(doc.id, block)) {
      const seen: Array<[number, number]> = [];
      const add = (from: number, to: number, figure: Figure, counts: string): void => {
        if (seen.some(([a, b]) => from < b && a < to)) return;
        seen.push([from, to]);
        const claimant = claimantOf(s.text, from);
        out.push({ passage: s, stated: subSpan(s, from, to), figure, counts, ...(claimant ? { claimant } : {}) });
      };
      for (const m of s.text.matchAll(NONE))
        add(m.index, m.index + m[0].length, { type: 'none' }, WOUNDED.test(m[0]) ? 'wounded' : 'killed');
      for (const m of s.text.matchAll(UNKNOWN)) add(m.index, m.index + m[0].length, { type: 'unknown' }, 'killed');
      for (const m of s.text.matchAll(p.bare)) {
        const clause = clauseAt(s.text, m.index);
        // What is counted is the noun the clause names before the number.
        const nouns = [...clause.text.slice(0, m.index - clause.start).matchAll(p.noun)];
        const figure = readFigure(m[1], m[2]!);
        if (figure && nouns.length > 0)
          add(m.index, m.index + m[0].length, figure, countsOf(nouns.at(-1)![1]!, clause.text, m.index - clause.start, p.people));
      }
      for (const m of s.text.matchAll(p.count)) {
        const [all, hedge, amount, , noun] = m as unknown as [string, string | undefined, string, string, string];
        if (
          isNotACount(
            s.text,
            m.index + (hedge ? hedge.length + 1 : 0),
            amount,
            all.slice((hedge?.length ?? -1) + 1 + amount.length).trimStart(),
          )
        )
          continue;
        if (/^\d+-/.test(s.text.slice(m.index + (hedge ? hedge.length + 1 : 0)))) continue;
        const figure = readFigure(hedge, amount);
        if (!figure) continue;
        const clause = clauseAt(s.text, m.index);
        add(m.index, m.index + all.length, figure, countsOf(noun, clause.text, m.index - clause.start, p.people));
      }
      for (const re of [p.oneAfterVerb, p.oneBeforeVerb]) {
        for (const m of s.text.matchAll(re)) {
          const from = m.index + m[0].indexOf(m[1]!);
          const clause = clauseAt(s.text, m.index);
          add(from, from + m[1]!.length, { type: 'exact', value: 1 }, casualtyNear(clause.text, from - clause.start) ?? 'killed');
        }
      }
    }
  }
  return out.sort((a, b) => a.stated.start - b.stated.start);
}

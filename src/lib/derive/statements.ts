/**
 * Finds what a document reports as said: quoted speech with its speaker and introducing verb,
 * and reported speech ("…, Silva said.") that prints no quotation marks, which is flagged as a
 * paraphrase so that it is never shown to readers between quotation marks.
 */
import nlp from 'compromise';
import type { SeedDocument } from '../seeds/parse.ts';
import { attributionAfter, attributionBefore, attributionOf, isPronoun, splitSpeaker, type Attribution } from './attribution.ts';
import { articleBlocks, sentences, subSpan, type Span } from './text.ts';
import type { Vocabulary } from './vocabulary.ts';

export type StatementFlag =
  /** The seed prints no quotation marks: the words are the report's, not the speaker's. */
  | 'paraphrase'
  /** The source is declared a machine translation: even its quotation marks carry no verbatim words. */
  | 'machine-translation'
  /** No attribution of its own: the quotation goes on from the speaker before it. */
  | 'continued'
  /** The speaker is named only in the sentence after the quotation. */
  | 'speaker-in-next-sentence'
  /** Named by a pronoun ("he said"), resolved to the speaker the text names before it. */
  | 'pronoun'
  /** A signed analysis: the paragraphs under "Analysis by …:" are the analyst's own words. */
  | 'analysis';

export interface FoundStatement {
  /** The passage to cite: the sentences holding the speech and its attribution. */
  passage: Span;
  /** The quoted words, as printed (empty for a paraphrase). */
  quoted: string[];
  /** The speaker as the text names them, split into name and role. */
  speaker: { phrase: string; name: string; role?: string };
  verb: string;
  to?: string;
  flags: StatementFlag[];
}

const QUOTE = /“[^”]*”|"[^"]*"/g;
/** A signed analysis section: "Analysis by Ana Silva of Radio Norte:". */
const ANALYSIS = /^Analysis by ([^:]+):$/;

interface Unit {
  span: Span;
  quotes: Array<{ start: number; end: number }>;
}

/** Sentences of a block, merged where one quotation runs across them. */
function units(doc: SeedDocument, text: string, blockSentences: Span[], blockStart: number): Unit[] {
  const out: Unit[] = [];
  const quotes = [...text.matchAll(QUOTE)].map((m) => ({ start: blockStart + m.index, end: blockStart + m.index + m[0].length }));
  for (const s of blockSentences) {
    const last = out.at(-1);
    const inside = quotes.filter((q) => q.start < s.end && s.start < q.end);
    if (last && inside.some((q) => q.start < last.span.end)) {
      const merged = doc.text.slice(last.span.start, s.end);
      last.span = { ...last.span, end: s.end, text: merged };
      for (const q of inside) if (!last.quotes.includes(q)) last.quotes.push(q);
      continue;
    }
    out.push({ span: s, quotes: inside });
  }
  return out;
}

function attributionOfUnit(unit: Unit): Attribution | undefined {
  const { span, quotes } = unit;
  const first = quotes[0]!;
  const last = quotes.at(-1)!;
  return (
    attributionAfter(span.text.slice(last.end - span.start)) ??
    (first.start > span.start ? attributionBefore(span.text.slice(0, first.start - span.start)) : undefined)
  );
}

/** A person the text names before the quotation in the same sentence ("Health Ministry spokesman Paulo Costa … : “…,” he said"). */
function namedBefore(unit: Unit): string | undefined {
  const prefix = unit.span.text.slice(0, unit.quotes[0]!.start - unit.span.start);
  if (prefix.trim() === '') return undefined;
  const people = nlp(prefix).people().out('array') as string[];
  const name = people.at(-1)?.replace(/[,.]$/, '');
  if (!name) return undefined;
  // Keep the words that introduce the name: they are its role.
  const at = prefix.indexOf(name);
  return prefix.slice(0, at + name.length).replace(/^.*?\b(?=[A-Z])/, '');
}

/** What a document reports as said; `words` tells a speaker's title from their name. */
export function findStatements(
  doc: SeedDocument,
  { words, machineTranslation = false }: { words: Vocabulary; machineTranslation?: boolean },
): FoundStatement[] {
  const found: FoundStatement[] = [];
  let lastSpeaker: FoundStatement['speaker'] | undefined;
  let lastQuoteBlock: string | undefined;

  let analyst: string | undefined;
  for (const block of articleBlocks(doc)) {
    if (block.kind === 'headline') continue;
    if (block.kind === 'subhead') {
      analyst = ANALYSIS.exec(block.text)?.[1];
      continue;
    }
    const us = units(doc, block.text, sentences(doc.id, block), block.start);
    us.forEach((unit, i) => {
      const flags: StatementFlag[] = machineTranslation ? ['machine-translation'] : [];
      let attribution: Attribution | undefined;
      if (unit.quotes.length > 0) {
        attribution = attributionOfUnit(unit);
        if (!attribution) {
          const next = us[i + 1];
          const fromNext = next && next.quotes.length === 0 ? attributionOf(next.span.text) : undefined;
          const startsWithQuote = unit.quotes[0]!.start === unit.span.start && i === 0;
          if (lastSpeaker && (found.at(-1)?.passage.block === block.id || (startsWithQuote && lastQuoteBlock !== undefined))) {
            flags.push('continued');
            found.push({
              passage: unit.span,
              quoted: quotedWords(doc, unit),
              speaker: lastSpeaker,
              verb: found.at(-1)!.verb,
              flags,
            });
            lastQuoteBlock = block.id;
            return;
          }
          if (fromNext) {
            attribution = fromNext;
            flags.push('speaker-in-next-sentence');
          }
        }
      } else {
        attribution = attributionOf(unit.span.text);
        if (attribution) flags.push('paraphrase');
      }
      if (!attribution && analyst && i === 0) {
        attribution = { speaker: analyst, verb: 'wrote (analysis)' };
        flags.push('analysis');
      }
      if (!attribution) {
        if (unit.quotes.length === 0) lastQuoteBlock = undefined;
        return;
      }
      let phrase = attribution.speaker;
      if (isPronoun(phrase)) {
        const before = unit.quotes.length > 0 ? namedBefore(unit) : undefined;
        if (before) phrase = before;
        else if (lastSpeaker) phrase = lastSpeaker.phrase;
        else return;
        flags.push('pronoun');
      }
      const speaker = { phrase, ...splitSpeaker(phrase, words) };
      const passage = flags.includes('speaker-in-next-sentence') ? subSpanTo(doc, unit.span, us[i + 1]!.span) : unit.span;
      found.push({
        passage,
        quoted: quotedWords(doc, unit),
        speaker,
        verb: attribution.verb,
        ...(attribution.to ? { to: attribution.to } : {}),
        flags,
      });
      lastSpeaker = speaker;
      lastQuoteBlock = unit.quotes.length > 0 ? block.id : undefined;
    });
  }
  return found;
}

function quotedWords(doc: SeedDocument, unit: Unit): string[] {
  return unit.quotes.map((q) => doc.text.slice(q.start + 1, q.end - 1));
}

/** One span from the start of `a` to the end of `b` (both in one block). */
function subSpanTo(doc: SeedDocument, a: Span, b: Span): Span {
  return subSpan({ ...a, end: b.end, text: doc.text.slice(a.start, b.end) }, 0, b.end - a.start);
}

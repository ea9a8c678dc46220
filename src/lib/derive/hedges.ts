/**
 * How a report hedges a count, read into the data's figure types: "at least 17" is not 17, "a
 * handful" is not 5. Vague words get the loosest reading the words allow, for an editor to
 * confirm; every reading keeps the words exactly as written beside it.
 */
import nlp from 'compromise';
import type { Figure } from '../schemas/claims.ts';

/** Hedges that stand before a number, longest first so "more than" wins over "more". */
const HEDGES: ReadonlyArray<{ words: RegExp; type: 'at-least' | 'more-than' | 'fewer-than' | 'about' }> = [
  { words: /^at least$/i, type: 'at-least' },
  { words: /^(?:more than|over|upwards of)$/i, type: 'more-than' },
  { words: /^(?:less than|fewer than|under|up to)$/i, type: 'fewer-than' },
  { words: /^(?:about|around|some|approximately|roughly|nearly|almost|an estimated)$/i, type: 'about' },
];

export const HEDGE_WORDS = String.raw`at least|more than|over|upwards of|less than|fewer than|under|up to|about|around|some|approximately|roughly|nearly|almost|an estimated`;

/** Words that give no number but say there was more than one, with the reading they allow. */
const VAGUE: ReadonlyArray<{ words: RegExp; min: number; max?: number }> = [
  { words: /^a handful of$/i, min: 2, max: 5 },
  { words: /^a few$/i, min: 2, max: 5 },
  { words: /^dozens of$/i, min: 24 },
  { words: /^(?:several|a number of|multiple|many|a small group of|numerous)$/i, min: 2 },
];

export const VAGUE_WORDS = String.raw`a handful of|a few|dozens of|several|a number of|multiple|many|a small group of|numerous`;

export const NUMBER_WORDS = String.raw`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a dozen|a thousand`;

/** The value of a number as written: "2,500", "seven", "Ten", "a dozen". */
export function numberValue(written: string): number | undefined {
  const digits = written.replace(/,/g, '');
  if (/^\d+$/.test(digits)) return Number(digits);
  const value = (nlp(written.toLowerCase()).numbers().get() as unknown[])[0];
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** The figure that a hedge (possibly none) and a number (or vague words) state together. */
export function readFigure(hedge: string | undefined, amount: string): Figure | undefined {
  const vague = VAGUE.find((v) => v.words.test(amount.trim()));
  if (vague) return { type: 'vague', min: vague.min, ...(vague.max === undefined ? {} : { max: vague.max }) };
  const value = numberValue(amount.trim());
  if (value === undefined) return undefined;
  if (!hedge) return { type: 'exact', value };
  const h = HEDGES.find((x) => x.words.test(hedge.trim()));
  return h ? { type: h.type, value } : { type: 'exact', value };
}

/** A figure in plain words for the report: "at least 17", "2–5 (a handful)". */
export function describeFigure(f: Figure): string {
  switch (f.type) {
    case 'exact':
      return String(f.value);
    case 'at-least':
      return `at least ${f.value}`;
    case 'more-than':
      return `more than ${f.value}`;
    case 'fewer-than':
      return `fewer than ${f.value}`;
    case 'about':
      return `about ${f.value}`;
    case 'vague':
      return f.max === undefined ? `${f.min} or more` : `${f.min}–${f.max}`;
    case 'none':
      return 'none';
    case 'unknown':
      return 'unknown';
    case 'text':
      return f.value;
  }
}

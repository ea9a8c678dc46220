import { ARTICLE_KINDS, type SeedBlock, type SeedDocument } from '../seeds/parse.ts';

/** A stretch of a seed: its text exactly as the file has it, and where it lies. */
export interface Span {
  seed: string;
  /** The block (paragraph) that holds it: a citation must stay inside one line. */
  block: string;
  /** Offsets in the seed's text. */
  start: number;
  end: number;
  text: string;
}

/** Article text only: page furniture (captions, share buttons, related links) states no fact of the report. */
export function articleBlocks(doc: SeedDocument): SeedBlock[] {
  return doc.blocks.filter((b) => ARTICLE_KINDS.has(b.kind));
}

/** A full stop after these does not end a sentence ("Mr Costa", "Feb. 15", "Cmdr. Ana Silva", "6 p.m. Thursday"). */
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Gen|Cmdr|Lt|Col|Capt|Sgt|Adm|Rep|Sen|Gov|St|Jr|Sr|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]|a\.m|p\.m)$/;

/** Splits a block into sentences, keeping offsets; a closing quotation mark stays with its sentence. */
export function sentences(seed: string, block: SeedBlock): Span[] {
  const out: Span[] = [];
  const text = block.text;
  const boundary = /[.?!…]+["”’)]?(?=\s+["“‘(]?[A-Z0-9])/g;
  let from = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && ABBREVIATION.test(text.slice(from, m.index))) continue;
    push(out, seed, block, text, from, end);
    from = end;
  }
  push(out, seed, block, text, from, text.length);
  return out;
}

function push(out: Span[], seed: string, block: SeedBlock, text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const piece = raw.trim();
  if (piece.length === 0) return;
  const start = block.start + from + lead;
  out.push({ seed, block: block.id, start, end: start + piece.length, text: piece });
}

/** A sub-span of a span, by offsets relative to the span's text. */
export function subSpan(span: Span, from: number, to: number): Span {
  const raw = span.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const start = span.start + from + lead;
  return { ...span, start, end: start + text.length, text };
}

/** Lower-case words joined by hyphens: a record id ("Sant'Anna do Sul" → "santanna-do-sul"). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when two spans of one seed share any characters. */
export function overlaps(
  a: { seed: string; start: number; end: number },
  b: { seed: string; start: number; end: number },
): boolean {
  return a.seed === b.seed && a.start < b.end && b.start < a.end;
}

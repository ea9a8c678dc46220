/**
 * Turns one source document (a plain-text news article as it was captured) into a typed
 * document: headline, dateline and bylines as the text states them, and every line as a
 * block with a stable id. Lines that are not article text (share buttons, photo captions,
 * "Read Next" links, end markers) are kept and marked, never dropped, so that the site can
 * show a source exactly as it is and say what is debris.
 */

/** What a line of a seed is. */
export type BlockKind =
  | 'dateline'
  | 'headline'
  | 'paragraph'
  | 'subhead'
  | 'byline'
  | 'caption'
  | 'share'
  | 'reading-time'
  | 'related'
  | 'continuation'
  | 'end-marker';

/** Kinds that are the article's own text (as opposed to page furniture). */
export const ARTICLE_KINDS: ReadonlySet<BlockKind> = new Set(['headline', 'paragraph', 'subhead']);

export interface SeedBlock {
  /** Stable within the seed: `p3` (third paragraph), `h1` (first subhead), `n2` (second non-article line), `headline`, `dateline`. */
  id: string;
  kind: BlockKind;
  /** The block's text exactly as in the file (without the line break). */
  text: string;
  /** 1-based line number in the file. */
  line: number;
  /** Offsets of `text` in the file's text. */
  start: number;
  end: number;
}

export interface SeedDocument {
  /** The file name's numeric prefix, e.g. `000`. */
  id: string;
  fileName: string;
  headline: string;
  /** ISO date, only where the text states one (e.g. `date 2021-02-26` before the headline). */
  dateline?: string;
  /** A place dateline opening the first paragraph, e.g. `LISBON`. */
  datelinePlace?: string;
  /** Byline, credit and contact lines, as the text states them. */
  bylines: string[];
  blocks: SeedBlock[];
  text: string;
}

/** Why a line was classified as it was: the first rule that matches wins. */
const LINE_RULES: ReadonlyArray<{ kind: BlockKind; test: RegExp }> = [
  // Share-button labels run together, e.g. "FacebookXPinterestEmailEmailEmailShare".
  { kind: 'share', test: /^(?:Facebook|Twitter|X|Pinterest|Email|LinkedIn|WhatsApp|Reddit|Print|Share)+$/ },
  { kind: 'reading-time', test: /^[·•]?\s*\d+\s+min(?:ute)?s? read$/i },
  { kind: 'related', test: /^(?:Read Next|Related|Read More|See Also|Also Read):\s/i },
  { kind: 'continuation', test: /^Story Continues$/i },
  { kind: 'end-marker', test: /^\{eoa\}$/i },
  // Photo captions carry a picture credit or an archive tag.
  {
    kind: 'caption',
    test: /^\(FILES\)|\((?:AP|AFP|Reuters) Photo\b|\(Photo by\b| - (?:AP|AFP|Getty|Reuters|PA)$/,
  },
  {
    kind: 'byline',
    test: /^Our [A-Z][a-z]+ Staff$|^[A-Z][\w.]* Desk:$|^By [A-Z]|^--\s.*\bcan be reached at\b|\bhas contributed reporting\b/,
  },
  // A short question or a labelled section opener ("Analysis by … :") is a subheading.
  { kind: 'subhead', test: /^Analysis by [^.]+:$|^(?:\S+\s+){0,9}\S+\?$/ },
];

const DATELINE_PREFIX = /^\s*date (\d{4}-\d{2}-\d{2})\s+/;
const PLACE_DATELINE = /^([A-Z]{3,}(?:[ ,]+[A-Z]{2,})*)\s+(?=[A-Z][a-z])/;
const TRAILING_END_MARKER = /\s+\{eoa\}\s*$/i;

function classify(line: string): BlockKind {
  return LINE_RULES.find((rule) => rule.test.test(line))?.kind ?? 'paragraph';
}

/** The id prefix a kind counts under. */
function idPrefix(kind: BlockKind): string {
  if (kind === 'paragraph') return 'p';
  if (kind === 'subhead') return 'h';
  return 'n';
}

/** `000_0ace29a51d2ee6ad.txt` → `000`. */
export function seedIdFromFileName(fileName: string): string {
  const m = /^(\d+)_/.exec(fileName);
  if (!m) throw new Error(`${fileName}: a seed's file name must start with its number and an underscore, e.g. 000_….txt`);
  return m[1]!;
}

export function parseSeed(fileName: string, text: string): SeedDocument {
  const id = seedIdFromFileName(fileName);
  const blocks: SeedBlock[] = [];
  const counters = new Map<string, number>();
  let headline: string | undefined;
  let dateline: string | undefined;
  let datelinePlace: string | undefined;
  let seenParagraph = false;
  const bylines: string[] = [];

  const push = (kind: BlockKind, blockText: string, line: number, start: number): void => {
    let blockId: string = kind;
    if (kind !== 'headline' && kind !== 'dateline') {
      const prefix = idPrefix(kind);
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      blockId = `${prefix}${n}`;
    }
    if (kind === 'paragraph') seenParagraph = true;
    blocks.push({ id: blockId, kind, text: blockText, line, start, end: start + blockText.length });
  };

  let offset = 0;
  const lines = text.split('\n');
  lines.forEach((rawLine, index) => {
    const lineStart = offset;
    offset += rawLine.length + 1;
    // Trim, but keep the offsets of what is kept.
    const lead = rawLine.length - rawLine.trimStart().length;
    let content = rawLine.trim();
    let start = lineStart + lead;
    if (content === '') return;
    const lineNo = index + 1;

    if (headline === undefined) {
      const d = DATELINE_PREFIX.exec(rawLine);
      if (d) {
        dateline = d[1];
        // The dateline is its own block, so a citation can point at the date itself.
        const text = d[0].trim();
        push('dateline', text, lineNo, lineStart + d[0].indexOf(text));
        start = lineStart + d[0].length;
        content = rawLine.slice(d[0].length).trim();
      }
      headline = content;
      push('headline', content, lineNo, start);
      return;
    }

    // An end marker glued to the last paragraph ("… in the region.” {eoa}") is split off.
    const glued = TRAILING_END_MARKER.exec(content);
    if (glued && glued.index > 0) {
      const before = content.slice(0, glued.index);
      push(classify(before), before, lineNo, start);
      const marker = glued[0].trim();
      push('end-marker', marker, lineNo, start + content.indexOf(marker, glued.index));
      return;
    }

    const kind = classify(content);
    if (kind === 'byline') bylines.push(content.replace(/^--\s*/, '').replace(/:$/, ''));
    // Only the first paragraph can open with a place dateline.
    if (kind === 'paragraph' && !seenParagraph) datelinePlace = PLACE_DATELINE.exec(content)?.[1];
    push(kind, content, lineNo, start);
  });

  if (headline === undefined) throw new Error(`seeds/${fileName}: the file is empty; a seed needs at least a headline`);
  return {
    id,
    fileName,
    headline,
    ...(dateline === undefined ? {} : { dateline }),
    ...(datelinePlace === undefined ? {} : { datelinePlace }),
    bylines,
    blocks,
    text,
  };
}

/** The block that contains the offset range, if one block holds all of it. */
export function blockContaining(doc: SeedDocument, start: number, end: number): SeedBlock | undefined {
  // Blocks are in file order and never overlap, so the last one starting at or before
  // `start` is the only candidate: a binary search keeps this fast in long documents.
  const { blocks } = doc;
  let lo = 0;
  let hi = blocks.length - 1;
  let candidate: SeedBlock | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (b.start <= start) {
      candidate = b;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return candidate && end <= candidate.end ? candidate : undefined;
}

const blockIndexes = new WeakMap<SeedDocument, ReadonlyMap<string, SeedBlock>>();

/** The block with this id, found through an index built once per document (pages ask for many). */
export function blockById(doc: SeedDocument, id: string): SeedBlock | undefined {
  let index = blockIndexes.get(doc);
  if (!index) {
    index = new Map(doc.blocks.map((b) => [b.id, b]));
    blockIndexes.set(doc, index);
  }
  return index.get(id);
}

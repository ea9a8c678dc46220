import { basename, extname } from 'node:path';
import { stringify } from 'yaml';
import { parseSeed, type SeedDocument } from '../seeds/parse.ts';
import { sha256 } from '../seeds/read.ts';
import { EXPLAINER } from '../kinds/explainer.ts';
import { seedSources } from '../kinds/sources.ts';
import { numberWord } from '../format/number-words.ts';

/** A document handed to `npm run new`: its original file name and its bytes. */
export interface NewDocument {
  name: string;
  bytes: Uint8Array;
}

/** A title from a folder name: "coastal-floods" gives "Coastal floods". */
export function titleFromFolder(folder: string): string {
  const words = basename(folder).replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'Explainer';
}

/** What `npm run new` writes, as paths relative to the new explainer's folder and their contents. */
export type ScaffoldFiles = ReadonlyMap<string, string | Uint8Array>;

/** A seed file name the data schema accepts: the id, then the document's own name in file-safe words. */
export function seedFileName(id: string, original: string): string {
  const words = basename(original, extname(original))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${id}_${words || 'document'}.txt`;
}

/** Decodes a document as UTF-8, or says where it is not. */
export function decodeDocument(doc: NewDocument): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(doc.bytes);
  } catch {
    const at = firstInvalidByte(doc.bytes);
    throw new Error(
      `${doc.name}: not valid UTF-8 (first bad byte at offset ${at}); convert it first, e.g. iconv -f cp1252 -t utf-8 "${doc.name}" > converted.txt`,
    );
  }
}

/** Offset of the first byte that does not begin a well-formed UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}

/**
 * The first run of words in the document's first article paragraph that can be quoted in an
 * MDX attribute as it stands (no quotation marks or braces), long enough to find one passage.
 */
export function starterQuote(doc: SeedDocument): string | undefined {
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph') continue;
    const run = block.text.split(/["“”{}<>]/)[0]!.trim();
    const words = run
      .split(/\s+/)
      .slice(0, 12)
      .join(' ')
      .replace(/[,;:]$/, '');
    if (words.split(' ').length >= 4) return words;
  }
  return undefined;
}

const count = (n: number, noun: string): string => `${numberWord(n)} ${noun}${n === 1 ? '' : 's'}`;

/** The document's credit line, without what a reader need not be sent (an e-mail address, a handle). */
function credit(doc: SeedDocument): string | undefined {
  const line = doc.bylines[0]
    ?.replace(/^--\s*/, '')
    .replace(/\s+can be reached at\b.*$/, '')
    .replace(/:$/, '');
  return line || undefined;
}

function describe(doc: SeedDocument): string {
  const parts = [`The document headed “${doc.headline}”`];
  if (doc.dateline) parts.push(`dated ${doc.dateline}`);
  if (doc.datelinePlace) parts.push(`datelined ${doc.datelinePlace}`);
  const byline = credit(doc);
  if (byline) parts.push(`credited to “${byline}”`);
  return `${parts.join(', ')}.`;
}

/** How readers meet the document, in full and short, as far as its own text shows who wrote it. */
function names(doc: SeedDocument): { name: string; short: string } {
  const byline = credit(doc);
  const headline = doc.headline.trim();
  if (byline) return { name: `the report credited to “${byline}”`, short: byline };
  const words = headline.split(/\s+/);
  return { name: `the report headed “${headline}”`, short: `“${words.slice(0, 6).join(' ')}${words.length > 6 ? '…' : ''}”` };
}

const explainerYaml = (
  title: string,
  today: string,
  slug: string,
): string => `# The explainer's own settings: everything about this story that the engine needs.
# Every field is checked when the site builds; a wrong one stops the build and names it.

# The title readers see in the header, on the front page and on the PDF's cover.
title: ${JSON.stringify(title)}
# One line under the title on the front page.
subtitle: What the source documents say, passage by passage
# For search engines and link previews: 20 to 300 characters.
description: An explainer on this subject, in which every fact links to the passage of the source document it comes from.
# The language of the text, as a BCP 47 tag ("en", "en-GB", "fr").
lang: en
# How dates are written: "en-GB" gives "15 February 2021", "en-US" gives "February 15, 2021". Defaults to lang.
dateLocale: en-GB
# When the explainer was first published (YYYY-MM-DD).
published: ${today}
# When it was last updated (YYYY-MM-DD): pages and the PDF carry this date.
updated: ${today}
# Who publishes it, as readers should see it.
publisher: The Explainer Desk
# The address the site will be published at, for canonical links, the sitemap and the PDF.
# Leave it out until you know it; nothing then prints a made-up address.
# site: https://example.org/explainer/
# The path under that address when the site is not at its root, such as /explainers/floods/:
# every link, asset and search result then carries it. Leave it out for the root (/).
# base: /explainers/floods/
# The chapters, in reading order: each is a file content/chapters/<name>.mdx.
chapters:
  - ${slug}
# Events the front page leads with: ids of records in content/data/events.yaml.
keyEvents: []
# Figures on the front page, under the title (a locator map, say): each as a chapter writes it,
# \`figure\` naming it and the other keys its props. See AUTHORING.md.
# frontFigures:
#   - figure: MapFigure
#     id: locator
# The kinds of event in content/data/events.yaml, in lanes as the timeline draws them, top to
# bottom: each lane a name, a marker shape (circle, square, triangle, diamond), a colour slot
# (1 to 4), and its kinds with the word readers see; \`emphasis: true\` draws a lane's events
# larger, \`incident: true\` counts them as incidents in the source matrix. Without it every
# event is of kind "event", in one lane. See AUTHORING.md.
# eventKinds:
#   - key: events
#     label: Events
#     shape: circle
#     colour: 1
#     kinds: { event: Event }
# How the map marks a place with events of several lanes: lane keys, the first wins.
# mapRanking: [events]
# Words the figures print that depend on the subject.
# figureWords:
#   timelineSummary: Events by date.
#   referencePlace: Place named to locate an area
# Words \`npm run derive\` reads the documents with, added to its English defaults: what a count
# can be of, titles before a speaker's name, capitalised words that are no name. See AUTHORING.md.
# derive:
#   countNouns: [tent]
#   peopleNouns: [resident]
#   titles: [Mayor]
#   notNames: [Aftershocks]
#   nameOpeners: [Mayor]
`;

/** Text as MDX reads it literally: its markup characters escaped (a headline may hold `*` or `{`). */
function mdxText(text: string): string {
  return text.replace(/[\\`*_{}<>[\]#|~!]/g, '\\$&');
}

/**
 * The files of a new explainer made from documents: each document copied byte for byte into
 * seeds/ under an id, sources.yaml pinning each one's hash, explainer.yaml with every field
 * explained, and a first chapter that cites one passage of each document, so that the new
 * explainer builds at once. Of the kinds of record only the sources are required, so the
 * others get no file until the explainer has records of them.
 */
export function scaffoldExplainer(title: string, documents: readonly NewDocument[], today: string): ScaffoldFiles {
  if (documents.length === 0) throw new Error('name at least one document to build the explainer from');
  if (documents.length > 1000) throw new Error('at most 1,000 documents: seed ids have three digits');
  const files = new Map<string, string | Uint8Array>();
  const seeds: Array<Record<string, string>> = [];
  const lines: string[] = [];
  documents.forEach((document, i) => {
    const id = String(i).padStart(3, '0');
    const file = seedFileName(id, document.name);
    const text = decodeDocument(document);
    const doc = parseSeed(file, text);
    if (!doc.headline.trim()) throw new Error(`${document.name}: the first line must be the document's headline`);
    files.set(`seeds/${file}`, document.bytes);
    seeds.push({
      id,
      file,
      sha256: sha256(document.bytes),
      label: doc.headline.trim(),
      description: describe(doc),
      ...names(doc),
    });
    const quote = starterQuote(doc);
    if (!quote) throw new Error(`${document.name}: no paragraph of four words or more to cite; is it one paragraph a line?`);
    // The headline in italics, as a title: quotation marks are kept for words the cited passage holds.
    lines.push(`- *${mdxText(doc.headline.trim())}* opens with the words “${quote}”.<Cite seed="${id}" quote="${quote}" />`);
  });
  files.set(
    seedSources.file,
    `# The source documents, pinned to their exact bytes (SHA-256). When a document changes, review\n# what cites it and update its hash. Labels and descriptions say what each document is, as far\n# as its own text shows; name (first mention) and short (notes, tables, figures) are how readers\n# meet it: who published or wrote it, as the text shows.\n${stringify({ seeds, external: [] }, { lineWidth: 100 })}`,
  );
  files.set(EXPLAINER.file, explainerYaml(title, today, 'introduction'));
  files.set(
    'content/chapters/introduction.mdx',
    `---\ntitle: What the documents say\nshort: Introduction\ndescription: The ${count(documents.length, 'document')} this explainer is built on, and how each one begins.\n---\n\nThis explainer is built on ${count(documents.length, 'document')}.\n\n${lines.join('\n')}\n`,
  );
  return files;
}

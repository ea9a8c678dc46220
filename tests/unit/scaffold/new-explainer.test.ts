import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Explainer, SourcesFile } from '../../../src/lib/schemas/index.ts';
import { parseSeed } from '../../../src/lib/seeds/parse.ts';
import { sha256 } from '../../../src/lib/seeds/read.ts';
import { scaffoldExplainer, seedFileName, starterQuote, titleFromFolder } from '../../../src/lib/scaffold/new-explainer.ts';

const seed = (file: string): Uint8Array => readFileSync(new URL(`../../../seeds/${file}`, import.meta.url));
const documents = [
  { name: 'reports/Foreign staff.txt', bytes: seed('000_0ace29a51d2ee6ad.txt') },
  { name: 'reports/losey.txt', bytes: seed('003_ae35b6ff1b13a890.txt') },
];
const text = (files: ReadonlyMap<string, string | Uint8Array>, path: string): string => {
  const value = files.get(path);
  if (typeof value !== 'string') throw new Error(`no text file ${path}`);
  return value;
};

describe('scaffoldExplainer(title, documents, today)', () => {
  const files = scaffoldExplainer('Border strikes', documents, '2026-12-01');

  it('copies each document byte for byte under an id', () => {
    expect(files.get('seeds/000_foreign-staff.txt')).toBe(documents[0]!.bytes);
    expect(files.get('seeds/001_losey.txt')).toBe(documents[1]!.bytes);
  });

  it('writes sources.yaml that the schema accepts, with each document’s hash and headline', () => {
    const sources = SourcesFile.parse(parse(text(files, 'content/data/sources.yaml')));
    expect(sources.seeds.map((s) => s.sha256)).toEqual(documents.map((d) => sha256(d.bytes)));
    expect(sources.seeds[1]!.label).toBe('Biden Orders Airstrikes on Iranian-Backed Militias in Syria After Rocket Attacks');
    // The credit line's e-mail address and handle are not copied into the description.
    expect(sources.seeds[1]!.description).toContain('credited to “Stephen Losey”');
    expect(sources.seeds[1]!.description).not.toMatch(/@/);
  });

  it('writes explainer.yaml with every field explained, leaving the site address out until it is known', () => {
    const yaml = text(files, 'content/explainer.yaml');
    const settings: Record<string, unknown> = parse(yaml);
    expect(settings.title).toBe('Border strikes');
    expect(settings.chapters).toEqual(['introduction']);
    expect(settings).not.toHaveProperty('site');
    const lines = yaml.split('\n');
    for (const field of Object.keys(Explainer.shape)) {
      const at = lines.findIndex((l) => new RegExp(`^(?:# )?${field}:`).test(l));
      expect(at, `${field} is in the file`).toBeGreaterThan(0);
      expect(lines[at - 1], `a comment explains ${field}`).toMatch(/^# \S/);
    }
  });

  it('writes a first chapter citing a passage of each document that stands in it', () => {
    const chapter = text(files, 'content/chapters/introduction.mdx');
    const cites = [...chapter.matchAll(/<Cite seed="(\d{3})" quote="([^"]+)" \/>/g)];
    expect(cites.map((c) => c[1])).toEqual(['000', '001']);
    for (const [, id, quote] of cites) {
      const bytes = documents[Number(id)]!.bytes;
      expect(Buffer.from(bytes).toString('utf8')).toContain(quote);
    }
  });

  it('writes no file for kinds of record it does not use', () => {
    expect([...files.keys()].filter((k) => k.startsWith('content/data/'))).toEqual(['content/data/sources.yaml']);
  });

  it('refuses a document that is not UTF-8, naming it and the byte', () => {
    const bytes = new Uint8Array([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' headline\nA paragraph of some words.\n')]);
    expect(() => scaffoldExplainer('X', [{ name: 'menu.txt', bytes }], '2026-12-01')).toThrow(
      /^menu\.txt: not valid UTF-8 \(first bad byte at offset 3\); convert it first/,
    );
  });

  it('refuses to start with no documents', () => {
    expect(() => scaffoldExplainer('X', [], '2026-12-01')).toThrow(/at least one document/);
  });
});

describe('helpers', () => {
  it('seedFileName(id, name) keeps file-safe words only', () => {
    expect(seedFileName('007', 'Über Berichte (2021).TXT')).toBe('007_uber-berichte-2021.txt');
    expect(seedFileName('000', '---.txt')).toBe('000_document.txt');
  });

  it('starterQuote(doc) stops before a quotation mark, which an MDX attribute cannot hold', () => {
    const doc = parseSeed(
      '000_x.txt',
      'Headline\nOfficials said "nothing more" on Monday.\nRockets struck the base on Monday night, officials said.\n',
    );
    expect(starterQuote(doc)).toBe('Rockets struck the base on Monday night, officials said.');
  });

  it('titleFromFolder(path) turns a folder name into a title', () => {
    expect(titleFromFolder('/work/iran-strikes')).toBe('Iran strikes');
  });
});

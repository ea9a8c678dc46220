import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ALL_KINDS } from '../../../src/lib/kinds/index.ts';

/**
 * The engine in src/ serves any explainer, so it must not carry this one's story: no place,
 * actor or outlet it names, no kind of event or lane it declares, no word of its title. The
 * words are read from content/, so a new place or actor is covered as soon as it is written.
 */

const read = (file: string): unknown => parse(readFileSync(join('content', file), 'utf8'));
const list = (v: unknown): Array<Record<string, unknown>> => (Array.isArray(v) ? (v as Array<Record<string, unknown>>) : []);
const text = (v: unknown): string[] => (typeof v === 'string' && v.trim() ? [v.trim()] : []);

/** Words that name this story however a sentence is built, kept here because no data file lists them as such. */
const HAND = ['strike', 'airstrike', 'militia', 'Iran', 'Iranian', 'Syria', 'Syrian', 'Iraq', 'Iraqi', 'attack', 'Pentagon'];
/** Words of the title and subtitle that say nothing of the story (a map draws borders whatever it shows). */
const PLAIN = new Set(['border', 'The', 'And', 'What', 'How', 'Why', 'When', 'Where', 'Who']);

/** The engine's own kinds of record ("statement", "event"): an explainer's kind may share a name with one. */
const RECORD_KINDS = new Set(ALL_KINDS.map((k) => k.name));

interface Term {
  term: string;
  from: string;
}

function storyTerms(): Term[] {
  const terms: Term[] = HAND.map((term) => ({ term, from: 'hand list' }));
  const explainer = read('explainer.yaml') as Record<string, unknown>;
  for (const field of ['title', 'subtitle']) {
    const words = (text(explainer[field])[0] ?? '').split(/[\s,;:.–—-]+/);
    words.forEach((w, i) => {
      // The title's words, and the subtitle's names (capitalised words after its first).
      if ((field === 'title' && w.length > 3 && !PLAIN.has(w)) || (/^\p{Lu}/u.test(w) && w.length > 1 && !PLAIN.has(w) && i > 0))
        terms.push({ term: w, from: `explainer.yaml ${field}` });
    });
  }
  for (const lane of list(explainer.eventKinds)) {
    terms.push(...text(lane.label).map((term) => ({ term, from: 'explainer.yaml eventKinds label' })));
    for (const [id, label] of Object.entries((lane.kinds ?? {}) as Record<string, unknown>)) {
      if (RECORD_KINDS.has(id)) continue;
      // A one-word kind ("call", "statement") is plain English; as a quoted id it is this story's list.
      terms.push({ term: id.includes('-') ? id : `'${id}'`, from: 'explainer.yaml event kind' });
      terms.push(
        ...text(label).map((term) => ({ term: term.includes(' ') ? term : `'${term}'`, from: 'explainer.yaml kind label' })),
      );
    }
  }
  for (const a of list(read('data/actors.yaml'))) terms.push(...text(a.name).map((term) => ({ term, from: 'actors.yaml' })));
  for (const p of list(read('data/places.yaml'))) terms.push(...text(p.name).map((term) => ({ term, from: 'places.yaml' })));
  const sources = read('data/sources.yaml') as { seeds?: unknown; external?: unknown };
  for (const s of list(sources.seeds)) terms.push(...text(s.short).map((term) => ({ term, from: 'sources.yaml short name' })));
  for (const s of list(sources.external)) {
    // "ABC News (Australia)", "bdnews24.com, carrying Reuters": the outlet, before its particulars.
    const outlet = (text(s.publisher)[0] ?? '').split(/[(,]/)[0]!;
    terms.push(...text(outlet).map((term) => ({ term, from: 'sources.yaml publisher' })));
  }
  return terms;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A term as a whole word (plurals too); an acronym ("US") only in capitals and not after a hyphen ("en-US" is a locale), everything else in any case. */
function pattern(term: string): RegExp {
  const flags = /\b\p{Lu}{2,}\b/u.test(term) ? 'u' : 'iu';
  const body = escape(term).replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}${flags === 'u' ? '-' : ''}])${body}(?:s|es)?(?![\\p{L}\\p{N}])`, flags);
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** Every line of every file under `dir` that holds one of the terms, as "file:line: term (from)". */
function storyHits(dir: string, terms: readonly Term[]): string[] {
  const patterns = terms.map((t) => ({ ...t, re: pattern(t.term) }));
  const hits: string[] = [];
  for (const file of files(dir)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const found = patterns.filter((p) => p.re.test(line));
        if (found.length > 0) hits.push(`${file}:${i + 1}: ${found.map((p) => `${p.term} (${p.from})`).join(', ')}`);
      });
  }
  return hits;
}

describe('the engine', () => {
  it('finds the story’s words where they are written (the check can fail)', () => {
    expect(pattern('strike').test('the strikes began')).toBe(true);
    expect(pattern('US').test('tell us')).toBe(false);
    expect(pattern('US strikes').test('// US strikes first')).toBe(true);
    expect(pattern("'call'").test("kinds: ['call']")).toBe(true);
    expect(pattern('Iran').test('Iranian')).toBe(false);
    expect(pattern('US').test("'en-US'")).toBe(false);
  });

  // Every line of src/ against every term: seconds on a busy machine.
  it('holds no word of this explainer’s story in src/', { timeout: 60_000 }, () => {
    const terms = storyTerms();
    expect(terms.length).toBeGreaterThan(40);
    expect(storyHits('src', terms)).toEqual([]);
  });
});

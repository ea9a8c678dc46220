import { NormalizedText, normalizeForMatch } from '../text/normalize.ts';
import { blockContaining } from '../seeds/parse.ts';
import type { LoadedSeed } from '../seeds/read.ts';
import type { DataIssue } from './errors.ts';

/** A cited passage located in its seed. */
export interface Passage {
  seed: string;
  /** The block (paragraph, caption, …) that holds it. */
  blockId: string;
  /** Offsets in the seed's text. */
  start: number;
  end: number;
  /** The passage exactly as the seed has it. */
  text: string;
}

/** Key under which a `{ seed, quote }` pair is indexed. */
export function passageKey(seed: string, quote: string): string {
  return `${seed}\u0000${normalizeForMatch(quote)}`;
}

const indexes = new WeakMap<LoadedSeed, NormalizedText>();

/**
 * A seed's text normalised for matching, built the first time it is asked for and kept with
 * the seed: every quote and spelling is looked up in it, so a seed is normalised once however
 * many records, chapters and pages ask about it.
 */
export function seedIndex(seed: LoadedSeed): NormalizedText {
  let index = indexes.get(seed);
  if (!index) {
    index = new NormalizedText(seed.text);
    indexes.set(seed, index);
  }
  return index;
}

/**
 * Finds quotes in seeds. One instance per load: it caches what it has located, so a
 * passage cited from many records is searched for once.
 */
export class PassageFinder {
  readonly passages = new Map<string, Passage>();
  private readonly seeds: ReadonlyMap<string, LoadedSeed>;

  constructor(seeds: readonly LoadedSeed[]) {
    this.seeds = new Map(seeds.map((s) => [s.id, s]));
  }

  /** Locates the quote, or returns the reason it cannot be trusted. */
  locate(seedId: string, quote: string): Passage | string {
    const key = passageKey(seedId, quote);
    const known = this.passages.get(key);
    if (known) return known;
    const seed = this.seeds.get(seedId);
    if (!seed) return `unknown seed "${seedId}" (known: ${[...this.seeds.keys()].join(', ')})`;
    const index = seedIndex(seed);
    const at = index.find(quote);
    if (!at) {
      const near = index.closest(quote);
      const hint = near ? `; closest: "${near.text}" (${near.differs})` : '';
      return `quote not found in seed ${seedId} (${seed.fileName}): "${quote}"${hint}`;
    }
    const block = blockContaining(seed, at.start, at.end);
    if (!block) return `quote runs across lines of seed ${seedId}; cite a passage within one paragraph: "${quote}"`;
    const passage = { seed: seedId, blockId: block.id, start: at.start, end: at.end, text: seed.text.slice(at.start, at.end) };
    this.passages.set(key, passage);
    return passage;
  }
}

/** Calls `visit` for every `{ seed, quote }` object inside a record, with its dotted path. */
export function walkSeedCitations(
  value: unknown,
  visit: (cite: { seed: string; quote: string }, path: string) => void,
  path = '',
): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      walkSeedCitations(v, visit, path ? `${path}.${i}` : String(i));
    });
    return;
  }
  if (!value || typeof value !== 'object') return;
  const obj = value as Record<string, unknown>;
  if (typeof obj.seed === 'string' && typeof obj.quote === 'string') {
    visit({ seed: obj.seed, quote: obj.quote }, path);
    return;
  }
  for (const [k, v] of Object.entries(obj)) walkSeedCitations(v, visit, path ? `${path}.${k}` : k);
}

/** Calls `visit` for every `{ external, detail }` object inside a record. */
export function walkExternalCitations(
  value: unknown,
  visit: (cite: { external: string; detail: string }, path: string) => void,
  path = '',
): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      walkExternalCitations(v, visit, path ? `${path}.${i}` : String(i));
    });
    return;
  }
  if (!value || typeof value !== 'object') return;
  const obj = value as Record<string, unknown>;
  if (typeof obj.external === 'string' && typeof obj.detail === 'string') {
    visit({ external: obj.external, detail: obj.detail }, path);
    return;
  }
  for (const [k, v] of Object.entries(obj)) walkExternalCitations(v, visit, path ? `${path}.${k}` : k);
}

/** True if `name` stands in at least one seed as a name of its own (same normalisation as quotes; {@link NormalizedText.hasName}). */
export function nameInAnySeed(seeds: readonly LoadedSeed[], name: string): boolean {
  return seeds.some((s) => seedIndex(s).hasName(name));
}

/** Helper to push a reference problem. */
export function checkRef(
  issues: DataIssue[],
  file: string,
  record: string,
  field: string,
  kind: string,
  id: string | undefined,
  /** Undefined when the ids of that kind could not be read; the reference is then not checked. */
  known: ReadonlySet<string> | undefined,
): void {
  if (id !== undefined && known !== undefined && !known.has(id)) {
    issues.push({ file, record, field, message: `unknown ${kind} id "${id}"` });
  }
}

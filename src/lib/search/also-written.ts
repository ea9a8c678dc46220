import { normalizeWord } from './query.ts';

/** The spellings that differ from the name (case, accents and punctuation aside), so a record does not repeat its name. */
function otherWays(name: string, spellings: readonly string[]): string[] {
  const key = (s: string): string => normalizeWord(s.replace(/\s+/g, ''));
  const seen = new Set([key(name)]);
  return spellings.filter((s) => !seen.has(key(s)) && seen.add(key(s)));
}

/** "Also written …", for a search record of a name the sources spell in other ways too; nothing when they do not. */
export function alsoWritten(name: string, spellings: readonly string[]): Array<{ text: string }> {
  const others = otherWays(name, spellings);
  return others.length ? [{ text: `Also written ${others.join('; ')}.` }] : [];
}

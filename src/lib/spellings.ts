import type { LoadedSeed } from './seeds/read.ts';
import { findNormalized } from './text/normalize.ts';

/** Which seeds write a name a given way: the evidence behind "also spelled". */
export function spellingUsage(
  seeds: readonly LoadedSeed[],
  spellings: readonly string[],
): Array<{ spelling: string; seeds: string[] }> {
  return spellings.map((spelling) => ({
    spelling,
    seeds: seeds.filter((s) => findNormalized(s.text, spelling) !== undefined).map((s) => s.id),
  }));
}

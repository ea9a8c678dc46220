import type { LoadedSeed } from './seeds/read.ts';
import { seedIndex } from './data/verify.ts';

/** Which seeds write a name a given way: the evidence behind "also spelled". */
export function spellingUsage(
  seeds: readonly LoadedSeed[],
  spellings: readonly string[],
): Array<{ spelling: string; seeds: string[] }> {
  // Each seed's index remembers its lookups, so a name shown on several pages is searched for once.
  return spellings.map((spelling) => ({
    spelling,
    seeds: seeds.filter((s) => seedIndex(s).hasName(spelling)).map((s) => s.id),
  }));
}

import { nameInAnySeed } from '../data/verify.ts';
import type { CheckContext } from './kind.ts';

/** Every spelling listed for a name must stand in at least one seed, not inside a longer word (people, groups and places). */
export function checkSpellings(records: ReadonlyArray<{ id: string; spellings: readonly string[] }>, ctx: CheckContext): void {
  if (ctx.seeds.length === 0) return;
  for (const r of records) {
    r.spellings.forEach((spelling, i) => {
      if (!nameInAnySeed(ctx.seeds, spelling))
        ctx.issues.push({
          file: ctx.file,
          record: r.id,
          field: `spellings.${i}`,
          message: `spelling "${spelling}" does not stand in any seed as a word of its own`,
        });
    });
  }
}

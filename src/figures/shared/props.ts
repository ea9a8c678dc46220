import { z } from 'zod';

/**
 * The kinds of prop a figure takes in MDX. Every attribute arrives as a string; these schemas
 * turn it into the value the figure uses (a list, a day) or say in a few words what is wrong.
 */

/** A comma-separated list as an array: "a, b,, c" → ["a", "b", "c"]. */
export const splitList = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** A record id, as the data files write them. */
export const idProp = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be an id of lower-case letters, digits and hyphens');

/** The anchor id of a figure, unique on its page. */
export const anchorId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'must be an anchor id: a lower-case letter, then letters, digits and hyphens');

/** A figure's anchor id, `fallback` when the chapter gives none. */
export const anchorProp = (fallback: string) => anchorId.default(fallback);

/** A comma-separated list of items, each checked by `item`; at least one. */
export const listProp = <T extends z.ZodType<unknown, string>>(item: T) =>
  z.string().transform(splitList).pipe(z.array(item).min(1, 'must name at least one item'));

/** A day, YYYY-MM-DD, that exists. */
export const dayProp = z.string().refine((s) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, 'must be a day that exists, written YYYY-MM-DD');

/** Words a reader sees (a title, a one-line reading): not empty. */
export const textProp = z.string().trim().min(1, 'must not be empty');

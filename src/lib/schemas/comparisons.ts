import { z } from 'zod';
import { Cites, Id } from './common.ts';

/**
 * One cell of a comparison: the editors' words with the passages they rest on, or, where the
 * sources disagree, a question whose claims the cell lists source by source (so that no cell
 * picks one source's answer).
 */
export const ComparisonCell = z.union([
  z.strictObject({
    /** What this round was in this respect, in the editors' neutral, attributed words. */
    text: z.string().min(3),
    cites: Cites,
  }),
  z.strictObject({
    /** A question in questions.yaml: the cell shows each source's answer, with its passages. */
    question: Id,
  }),
]);

/** A row: one respect in which the rounds are compared, one cell per round. */
export const ComparisonRow = z.strictObject({
  /** The respect, as a row heading ("What set them off"). */
  label: z.string().min(3),
  cells: z.array(ComparisonCell),
});

/** Two or more events set side by side, respect by respect, each cell cited. */
export const Comparison = z
  .strictObject({
    id: Id,
    /** The finding, stated as a figure title states it. */
    title: z.string().min(10),
    /** One line on how to read it. */
    reading: z.string().min(10),
    /** The events compared, in column order, each with its column heading. */
    rounds: z.array(z.strictObject({ event: Id, label: z.string().min(1) })).min(2, 'needs at least two rounds to compare'),
    rows: z.array(ComparisonRow).min(1, 'needs at least one row'),
  })
  .superRefine((c, ctx) => {
    c.rows.forEach((row, i) => {
      if (row.cells.length !== c.rounds.length)
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i, 'cells'],
          message: `has ${row.cells.length} cells for ${c.rounds.length} rounds; give one cell per round`,
        });
    });
  });

export type ComparisonCell = z.output<typeof ComparisonCell>;
export type Comparison = z.output<typeof Comparison>;

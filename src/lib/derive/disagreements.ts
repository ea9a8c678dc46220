/**
 * Figures about the same thing (the same question: one event, one count) that differ across documents: each
 * group is a candidate question, with every document's answer beside the others.
 */
import type { Figure } from '../schemas/claims.ts';
import { figuresConflict } from '../claims.ts';

export interface FigureAnswer {
  claim: string;
  /** The question it answers: an existing one where a record covers it, else its event and count. */
  question: string;
  seed: string;
  event?: string;
  counts: string;
  figure: Figure;
  stated: string;
}

export interface Disagreement {
  question: string;
  event: string;
  counts: string;
  answers: FigureAnswer[];
}

export function findDisagreements(answers: readonly FigureAnswer[]): Disagreement[] {
  const groups = new Map<string, FigureAnswer[]>();
  for (const a of answers) {
    groups.set(a.question, [...(groups.get(a.question) ?? []), a]);
  }
  const out: Disagreement[] = [];
  for (const group of groups.values()) {
    const seeds = new Set(group.map((g) => g.seed));
    if (seeds.size < 2) continue;
    const differ = group.some((a) => group.some((b) => a.seed !== b.seed && figuresConflict(a.figure, b.figure)));
    // A question needs an event; answers whose event was left open join through a shared question only.
    const event = group.find((g) => g.event !== undefined)?.event;
    if (differ && event !== undefined)
      out.push({ question: group[0]!.question, event, counts: group[0]!.counts, answers: group });
  }
  return out;
}

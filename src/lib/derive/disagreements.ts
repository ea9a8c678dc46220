/**
 * Figures about the same thing (same event, same count) that differ across documents: each
 * group is a candidate question, with every document's answer beside the others.
 */
import type { Figure } from '../schemas/claims.ts';
import { figuresConflict } from '../claims.ts';

export interface FigureAnswer {
  claim: string;
  seed: string;
  event?: string;
  counts: string;
  figure: Figure;
  stated: string;
}

export interface Disagreement {
  event: string;
  counts: string;
  answers: FigureAnswer[];
}

export function findDisagreements(answers: readonly FigureAnswer[]): Disagreement[] {
  const groups = new Map<string, FigureAnswer[]>();
  for (const a of answers) {
    if (a.event === undefined) continue;
    const key = `${a.event}\u0000${a.counts}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const out: Disagreement[] = [];
  for (const group of groups.values()) {
    const seeds = new Set(group.map((g) => g.seed));
    if (seeds.size < 2) continue;
    const differ = group.some((a) => group.some((b) => a.seed !== b.seed && figuresConflict(a.figure, b.figure)));
    if (differ) out.push({ event: group[0]!.event!, counts: group[0]!.counts, answers: group });
  }
  return out;
}

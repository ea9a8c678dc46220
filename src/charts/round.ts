/** Rounds to a tenth of a unit, the charts' precision, so that their output is stable (and never -0). */
export const r1 = (n: number): number => Math.round(n * 10) / 10 || 0;

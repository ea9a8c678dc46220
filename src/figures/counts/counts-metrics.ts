import { r1 } from '../../charts/round.ts';
/** Layout constants, in SVG units at a 720-unit-wide chart. */
export const COUNTS = {
  sourceX: 0,
  /** The source column holds a short name such as "The Coastal Herald report", wrapped. */
  sourceWidth: 90,
  claimantX: 98,
  claimantWidth: 152,
  plotLeft: 262,
  right: 22,
  rowMin: 32,
  lineHeight: 13,
  /** Room above a row's line for a label set over it. */
  above: 21,
  /** How far open arrows run past the end of the scale, so they never seem to stop at its last tick. */
  overshoot: 18,
  panelGap: 30,
  fontSize: 11,
  /** Half-width of a band around "about": ±10%. */
  aboutSpread: 0.1,
  /** How far past the largest value the scale runs, so open arrows have room to point. */
  headroom: 1.12,
} as const;

/** The charts' rounding, for the modules of this layer. */
export { r1 };
/**
 * The metrics of one layout: COUNTS scaled to the layout's type size, so that the columns and
 * rows grow with their text. A stacked layout (for phones) sets each row's names on lines of
 * their own above its mark, so the plot takes the full width.
 */
export interface CountsMetrics {
  fontSize: number;
  lineHeight: number;
  sourceWidth: number;
  claimantX: number;
  claimantWidth: number;
  plotLeft: number;
  rowMin: number;
  above: number;
  stacked: boolean;
}

/** The metrics for a chart `width` units wide with text of `fontSize` units, side by side or stacked. */
export function countsMetrics(width: number, fontSize: number = COUNTS.fontSize, stacked = false): CountsMetrics {
  const k = fontSize / COUNTS.fontSize;
  const lineHeight = r1(COUNTS.lineHeight * k);
  if (stacked) {
    const full = width - COUNTS.right;
    return {
      fontSize,
      lineHeight,
      sourceWidth: full,
      claimantX: 0,
      claimantWidth: full,
      plotLeft: 8,
      rowMin: 0,
      above: 0,
      stacked,
    };
  }
  return {
    fontSize,
    lineHeight,
    sourceWidth: r1(COUNTS.sourceWidth * k),
    claimantX: r1(COUNTS.claimantX * k),
    claimantWidth: r1(COUNTS.claimantWidth * k),
    plotLeft: r1(COUNTS.plotLeft * k),
    rowMin: r1(COUNTS.rowMin * k),
    above: r1(COUNTS.above * k),
    stacked,
  };
}

import type { Box } from '../../charts/boxes.ts';
import type { Claim } from '../../lib/schemas/index.ts';

/**
 * The shapes the counts layout takes in and gives out (see counts.ts), kept apart from the code
 * so that the layout's parts can share them without importing one another.
 */

/** A figure as drawn on its row: as precise as its source gives it, no more (see counts.ts). */
export type CountMark =
  | { kind: 'point'; x: number }
  | { kind: 'open'; direction: 'right' | 'left'; x: number; to: number; filled: boolean }
  | { kind: 'band'; x: number; from: number; to: number }
  | { kind: 'range'; from: number; to: number; open: boolean }
  | { kind: 'zero'; x: number }
  | { kind: 'missing' };

/** The space something takes up: the charts' box. */
export type { Box };

/** A line of text set on a row. */
export interface CountLabel {
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  /** The box it takes up, for tests and collision checks. */
  box: Box;
}

/** One claim's row. */
export interface CountRow {
  claimId: string;
  /** The seed the claim cites first. */
  source: string;
  /** That source's name for readers, wrapped to fit the source column. */
  sourceLines: string[];
  /** Who gives the figure, wrapped to fit the label column. */
  claimantLines: string[];
  /** Baselines of the first line of each: centred on the row's line, or above it when stacked. */
  sourceY: number;
  claimantY: number;
  /** Top of the row's band; the row's line runs at `y`. */
  top: number;
  height: number;
  y: number;
  mark: CountMark;
  /** "about", "none", "not given": the hedge in words, where the mark alone would not say it. */
  hedge?: CountLabel;
  /** The source's own words, where there is room for them; otherwise only in the tip and the table. */
  stated?: CountLabel;
}

/** One question's panel, with its own scale. */
export interface CountPanel {
  questionId: string;
  title: string;
  unit?: string;
  /** The title as drawn: one line beside the columns, or wrapped with the unit below it when stacked. */
  titleLines: string[];
  /** Baseline of the panel's title. */
  titleY: number;
  /** Baseline of the column headings. */
  headY: number;
  top: number;
  height: number;
  /** The plot's left edge (zero), the end of the scale, and the right edge, where open arrows end. */
  x0: number;
  axisEnd: number;
  x1: number;
  ticks: Array<{ x: number; value: number; label: string }>;
  /** Baseline of the tick labels; gridlines run from the first row to just above it. */
  axisY: number;
  rows: CountRow[];
}

/** Everything `layoutCounts` places. */
export interface CountsLayout {
  width: number;
  height: number;
  /** Size and line height of the chart's text, in units. */
  fontSize: number;
  lineHeight: number;
  /** Whether each row's names sit above its mark (the phone layout) rather than beside it. */
  stacked: boolean;
  /** Left edges of the source and claimant columns. */
  sourceX: number;
  claimantX: number;
  panels: CountPanel[];
}

/** The chart's width, and how its words read. */
export interface CountsOptions {
  width: number;
  /** Size of the chart's text in units (11 unless given); the columns and rows grow with it. */
  fontSize?: number;
  /** Names above each row's mark rather than beside it, for a narrow chart. */
  stacked?: boolean;
  /** Who gives the figure, as readers should see it; defaults to the claimant's id. */
  claimant?: (claim: Claim) => string;
  /** A source's name, as readers should see it; defaults to its id. */
  sourceName?: (seed: string) => string;
  /** Tick labels; defaults to English digit grouping. */
  format?: (n: number) => string;
  /** Words for the hedges the marks cannot carry alone. */
  words?: Partial<Record<'about' | 'none' | 'notGiven' | 'notACount', string>>;
}

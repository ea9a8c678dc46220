import { scaleLinear } from 'd3-scale';
import type { Claim, Question } from '../../lib/schemas/index.ts';
import { DEFAULT_WORDS, hedgeOf, placeStated, quoted } from './counts-labels.ts';
import { isNumericFigure, markBox, markOf, reach } from './counts-marks.ts';
import { wrapText } from '../../charts/text.ts';
import { COUNTS, countsMetrics, r1, type CountsMetrics } from './counts-metrics.ts';
import type { Box, CountPanel, CountRow, CountsLayout, CountsOptions } from './counts-types.ts';

/**
 * "Conflicting counts": one small panel per question, one row per claim, every figure drawn
 * exactly as hedged as its source gives it, on a linear scale that starts at zero.
 *
 *  - exact        a dot
 *  - at least     a dot, and a line with an arrowhead running to the panel's right edge
 *  - more than    an open circle (the value itself excluded), with the same arrow
 *  - fewer than   an open circle, with an arrow running left to zero
 *  - about        a dot in a soft band of ±10%, labelled "about"
 *  - vague        a hatched bar over the editors' reading (min–max, or min and open to the right)
 *  - none         a bar at zero, labelled "none"
 *  - unknown      no mark; the row says "not given" (a text answer says "not a count")
 *
 * Pure: questions, claims and a width in; rows, ticks, marks and label positions out, rounded
 * to a tenth of a unit so the output is stable. Nothing here touches the DOM.
 *
 * This module is the chart's public entry point; its parts live in counts-*.ts files.
 */

export type * from './counts-types.ts';
export { COUNTS, countsMetrics, type CountsMetrics } from './counts-metrics.ts';
export { isNumericFigure, KEY_MARKS, markKey, type MarkKey } from './counts-marks.ts';
export { placeStated, quoted } from './counts-labels.ts';

/**
 * Lays out the "conflicting counts" figure. Questions keep the order given; claims keep the
 * data's order within each question. Throws if a question has no claims with a number.
 */
export function layoutCounts(questions: readonly Question[], claims: readonly Claim[], options: CountsOptions): CountsLayout {
  const metrics = countsMetrics(options.width, options.fontSize, options.stacked);
  const setting: PanelSetting = {
    x1: options.width - COUNTS.right,
    width: options.width,
    m: metrics,
    claimant: options.claimant ?? ((c: Claim) => c.claimant ?? c.cites[0]!.seed),
    sourceName: options.sourceName ?? ((seed: string) => seed),
    format: options.format ?? ((n: number) => n.toLocaleString('en')),
    words: { ...DEFAULT_WORDS, ...options.words },
  };
  const panels: CountPanel[] = [];
  let top = 0;
  for (const question of questions) {
    const panel = layoutPanel(
      question,
      claims.filter((c) => c.question === question.id),
      top,
      setting,
    );
    panels.push(panel);
    top += panel.height + COUNTS.panelGap;
  }
  return {
    width: options.width,
    height: r1(Math.max(0, top - COUNTS.panelGap)),
    fontSize: metrics.fontSize,
    lineHeight: metrics.lineHeight,
    stacked: metrics.stacked,
    sourceX: COUNTS.sourceX,
    claimantX: metrics.claimantX,
    panels,
  };
}

/** What every panel shares: the plot's right edge, the metrics and the words. */
interface PanelSetting {
  x1: number;
  width: number;
  m: CountsMetrics;
  claimant: (c: Claim) => string;
  sourceName: (seed: string) => string;
  format: (n: number) => string;
  words: typeof DEFAULT_WORDS;
}

/** One question's panel from `top` down: its own scale from zero, a row per claim, then the axis. */
function layoutPanel(
  question: Question,
  own: readonly Claim[],
  top: number,
  { x1, width, m, claimant, sourceName, format, words }: PanelSetting,
): CountPanel {
  if (!own.some((c) => isNumericFigure(c.figure))) {
    throw new Error(`question "${question.id}" has no claim with a number to draw`);
  }
  const x0 = m.plotLeft;
  const axisEnd = x1 - COUNTS.overshoot;
  const max = Math.max(1, ...own.map((c) => reach(c.figure)));
  const scale = scaleLinear()
    .domain([0, max * COUNTS.headroom])
    .range([x0, axisEnd])
    .nice(5);
  const x = (v: number): number => r1(scale(v));
  // A narrow plot takes fewer ticks, so their labels never touch.
  const tickCount = axisEnd - x0 < 360 ? 4 : 5;
  const ticks = scale
    .ticks(tickCount)
    .filter((v) => Number.isInteger(v))
    .map((value) => ({ x: x(value), value, label: format(value) }));

  const k = m.fontSize / COUNTS.fontSize;
  const titleSize = m.fontSize + 2;
  // The title wraps on a narrow chart; a stacked one puts the unit on a line of its own.
  const unitText = question.unit ? `number of ${question.unit}` : undefined;
  const titleLines = m.stacked
    ? [...wrapText(question.label, width - COUNTS.right, titleSize, { strong: true }), ...(unitText ? [unitText] : [])]
    : [question.label];
  const titleY = top + 14 * k;
  const titleBottom = titleY + (titleLines.length - 1) * m.lineHeight;
  const headY = titleBottom + 20 * k;
  let rowTop = m.stacked ? titleBottom + 8 : headY + 8 * k;
  const rows: CountRow[] = [];
  const placed: Box[] = [];
  const marks: Box[] = [];

  for (const c of own) {
    const lines = wrapText(claimant(c), m.claimantWidth, m.fontSize);
    const sourceLines = wrapText(sourceName(c.cites[0]!.seed), m.sourceWidth, m.fontSize);
    let height: number;
    let y: number;
    let sourceY: number;
    let claimantY: number;
    if (m.stacked) {
      // The source's name, then who gives the figure, each from the left edge; the mark below them.
      sourceY = r1(rowTop + m.fontSize + 6);
      claimantY = r1(sourceY + sourceLines.length * m.lineHeight);
      y = r1(claimantY + (lines.length - 1) * m.lineHeight + 16);
      height = r1(y + 12 - rowTop);
    } else {
      height = Math.max(m.rowMin, Math.max(lines.length, sourceLines.length) * m.lineHeight + 8 * k);
      y = r1(rowTop + Math.max(m.above, height / 2 + 2 * k));
      // Each name's lines centre on the row's line.
      const centred = (n: number): number => r1(y + 4 * k - ((n - 1) * m.lineHeight) / 2);
      sourceY = centred(sourceLines.length);
      claimantY = centred(lines.length);
    }
    const mark = markOf(c.figure, x, x0, x1);
    const row: CountRow = {
      claimId: c.id,
      source: c.cites[0]!.seed,
      sourceLines,
      claimantLines: lines,
      sourceY,
      claimantY,
      top: r1(rowTop),
      height,
      y,
      mark,
    };
    const mb = markBox(mark, y);
    if (mb) marks.push(mb);

    // The hedge in words, at a fixed place beside its mark.
    const hedge = hedgeOf(c.figure, mark, y, x0, words, m);
    if (hedge) {
      row.hedge = hedge;
      placed.push(hedge.box);
    }
    rows.push(row);
    rowTop += height;
  }

  // The source's words: beside the mark on its line, else just above the line; where
  // neither has room, only in the tooltip and the table.
  for (const row of rows) {
    const c = own.find((cl) => cl.id === row.claimId)!;
    const text = quoted(c.stated);
    const label = placeStated(text, row, x0, x1, [...placed, ...marks], m);
    if (label) {
      row.stated = label;
      placed.push(label.box);
    }
  }

  const axisY = r1(rowTop + 16 * k);
  return {
    questionId: question.id,
    title: question.label,
    ...(question.unit ? { unit: question.unit } : {}),
    titleLines,
    titleY: r1(titleY),
    headY: r1(headY),
    top: r1(top),
    height: r1(axisY + 6 * k - top),
    x0,
    axisEnd,
    x1,
    ticks,
    axisY,
    rows,
  };
}

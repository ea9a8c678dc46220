import type { LayoutName } from '../figures/shared/describe.ts';

/**
 * The size each layout of a chart is drawn at (see src/figures/shared/Figure.astro): wide at the
 * figure column's 608 px with text that stays at least 12 px down to 560; narrow at 320 units for
 * phones, its text at least 12 px in a 288 px column. A narrow layout stacks what the wide one
 * sets side by side.
 */
export const LAYOUT_SIZES: Record<LayoutName, { width: number; fontSize: number; stacked: boolean }> = {
  wide: { width: 608, fontSize: 13, stacked: false },
  narrow: { width: 320, fontSize: 13.5, stacked: true },
};

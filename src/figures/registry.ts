import { affiliationsFigure } from './affiliations/figure.ts';
import { compareFigure } from './compare/figure.ts';
import { countsFigure } from './counts/figure.ts';
import { mapFigure } from './map/figure.ts';
import type { FigureDefinition } from './shared/define.ts';
import { sourceMatrixFigure } from './source-matrix/figure.ts';
import { timelineFigure } from './timeline/figure.ts';

/**
 * Every figure a chapter can place, by the name chapters write. The chapter check
 * (src/lib/mdx/remark-figures.ts) reads each one's props from here, and has each chapter import
 * the components of the figures it shows from the files their definitions name; the front page
 * imports its figures' the same way (src/lib/mdx/figure-components.ts). Adding a figure: its
 * folder, with a `figure.ts` that defines it, and one line here.
 */
export const FIGURES = [timelineFigure, mapFigure, countsFigure, sourceMatrixFigure, affiliationsFigure, compareFigure] as const;

/** The names chapters write, in the registry's order. */
export const FIGURE_NAMES: readonly string[] = FIGURES.map((f) => f.name);

/** The figure a chapter names, if there is one. */
export const figureNamed = (name: string): FigureDefinition | undefined =>
  (FIGURES as readonly FigureDefinition[]).find((f) => f.name === name);

// In the order the pages imported them, which is the order of their styles in the bundle.
import TimelineFigure from './timeline/TimelineFigure.astro';
import MapFigure from './map/MapFigure.astro';
import AffiliationsFigure from './affiliations/AffiliationsFigure.astro';
import CountsFigure from './counts/CountsFigure.astro';
import SourceMatrixFigure from './source-matrix/SourceMatrixFigure.astro';
import CompareFigure from './compare/CompareFigure.astro';
import type { FigureName } from './registry.ts';

/**
 * The component of every figure in the registry, for the chapter pages and the print edition to
 * hand to MDX. Kept apart from registry.ts because the chapter check runs in the Astro config,
 * which cannot load components; the type makes a figure missing here fail `astro check`.
 */
export const FIGURE_COMPONENTS = {
  TimelineFigure,
  MapFigure,
  CountsFigure,
  SourceMatrixFigure,
  AffiliationsFigure,
  CompareFigure,
} satisfies Record<FigureName, unknown>;

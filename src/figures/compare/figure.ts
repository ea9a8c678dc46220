import { z } from 'zod';
import { defineFigure } from '../shared/define.ts';
import { anchorProp, idProp } from '../shared/props.ts';

/** `<CompareFigure comparison="…">`: rounds of events side by side, respect by respect, each cell cited. */
export const compareFigure = defineFigure({
  name: 'CompareFigure',
  component: 'compare/CompareFigure.astro',
  props: z.strictObject({
    id: anchorProp('compare'),
    /** A comparison in content/data/comparisons.yaml. */
    comparison: idProp,
  }),
  refs: { comparison: 'comparison' },
});

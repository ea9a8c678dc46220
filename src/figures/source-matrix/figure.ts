import { z } from 'zod';
import { defineFigure } from '../shared/define.ts';
import { anchorProp, textProp } from '../shared/props.ts';

/** `<SourceMatrixFigure />`: which source states, omits or contradicts each fact. */
export const sourceMatrixFigure = defineFigure({
  name: 'SourceMatrixFigure',
  component: 'source-matrix/SourceMatrixFigure.astro',
  props: z.strictObject({
    id: anchorProp('source-matrix'),
    /** The finding, in the editors' words: what the matrix shows, not what it is. */
    title: textProp.default('Who reported what'),
    /** One line on how to read it, under the title. */
    summary: textProp.default(
      'For each event and each question, whether each source document states it, gives a figure or day at odds with another source, or leaves it out.',
    ),
  }),
});

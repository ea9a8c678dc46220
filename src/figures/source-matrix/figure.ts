import { z } from 'zod';
import { defineFigure } from '../shared/define.ts';
import { anchorProp } from '../shared/props.ts';

/** `<SourceMatrixFigure />`: which source states, omits or contradicts each fact. */
export const sourceMatrixFigure = defineFigure({
  name: 'SourceMatrixFigure',
  props: z.strictObject({
    id: anchorProp('source-matrix'),
  }),
});

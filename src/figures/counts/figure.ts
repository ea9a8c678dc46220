import { z } from 'zod';
import { defineFigure } from '../shared/define.ts';
import { anchorProp, idProp, listProp } from '../shared/props.ts';

/** `<CountsFigure questions="…">`: every source's figure for a disputed count. */
export const countsFigure = defineFigure({
  name: 'CountsFigure',
  props: z.strictObject({
    id: anchorProp('counts'),
    /** Questions with numeric answers (content/data/questions.yaml). */
    questions: listProp(idProp),
  }),
  refs: { questions: 'question' },
});

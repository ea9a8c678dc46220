import { z } from 'zod';
import { defineFigure } from '../shared/define.ts';
import { anchorProp, idProp, listProp, textProp } from '../shared/props.ts';

/** `<CountsFigure questions="…">`: every source's figure for a disputed count. */
export const countsFigure = defineFigure({
  name: 'CountsFigure',
  component: 'counts/CountsFigure.astro',
  props: z.strictObject({
    id: anchorProp('counts'),
    /** Questions with numeric answers (content/data/questions.yaml). */
    questions: listProp(idProp),
    /** The finding, in the editors' words: what the counts show, not what the chart is. */
    title: textProp.default('What each source counted'),
    /** One line on how to read it, under the title. */
    summary: textProp.default(
      'Each row is one source’s figure, drawn only as precisely as the source gives it: a dot for an exact number, an arrow for an open-ended one, hatching for words that give no number.',
    ),
  }),
  refs: { questions: 'question' },
});

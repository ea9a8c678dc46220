import { z } from 'zod';
import { defineFigure } from '../shared/define.ts';
import { anchorProp, dayProp, idProp, listProp, textProp } from '../shared/props.ts';

/** `<TimelineFigure from to detailFrom detailTo …>`: events over time, chosen days spread out. */
export const timelineFigure = defineFigure({
  name: 'TimelineFigure',
  component: 'timeline/TimelineFigure.astro',
  props: z.strictObject({
    id: anchorProp('timeline'),
    /** First and last day drawn. */
    from: dayProp,
    to: dayProp,
    /** Days to spread out in a detail panel. */
    detailFrom: dayProp,
    detailTo: dayProp,
    /** Two events whose distance in days the detail panel marks. */
    gapFrom: idProp.optional(),
    gapTo: idProp.optional(),
    /** Events to label besides those of emphasised lanes. */
    labelled: listProp(idProp).optional(),
    /** The finding, in a sentence; by default the range drawn. */
    title: textProp.optional(),
    /** How to read the chart, in a line; by default the explainer's words for timelines and the detail's days. */
    summary: textProp.optional(),
  }),
  refs: { gapFrom: 'event', gapTo: 'event', labelled: 'event' },
});

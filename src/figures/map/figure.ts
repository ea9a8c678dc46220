import { z } from 'zod';
import { defineFigure } from '../shared/define.ts';
import { anchorProp, idProp, listProp, splitList, textProp } from '../shared/props.ts';

/** "west,south,east,north" in degrees, as four numbers. */
const extentProp = z
  .string()
  .transform((s) => splitList(s).map(Number))
  .refine((v) => v.length === 4 && v.every(Number.isFinite), 'must be "west,south,east,north" in degrees')
  .transform(([west, south, east, north]) => ({ west: west!, south: south!, east: east!, north: north! }));

/** `<MapFigure …>`: where the events happened, on Natural Earth borders. */
export const mapFigure = defineFigure({
  name: 'MapFigure',
  component: 'map/MapFigure.astro',
  props: z.strictObject({
    id: anchorProp('map'),
    /** The events the map shows (one round, say); by default every event with a place to mark. */
    events: listProp(idProp).optional(),
    /** Places with coordinates that the area encloses, e.g. two towns a site lies between. */
    areaAround: listProp(idProp).optional(),
    /** Events drawn as that area rather than at its places. */
    areaEvents: listProp(idProp).optional(),
    /** The frame; by default the countries of the marked places, with a margin. */
    extent: extentProp.optional(),
    /** The finding, in the editors' words; by default the months the map covers ("Where it happened, June 2021"). */
    title: textProp.optional(),
    /** One line on how to read it; by default how many places are marked, and how. */
    summary: textProp.optional(),
  }),
  refs: { events: 'event', areaAround: 'place', areaEvents: 'event' },
});

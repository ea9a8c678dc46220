import { z } from 'zod';
import { AFFILIATION_RELATIONS } from '../../lib/schemas/index.ts';
import { defineFigure } from '../shared/define.ts';
import { anchorId, idProp, listProp, textProp } from '../shared/props.ts';

/** `<AffiliationsFigure focus relations …>`: who belongs to, is backed by or is allied with whom. */
export const affiliationsFigure = defineFigure({
  name: 'AffiliationsFigure',
  component: 'affiliations/AffiliationsFigure.astro',
  props: z.strictObject({
    /** Anchor id; by default `affiliations-<focus>` (see affiliationsId). */
    id: anchorId.optional(),
    /** The actor whose network is drawn. */
    focus: idProp,
    /** Relations to draw. */
    relations: listProp(z.enum(AFFILIATION_RELATIONS, { error: `must be one of ${AFFILIATION_RELATIONS.join(', ')}` })),
    /** Actors to leave out. */
    exclude: listProp(idProp).optional(),
    title: textProp,
    summary: textProp,
  }),
  refs: { focus: 'actor', exclude: 'actor' },
});

/** The figure's anchor: the chapter's `id`, or one named after its focus, so two networks on a page differ. */
export const affiliationsId = (props: { id?: string | undefined; focus: string }): string =>
  props.id ?? `affiliations-${props.focus}`;

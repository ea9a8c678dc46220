import { z } from 'zod';
import { Cites, ExternalCitation, Id } from './common.ts';

export const PLACE_KINDS = [
  'country',
  'region',
  'province',
  'city',
  'town',
  'district',
  'base',
  'airport',
  'border-crossing',
  'site',
] as const;

/** Latitude and longitude, always from a named external reference: the seeds give none. */
export const Coordinates = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  cite: ExternalCitation,
});

export const Place = z.strictObject({
  id: Id,
  name: z.string().min(2),
  kind: z.enum(PLACE_KINDS),
  /** Every way the seeds write the name; each must stand in at least one seed. */
  spellings: z.array(z.string().min(2)).min(1, 'needs at least one spelling from the seeds'),
  /** The country it lies in, by name. */
  country: z.string().min(2),
  /** A larger place it lies in. */
  within: Id.optional(),
  coordinates: Coordinates.optional(),
  /** Why it matters to the story, in the editors' words. */
  role: z.string().min(5),
  cites: Cites,
});

export type Place = z.output<typeof Place>;

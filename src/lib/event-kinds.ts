import { z } from 'zod';
import type { DataIssue } from './data/errors.ts';
import { Id } from './schemas/common.ts';

/**
 * The kinds of event an explainer declares, and how its figures show them. The engine knows no
 * kind of its own: an explainer lists its kinds in lanes (`eventKinds` in explainer.yaml), and
 * the timeline, the map, the source matrix and every list of events read them from here.
 */

/** A kind of event: an id, as events.yaml writes it in `kind`. */
export const EventKindId = Id;

/** Marker shapes a lane can take; the timeline and the map draw the same shape for a lane. */
export const LANE_SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
/** Colour slots of the figures' palette (`--c-1` … `--c-4` in the styles), each legible in both themes. */
export const LANE_COLOURS = [1, 2, 3, 4] as const;

/** What the map calls a place marked only because it locates an area of events; not a lane's key. */
export const REFERENCE = 'reference';

/** One lane of the timeline: a group of kinds drawn alike. */
export const Lane = z.strictObject({
  /** Its id, used in the figures' markup. */
  key: Id.refine((k) => k !== REFERENCE, `"${REFERENCE}" names the map's reference places`),
  /** Its name in the timeline's lanes and key and in the map's key: "Earthquakes". */
  label: z.string().min(2),
  /** Its marker's shape. Marks differ by shape as well as colour, so no meaning rests on colour. */
  shape: z.enum(LANE_SHAPES),
  /** Its colour: a slot of the figures' palette, 1 to 4. */
  colour: z.union(LANE_COLOURS.map((n) => z.literal(n))),
  /** Events drawn larger and always labelled on the timeline, their places named in bold on the map. */
  emphasis: z.boolean().default(false),
  /** The events the source matrix counts as incidents (its rule (a)), and the map marks a little larger. */
  incident: z.boolean().default(false),
  /** The kinds in the lane, each with the word readers see for it: `{ aftershock: Aftershock }`. */
  kinds: z.record(EventKindId, z.string().min(2)).refine((k) => Object.keys(k).length > 0, 'a lane holds at least one kind'),
});
export type Lane = z.output<typeof Lane>;

/** One lane for every event, when an explainer declares none. */
export const DEFAULT_LANES: readonly Lane[] = [
  { key: 'events', label: 'Events', shape: 'circle', colour: 1, emphasis: false, incident: false, kinds: { event: 'Event' } },
];

/** The lanes, in the order the timeline draws them; each kind in one lane only. */
export const EventKinds = z
  .array(Lane)
  .min(1)
  .superRefine((lanes, ctx) => {
    const seen = new Map<string, string>();
    lanes.forEach((lane, i) => {
      if (lanes.findIndex((l) => l.key === lane.key) !== i)
        ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `lane "${lane.key}" is declared twice` });
      for (const kind of Object.keys(lane.kinds)) {
        const other = seen.get(kind);
        if (other !== undefined)
          ctx.addIssue({ code: 'custom', path: [i, 'kinds', kind], message: `kind "${kind}" is already in lane "${other}"` });
        seen.set(kind, lane.key);
      }
    });
  });

/** The words figures print that depend on what the explainer is about. */
export const FigureWords = z.strictObject({
  /** The timeline's summary, before the sentence on the days it spreads out: "Earthquakes and what was said after them." */
  timelineSummary: z.string().min(3).default('Events by date.'),
  /** The map's key and table for a place named only to locate an area of events. */
  referencePlace: z.string().min(3).default('Place named to locate an area'),
});
export type FigureWords = z.output<typeof FigureWords>;

/** The part of the explainer's settings this module reads. */
export interface KindsConfig {
  eventKinds: readonly Lane[];
  /** Lane keys, most serious first, for the map; by default the emphasised lanes, then incidents, then the rest, each in lane order. */
  mapRanking?: readonly string[] | undefined;
  figureWords: FigureWords;
}

/** The lane a kind is in. Kinds are checked when the data loads, so an unknown one is a bug here. */
export function laneOf(config: Pick<KindsConfig, 'eventKinds'>, kind: string): Lane {
  const lane = config.eventKinds.find((l) => Object.hasOwn(l.kinds, kind));
  if (!lane) throw new Error(`event kind "${kind}" is in no lane of explainer.yaml eventKinds`);
  return lane;
}

/** The word readers see for a kind: "Aftershock". */
export const kindLabel = (config: Pick<KindsConfig, 'eventKinds'>, kind: string): string => laneOf(config, kind).kinds[kind]!;

/** The lane keys, most serious first, then the map's reference places. */
export function mapRanking(config: Pick<KindsConfig, 'eventKinds' | 'mapRanking'>): string[] {
  const lanes = config.eventKinds;
  const weight = (l: Lane): number => (l.emphasis ? 0 : l.incident ? 1 : 2);
  const keys = config.mapRanking ?? lanes.toSorted((a, b) => weight(a) - weight(b)).map((l) => l.key);
  return [...keys, REFERENCE];
}

/** A map role's place in {@link mapRanking}, lower first. */
export const roleRank = (config: Pick<KindsConfig, 'eventKinds' | 'mapRanking'>, role: string): number =>
  mapRanking(config).indexOf(role);

/** What the map's key and table call a role: its lane's label, or the words for a reference place. */
export function roleLabel(config: KindsConfig, role: string): string {
  return role === REFERENCE ? config.figureWords.referencePlace : (config.eventKinds.find((l) => l.key === role)?.label ?? role);
}

/** A marker's radius on the map: emphasised lanes largest, then incidents, then the rest, a reference place smallest. */
export function roleRadius(config: Pick<KindsConfig, 'eventKinds'>, role: string): number {
  const lane = config.eventKinds.find((l) => l.key === role);
  if (!lane) return 4;
  return lane.emphasis ? 6 : lane.incident ? 5.5 : 5;
}

/** The kinds in incident lanes: what the source matrix's rule (a) adds between the key events. */
export const incidentKinds = (config: Pick<KindsConfig, 'eventKinds'>): string[] =>
  config.eventKinds.filter((l) => l.incident).flatMap((l) => Object.keys(l.kinds));

/**
 * The explainer's ranking must name each lane once; each event's kind must be declared. One
 * issue per fault, naming the file, record and field with the value.
 */
export function checkEventKinds(
  config: Pick<KindsConfig, 'eventKinds' | 'mapRanking'>,
  events: ReadonlyArray<{ id: string; kind: string }>,
  files: { explainer: string; events: string },
): DataIssue[] {
  const issues: DataIssue[] = [];
  const keys = config.eventKinds.map((l) => l.key);
  if (config.mapRanking) {
    const ranked = config.mapRanking;
    if (ranked.length !== keys.length || keys.some((k) => !ranked.includes(k)))
      issues.push({
        file: files.explainer,
        field: 'mapRanking',
        message: `must name each lane once (${keys.join(', ')}), not "${ranked.join(', ')}"`,
      });
  }
  const declared = new Set(config.eventKinds.flatMap((l) => Object.keys(l.kinds)));
  for (const e of events) {
    if (!declared.has(e.kind))
      issues.push({
        file: files.events,
        record: e.id,
        field: 'kind',
        message: `"${e.kind}" is not a kind declared in ${files.explainer} eventKinds (${[...declared].join(', ')})`,
      });
  }
  return issues;
}

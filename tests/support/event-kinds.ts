import { FigureWords, type KindsConfig, type Lane } from '../../src/lib/event-kinds.ts';

const lane = (l: Omit<Lane, 'emphasis' | 'incident'> & Partial<Lane>): Lane => ({ emphasis: false, incident: false, ...l });

/** Lanes as a news explainer on attacks and the strikes that answered them might declare them. */
export const KINDS: KindsConfig = {
  eventKinds: [
    lane({
      key: 'attacks',
      label: 'Attacks on US forces',
      shape: 'triangle',
      colour: 1,
      incident: true,
      kinds: { 'rocket-attack': 'Rocket attack', 'drone-attack': 'Drone attack', bombing: 'Bombing' },
    }),
    lane({
      key: 'strikes',
      label: 'US strikes',
      shape: 'diamond',
      colour: 2,
      emphasis: true,
      incident: true,
      kinds: { airstrike: 'Airstrike', 'drone-strike': 'Drone strike' },
    }),
    lane({
      key: 'words',
      label: 'Statements and decisions',
      shape: 'circle',
      colour: 3,
      kinds: { statement: 'Statement', call: 'Call', investigation: 'Investigation' },
    }),
    lane({
      key: 'context',
      label: 'Policy and diplomacy',
      shape: 'square',
      colour: 4,
      kinds: { policy: 'Policy', agreement: 'Agreement', deployment: 'Deployment' },
    }),
  ],
  mapRanking: ['strikes', 'attacks', 'context', 'words'],
  figureWords: FigureWords.parse({ referencePlace: 'Place named to locate a strike area' }),
};

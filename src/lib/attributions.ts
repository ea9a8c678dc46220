import type { Dataset } from './data/load.ts';
import { isSeedCitation, type Attribution } from './schemas/index.ts';

/** Who published a citation's words, as readers know the source. */
function sourceName(data: Pick<Dataset, 'seedSources' | 'external'>, cite: Attribution['cites'][number]): string {
  if (isSeedCitation(cite)) return data.seedSources.find((s) => s.id === cite.seed)?.label ?? cite.seed;
  return data.external.find((x) => x.id === cite.external)?.publisher ?? cite.external;
}

/**
 * Each account of who said or did something, with the sources that give it: "the region's
 * authorities, according to the Coastal Herald report; the national seismology office,
 * according to the agency's bulletin".
 */
export function attributionText(data: Pick<Dataset, 'seedSources' | 'external'>, attributions: readonly Attribution[]): string {
  return attributions
    .map((a) => `${a.as}, according to ${[...new Set(a.cites.map((c) => sourceName(data, c)))].join(' and ')}`)
    .join('; ');
}

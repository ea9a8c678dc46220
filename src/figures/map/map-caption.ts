import type { ResolvedCitation } from '../../lib/citations/resolve.ts';
import { formatWhen } from '../../lib/format/dates.ts';
import type { Event } from '../../lib/schemas/index.ts';
import type { AreaWords } from './map-area.ts';
import { counted, midSentence } from './map-words.ts';

/** "Where it happened, January 2020 to June 2021": the months of the events shown. */
export function mapTitle(shown: readonly Event[], locale: string): string {
  const months = shown
    .flatMap((e) => (e.when ? [e.when.date, e.when.until ?? e.when.date] : []))
    .map((d) => d.slice(0, 7))
    .toSorted();
  const span =
    months.length > 0
      ? formatWhen(months[0]!, months.at(-1) === months[0] ? undefined : months.at(-1), locale).replace(' – ', ' to ')
      : '';
  return `Where it happened${span ? `, ${span}` : ''}`;
}

/** The map in a sentence: how many places, how they are marked, and why the area is an area. */
export function mapSummary(places: number, area: Pick<AreaWords, 'title' | 'dates'> | undefined): string {
  return `${counted(places, 'place', 'places')} named in the events, each marked by the most serious thing that happened there${
    area ? `; the ${midSentence(area.title)} of ${area.dates} are drawn as an area, because the sources give no exact site` : ''
  }.`;
}

/**
 * The source line: the borders, where the coordinates come from ("An atlas (Lisbon; Porto; …)",
 * titles grouped by the first words of their publisher, so one reference work is named once),
 * and the sources of the passages that place the area.
 */
export function mapSource(
  coordinates: readonly ResolvedCitation[],
  areaTitle: string,
  areaCites: ReadonlyArray<{ cites: readonly ResolvedCitation[] }>,
): string {
  const byPublisher = new Map<string, Set<string>>();
  for (const c of coordinates) {
    const publisher = c.kind === 'external' ? c.publisher.split(/[(,;]/)[0]!.trim() : c.name;
    byPublisher.set(publisher, (byPublisher.get(publisher) ?? new Set()).add(c.label));
  }
  const areaSources = new Set(areaCites.flatMap((a) => a.cites.map((c) => (c.kind === 'seed' ? c.name : c.publisher))));
  return `${[
    'borders from Natural Earth (1:50m), via the world-atlas package',
    `coordinates from ${[...byPublisher].map(([publisher, titles]) => `${publisher} (${[...titles].join('; ')})`).join(', ')}, as named with each place in the table`,
    ...(areaCites.length > 0
      ? [`the area of the ${midSentence(areaTitle)} from the passages quoted in the table (${[...areaSources].join('; ')})`]
      : []),
  ].join('; ')}.`;
}

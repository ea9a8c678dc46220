import type { ResolvedCitation } from '../../lib/citations/resolve.ts';
import { formatWhen } from '../../lib/format/dates.ts';
import type { Event } from '../../lib/schemas/index.ts';
import type { AreaWords } from './map-area.ts';
import { counted, listText, midSentence } from './map-words.ts';

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
 * The source line, short enough to read: the borders, the publishers the coordinates come from
 * (one name per reference work, not each of its pages), and the sources whose
 * passages place the area. The table names the page behind each place and quotes the passages.
 */
export function mapSource(
  coordinates: readonly ResolvedCitation[],
  areaCites: ReadonlyArray<{ cites: readonly ResolvedCitation[] }>,
): string {
  const publisher = (c: ResolvedCitation): string => (c.kind === 'external' ? c.publisher.split(/[(,;]/)[0]!.trim() : c.name);
  const publishers = [...new Set(coordinates.map(publisher))];
  const areaSources = [...new Set(areaCites.flatMap((a) => a.cites.map(publisher)))];
  return `${[
    'Natural Earth',
    ...(publishers.length > 0 ? [`coordinates from ${listText(publishers)}`] : []),
    ...(areaSources.length > 0 ? [`the area from ${listText(areaSources)}`] : []),
  ].join('; ')}.`;
}

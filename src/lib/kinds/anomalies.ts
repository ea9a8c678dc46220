import { smartQuotes } from '../format/typography.ts';
import { Anomaly } from '../schemas/anomalies.ts';
import { sourceName } from '../sources/names.ts';
import type { Kind } from './kind.ts';
import { anomalyHref } from '../urls.ts';

export { Anomaly } from '../schemas/anomalies.ts';

/** Something in a source not to be repeated as fact; each is listed on the sources page. */
export const anomalies: Kind<'anomalies', 'anomaly', Anomaly> = {
  key: 'anomalies',
  name: 'anomaly',
  file: 'content/data/anomalies.yaml',
  schema: Anomaly,
  references: [],
  noun: { one: 'error or stray line', many: 'errors and stray lines' },
  label: (a, data) => `Note on ${sourceName(data.seedSources, a.at.seed, 'short')}`,
  href: (a) => anomalyHref(a.id),
  // An anomaly's note shows the passage and the references behind the editors' note on it.
  cites: (a) => [a.at, ...a.external],
  typeset: (a) => {
    const reading = a.reading === undefined ? undefined : smartQuotes(a.reading);
    return { ...a, note: smartQuotes(a.note), ...(reading === undefined ? {} : { reading }) };
  },
};

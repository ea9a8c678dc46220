/**
 * `npm run data:report`: verifies the explainer's data and prints counts per kind and per
 * seed, with every seed paragraph that no record cites and how many facts derived from the
 * documents no record covers. Exits non-zero on bad data. Reports the explainer EXPLAINER_ROOT
 * names, as the build does.
 */
import { loadDataset } from '../lib/data/load.ts';
import { explainerRoot } from '../lib/explainer-root.ts';
import { buildReport, formatReport } from '../lib/data/report.ts';
import { indexExisting } from '../lib/derive/coverage.ts';
import { derive, machineTranslated } from '../lib/derive/derive.ts';
import { vocabulary } from '../lib/derive/vocabulary.ts';
import { tally } from '../lib/derive/write.ts';

try {
  const root = explainerRoot();
  const data = loadDataset(root);
  const counts = tally(derive(data.seeds, indexExisting(data), machineTranslated(root), vocabulary(data.explainer.derive)));
  const uncovered = Object.fromEntries(
    Object.entries(counts)
      .filter(([kind]) => kind !== 'questions')
      .map(([kind, t]) => [kind, t.new]),
  );
  console.log(formatReport(buildReport(data, uncovered)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

/**
 * `npm run data:report`: verifies the explainer's data and prints counts per kind and per
 * seed, with every seed paragraph that no record cites. Exits non-zero on bad data. Reports the
 * explainer EXPLAINER_ROOT names, as the build does.
 */
import { loadDataset } from '../lib/data/load.ts';
import { explainerRoot } from '../lib/explainer-root.ts';
import { buildReport, formatReport } from '../lib/data/report.ts';

try {
  console.log(formatReport(buildReport(loadDataset(explainerRoot()))));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

import type { AstroIntegration } from 'astro';
import { getDataset } from '../lib/dataset.ts';
import { buildReport, formatReport } from '../lib/data/report.ts';

/**
 * Verifies the data before anything is built (a bad quote stops the build at once, with
 * every problem listed) and puts a short data report in the build log.
 */
export default function dataReport(): AstroIntegration {
  return {
    name: 'explainer:data-report',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const report = buildReport(getDataset());
        logger.info(formatReport(report, { verbose: false }));
      },
    },
  };
}

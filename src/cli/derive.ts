/**
 * `npm run derive [-- --out <folder>]`: reads every seed of the explainer (EXPLAINER_ROOT, or
 * this folder) and writes proposed records and a report to `<root>/derived/`, or the folder
 * named. It never writes to content/data: accepting a proposal is a person's move.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { explainerRoot } from '../lib/explainer-root.ts';
import { derive, machineTranslated, readExplainer } from '../lib/derive/derive.ts';
import { tally, writeProposals } from '../lib/derive/write.ts';

try {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const root = explainerRoot();
  const out = resolve(values.out ?? resolve(root, 'derived'));
  const { seeds, existing, words, title } = readExplainer(root);
  const proposals = derive(seeds, existing, machineTranslated(root), words);
  const written = writeProposals(out, proposals, title);
  const counts = Object.entries(tally(proposals))
    .map(([k, t]) => `${k}: ${t.all} (${t.new} new)`)
    .join(', ');
  console.log(`Proposals: ${counts}\n  ${written.proposals}\n  ${written.report}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load.ts';
import { buildReport, formatReport } from '../../../src/lib/data/report.ts';
import { TINY } from '../../support/fixture.ts';

describe('data report', () => {
  it('counts records and lists seed paragraphs no record cites', () => {
    const report = buildReport(loadDataset(TINY));
    expect(report.counts).toMatchObject({ seeds: 1, events: 1, claims: 2, actors: 2 });
    expect(report.perSeed).toEqual([{ seed: '000', passages: 7, paragraphs: 2, cited: 2, uncited: [] }]);
    expect(formatReport(report)).toContain('seed 000: 7 cited passages; 2/2 paragraphs cited');
  });
});

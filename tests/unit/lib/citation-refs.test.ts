import { describe, expect, it } from 'vitest';
import { expandRef, parseCiteAttributes } from '../../../src/lib/citations/refs.ts';
import { loadDataset } from '../../../src/lib/data/load.ts';
import { TINY } from '../../support/fixture.ts';

const data = loadDataset(TINY);

describe('parseCiteAttributes', () => {
  it('reads a passage, a record and an external reference', () => {
    expect(parseCiteAttributes({ seed: '000', quote: 'abc' })).toEqual({ seed: '000', quote: 'abc' });
    expect(parseCiteAttributes({ event: 'base-attack', n: '3' })).toEqual({ kind: 'event', id: 'base-attack' });
    expect(parseCiteAttributes({ external: 'atlas', detail: 'a map' })).toEqual({ external: 'atlas', detail: 'a map' });
  });
  it('says what is wrong with a malformed citation', () => {
    expect(parseCiteAttributes({ seed: '000' })).toContain('needs both seed="…" and quote="…"');
    expect(parseCiteAttributes({ external: 'atlas' })).toContain('needs detail=');
    expect(parseCiteAttributes({ event: 'a', claim: 'b' })).toContain('exactly one of');
    expect(parseCiteAttributes({})).toContain('got nothing');
  });
});

describe('expandRef', () => {
  it("stands a record's citation for its own cites, versions or location", () => {
    expect(expandRef(data, { kind: 'event', id: 'base-attack' })).toEqual([data.events[0]!.when!.cite, ...data.events[0]!.cites]);
    expect(expandRef(data, { kind: 'statement', id: 'officials-said' })).toEqual(data.statements[0]!.versions);
    expect(expandRef(data, { kind: 'anomaly', id: 'misspelt-base' })).toEqual([data.anomalies[0]!.at]);
  });
  it('reports unknown ids', () => {
    expect(expandRef(data, { kind: 'claim', id: 'nope' })).toBe('unknown claim id "nope"');
    expect(expandRef(data, { external: 'nope', detail: 'x' })).toBe('unknown external source id "nope"');
  });
});

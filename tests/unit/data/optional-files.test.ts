import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load.ts';
import { tinyCopy } from '../../support/fixture.ts';

describe('loadDataset with kinds of record an explainer does not use', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  it('reads a missing records file as an empty list', () => {
    const f = tinyCopy();
    roots.push(f.root);
    for (const file of ['statements', 'anomalies', 'questions', 'claims']) rmSync(join(f.root, `content/data/${file}.yaml`));
    const data = loadDataset(f.root);
    expect(data.statements).toEqual([]);
    expect(data.claims).toEqual([]);
    expect(data.events.map((e) => e.id)).toEqual(['base-attack']);
  });

  it('still requires sources.yaml and explainer.yaml', () => {
    const f = tinyCopy();
    roots.push(f.root);
    rmSync(join(f.root, 'content/data/sources.yaml'));
    expect(() => loadDataset(f.root)).toThrow(/content\/data\/sources\.yaml: file is missing/);
  });
});

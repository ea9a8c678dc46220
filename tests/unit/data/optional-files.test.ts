import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load.ts';
import { ALL_KINDS, recordsOfKind } from '../../../src/lib/kinds/index.ts';
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

  it('loads with no file at all for every kind that is not required', () => {
    const f = tinyCopy();
    roots.push(f.root);
    const optional = ALL_KINDS.filter((k) => !ALL_KINDS.some((o) => o.file === k.file && o.required));
    expect(optional.map((k) => k.key)).toContain('events');
    // `force`: the tiny explainer has no file for some kinds to begin with.
    for (const kind of optional) rmSync(join(f.root, kind.file), { force: true });
    // The front page's key events name events, and there are none now.
    f.yaml('content/explainer.yaml', (e) => {
      e.keyEvents = [];
    });
    const data = loadDataset(f.root);
    for (const kind of optional) expect(recordsOfKind(data, kind), kind.key).toEqual([]);
    expect(data.seedSources.map((s) => s.id)).toEqual(['000']);
  });

  it('still requires sources.yaml and explainer.yaml', () => {
    const f = tinyCopy();
    roots.push(f.root);
    rmSync(join(f.root, 'content/data/sources.yaml'));
    expect(() => loadDataset(f.root)).toThrow(/content\/data\/sources\.yaml: file is missing/);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ALL_KINDS, EXPLAINER } from '../../../src/lib/kinds/index.ts';
import { valuesAt } from '../../../src/lib/kinds/references.ts';
import { tinyCopy } from '../../support/fixture.ts';
import { problems } from '../../support/problems.ts';
import { strayTempFiles } from '../../support/temp.ts';

interface Case {
  /** The file edited, relative to the explainer's root. */
  file: string;
  edit: (data: any) => void;
  /** The one problem it must give. */
  line: string;
  /** The file's records before the edit, where the tiny explainer has no such file. */
  start?: unknown[];
}

const cite = { seed: '000', quote: 'officials said' };
/** Two accounts of who it was, the second naming an actor nobody listed. */
const attributions = [
  { actor: 'officials', as: 'the officials', cites: [cite] },
  { actor: 'nobody', as: 'a local monitor', cites: [{ seed: '000', quote: 'A local monitor said' }] },
];

/** The tiny explainer's event set beside itself, one cell text and one cell of its question's claims. */
const comparison = (): unknown[] => [
  {
    id: 'twice',
    title: 'The attack set beside itself',
    reading: 'One row, one cell per round.',
    rounds: [
      { event: 'base-attack', label: 'First' },
      { event: 'base-attack', label: 'Second' },
    ],
    rows: [
      { label: 'Hurt', cells: [{ text: 'Two wounded, officials said.', cites: [cite] }, { question: 'base-attack-wounded' }] },
    ],
  },
];

/**
 * One failing case per declared reference, keyed "<kind> <field>" as declared: a record of the
 * tiny explainer made to name an id that does not exist.
 */
const REFERENCE_CASES: Record<string, Case> = {
  'actors affiliations[].actor': {
    file: 'content/data/actors.yaml',
    edit: (d) => {
      d[1].affiliations[0].actor = 'nobody';
    },
    line: 'content/data/actors.yaml › record "monitor" › field "affiliations.0.actor": unknown actor id "nobody"',
  },
  'places within': {
    file: 'content/data/places.yaml',
    edit: (d) => {
      d[0].within = 'atlantis';
    },
    line: 'content/data/places.yaml › record "example-base" › field "within": unknown place id "atlantis"',
  },
  'events places[]': {
    file: 'content/data/events.yaml',
    edit: (d) => {
      d[0].places.push('atlantis');
    },
    line: 'content/data/events.yaml › record "base-attack" › field "places.1": unknown place id "atlantis"',
  },
  'events actors[]': {
    file: 'content/data/events.yaml',
    edit: (d) => {
      d[0].actors = ['nobody'];
    },
    line: 'content/data/events.yaml › record "base-attack" › field "actors.0": unknown actor id "nobody"',
  },
  'events relatesTo': {
    file: 'content/data/events.yaml',
    edit: (d) => {
      d[0].relatesTo = 'nothing';
    },
    line: 'content/data/events.yaml › record "base-attack" › field "relatesTo": unknown event id "nothing"',
  },
  'events attributions[].actor': {
    file: 'content/data/events.yaml',
    edit: (d) => {
      d[0].attributions = attributions;
    },
    line: 'content/data/events.yaml › record "base-attack" › field "attributions.1.actor": unknown actor id "nobody"',
  },
  'questions event': {
    file: 'content/data/questions.yaml',
    edit: (d) => {
      d[0].event = 'nothing';
    },
    line: 'content/data/questions.yaml › record "base-attack-wounded" › field "event": unknown event id "nothing"',
  },
  'claims question': {
    file: 'content/data/claims.yaml',
    edit: (d) => {
      d[0].question = 'what';
    },
    line: 'content/data/claims.yaml › record "wounded-officials" › field "question": unknown question id "what"',
  },
  'claims claimant': {
    file: 'content/data/claims.yaml',
    edit: (d) => {
      d[0].claimant = 'nobody';
    },
    line: 'content/data/claims.yaml › record "wounded-officials" › field "claimant": unknown actor id "nobody"',
  },
  'claims via': {
    file: 'content/data/claims.yaml',
    edit: (d) => {
      d[0].via = 'nobody';
    },
    line: 'content/data/claims.yaml › record "wounded-officials" › field "via": unknown actor id "nobody"',
  },
  'statements speaker': {
    file: 'content/data/statements.yaml',
    edit: (d) => {
      d[0].speaker = 'nobody';
    },
    line: 'content/data/statements.yaml › record "officials-said" › field "speaker": unknown actor id "nobody"',
  },
  'statements event': {
    file: 'content/data/statements.yaml',
    edit: (d) => {
      d[0].event = 'nothing';
    },
    line: 'content/data/statements.yaml › record "officials-said" › field "event": unknown event id "nothing"',
  },
  'statements attributions[].actor': {
    file: 'content/data/statements.yaml',
    edit: (d) => {
      delete d[0].speaker;
      d[0].attributions = attributions;
    },
    line: 'content/data/statements.yaml › record "officials-said" › field "attributions.1.actor": unknown actor id "nobody"',
  },
  'comparisons rounds[].event': {
    file: 'content/data/comparisons.yaml',
    start: comparison(),
    edit: (d) => {
      d[0].rounds[1].event = 'nothing';
    },
    line: 'content/data/comparisons.yaml › record "twice" › field "rounds.1.event": unknown event id "nothing"',
  },
  'comparisons rows[].cells[].question': {
    file: 'content/data/comparisons.yaml',
    start: comparison(),
    edit: (d) => {
      d[0].rows[0].cells[1].question = 'what';
    },
    line: 'content/data/comparisons.yaml › record "twice" › field "rows.0.cells.1.question": unknown question id "what"',
  },
  'explainer keyEvents[]': {
    file: 'content/explainer.yaml',
    edit: (e) => {
      e.keyEvents.push('nothing');
    },
    line: 'content/explainer.yaml › record "explainer" › field "keyEvents.1": unknown event id "nothing"',
  },
};

/** A second record with the id of the first, for each kind: the file and where its list is. */
const copyFirst = (list: any[]): void => {
  list.push(structuredClone(list[0]));
};
const DUPLICATE_CASES: Record<string, Case> = {
  seedSources: {
    file: 'content/data/sources.yaml',
    edit: (s) => {
      copyFirst(s.seeds);
    },
    line: 'content/data/sources.yaml › record "000" › field "id": duplicate id: another record in this file is also "000"',
  },
  external: {
    file: 'content/data/sources.yaml',
    edit: (s) => {
      copyFirst(s.external);
    },
    line: 'content/data/sources.yaml › record "atlas" › field "id": duplicate id: another record in this file is also "atlas"',
  },
  events: {
    file: 'content/data/events.yaml',
    edit: copyFirst,
    line: 'content/data/events.yaml › record "base-attack" › field "id": duplicate id: another record in this file is also "base-attack"',
  },
  actors: {
    file: 'content/data/actors.yaml',
    edit: copyFirst,
    line: 'content/data/actors.yaml › record "officials" › field "id": duplicate id: another record in this file is also "officials"',
  },
  places: {
    file: 'content/data/places.yaml',
    edit: copyFirst,
    line: 'content/data/places.yaml › record "example-base" › field "id": duplicate id: another record in this file is also "example-base"',
  },
  questions: {
    file: 'content/data/questions.yaml',
    edit: copyFirst,
    line: 'content/data/questions.yaml › record "base-attack-wounded" › field "id": duplicate id: another record in this file is also "base-attack-wounded"',
  },
  claims: {
    file: 'content/data/claims.yaml',
    edit: copyFirst,
    line: 'content/data/claims.yaml › record "wounded-officials" › field "id": duplicate id: another record in this file is also "wounded-officials"',
  },
  statements: {
    file: 'content/data/statements.yaml',
    edit: copyFirst,
    line: 'content/data/statements.yaml › record "officials-said" › field "id": duplicate id: another record in this file is also "officials-said"',
  },
  anomalies: {
    file: 'content/data/anomalies.yaml',
    edit: copyFirst,
    line: 'content/data/anomalies.yaml › record "misspelt-base" › field "id": duplicate id: another record in this file is also "misspelt-base"',
  },
  comparisons: {
    file: 'content/data/comparisons.yaml',
    start: comparison(),
    edit: copyFirst,
    line: 'content/data/comparisons.yaml › record "twice" › field "id": duplicate id: another record in this file is also "twice"',
  },
};

/** A copy of the tiny explainer with the case's starting file written, then its edit made. */
function broken(c: Case): string {
  const f = tinyCopy();
  if (c.start) writeFileSync(join(f.root, c.file), stringify(c.start));
  f.yaml(c.file, (data) => {
    c.edit(data);
  });
  return f.root;
}

const declared = [
  ...ALL_KINDS.flatMap((k) => k.references.map((r) => `${k.key} ${r.field}`)),
  ...EXPLAINER.references.map((r) => `explainer ${r.field}`),
];

describe('every declared reference is checked', () => {
  it('has a failing case for each reference the kinds declare, and no case for one they do not', () => {
    expect(Object.keys(REFERENCE_CASES).sort()).toEqual([...declared].sort());
  });

  it.each(Object.entries(REFERENCE_CASES))(
    '%s naming a missing record is one line with file, record, field and value',
    (_, c) => {
      expect(problems(broken(c))).toEqual([`  - ${c.line}`]);
    },
  );

  it('declares each reference in the kind whose file holds it, naming a kind that exists', () => {
    const keys = new Set(ALL_KINDS.map((k) => k.key));
    for (const k of ALL_KINDS) for (const r of k.references) expect(keys, `${k.key} ${r.field} → ${r.to}`).toContain(r.to);
    for (const r of EXPLAINER.references) expect(keys, `explainer ${r.field} → ${r.to}`).toContain(r.to);
  });
});

describe('every kind rejects two records with one id', () => {
  it('has a case for each kind', () => {
    expect(Object.keys(DUPLICATE_CASES).sort()).toEqual(ALL_KINDS.map((k) => k.key).sort());
  });

  it.each(Object.entries(DUPLICATE_CASES))('%s: a second record with the same id is one line', (_, c) => {
    expect(problems(broken(c))).toEqual([`  - ${c.line}`]);
  });
});

describe('valuesAt', () => {
  it('reads a field, each item of a list and a field of each item, with where each stands', () => {
    const record = { via: 'a', places: ['b', 'c'], attributions: [{ actor: 'd' }, { actor: 'e' }], none: undefined };
    expect(valuesAt(record, 'via')).toEqual([{ path: 'via', value: 'a' }]);
    expect(valuesAt(record, 'places[]')).toEqual([
      { path: 'places.0', value: 'b' },
      { path: 'places.1', value: 'c' },
    ]);
    expect(valuesAt(record, 'attributions[].actor')).toEqual([
      { path: 'attributions.0.actor', value: 'd' },
      { path: 'attributions.1.actor', value: 'e' },
    ]);
    expect(valuesAt(record, 'none')).toEqual([]);
    expect(valuesAt(record, 'missing[].actor')).toEqual([]);
  });
});

describe('the temporary directory', () => {
  it('holds nothing but the fixture copies this file made (they go when it ends)', () => {
    expect(strayTempFiles()).toEqual([]);
  });
});

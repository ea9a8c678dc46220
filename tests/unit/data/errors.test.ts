import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssue, plainIssues, type DataIssue } from '../../../src/lib/data/errors.ts';
import { readYaml } from '../../../src/lib/data/read-yaml.ts';
import { parseRecords } from '../../../src/lib/data/parse-records.ts';
import { Event } from '../../../src/lib/schemas/index.ts';
import { IsoDate, PartialDate } from '../../../src/lib/schemas/common.ts';
import { tempDir } from '../../support/temp.ts';

const event = {
  id: 'base-attack',
  title: 'Rockets hit Example Base',
  kind: 'rocket-attack',
  when: { date: '2021-03-01', basis: 'stated', cite: { seed: '000', quote: 'Example Base on Monday' } },
  places: ['example-base'],
  actors: [],
  summary: 'Rockets struck the base, officials said.',
  cites: [{ seed: '000', quote: 'Rockets struck Example Base on Monday' }],
};

/** The one-line messages for one record of events.yaml changed by `edit`. */
function eventProblems(edit: (e: Record<string, any>) => void): string[] {
  const record: Record<string, any> = structuredClone(event);
  edit(record);
  const issues: DataIssue[] = [];
  parseRecords('content/data/events.yaml', [record], Event, issues);
  return issues.map(formatIssue);
}

const where = 'content/data/events.yaml › record "base-attack"';

describe('data errors in plain words', () => {
  it('accepts the record as it is', () => {
    expect(eventProblems(() => undefined)).toEqual([]);
  });

  it('a missing field is "missing"', () => {
    expect(
      eventProblems((e) => {
        delete e.summary;
      }),
    ).toEqual([`${where} › field "summary": missing`]);
  });

  it('a wrong type says what is wanted and what was found', () => {
    expect(
      eventProblems((e) => {
        e.title = 42;
        e.places = 'example-base';
        e.actors = null;
      }),
    ).toEqual([
      `${where} › field "title": must be text (got the number 42)`,
      `${where} › field "places": must be a list (got the text "example-base")`,
      `${where} › field "actors": must be a list (got nothing (the field is empty))`,
    ]);
  });

  it('an unknown field suggests the field meant, or lists those allowed', () => {
    expect(
      eventProblems((e) => {
        e.summry = e.summary;
        delete e.summary;
      }),
    ).toEqual([`${where} › field "summary": missing`, `${where}: unknown field "summry" (did you mean "summary"?)`]);
    expect(
      eventProblems((e) => {
        e.colour = 'red';
      }),
    ).toEqual([
      `${where}: unknown field "colour" (the fields here are id, title, kind, when, relatesTo, times, places, actors, summary, attributions, cites)`,
    ]);
    expect(
      eventProblems((e) => {
        e.cites[0].qoute = e.cites[0].quote;
        delete e.cites[0].quote;
      }),
    ).toEqual([
      `${where} › field "cites.0.quote": missing`,
      `${where} › field "cites.0": unknown field "qoute" (did you mean "quote"?)`,
    ]);
  });

  it('a value outside a list of choices lists them, with the value and the nearest choice', () => {
    expect(
      eventProblems((e) => {
        e.when.basis = 'statd';
      }),
    ).toEqual([`${where} › field "when.basis": must be one of stated, derived, external (got "statd"; did you mean "stated"?)`]);
    expect(
      eventProblems((e) => {
        delete e.when.basis;
      }),
    ).toEqual([`${where} › field "when.basis": missing`]);
    const schema = z.strictObject({ kind: z.enum(['town', 'base', 'province']) });
    const r = schema.safeParse({ kind: 'bsae' }, { reportInput: true });
    expect(plainIssues(r.error!.issues[0]!, schema)).toEqual([
      { path: ['kind'], message: 'must be one of town, base, province (got "bsae"; did you mean "base"?)' },
    ]);
    const far = schema.safeParse({ kind: 'airport' }, { reportInput: true });
    expect(plainIssues(far.error!.issues[0]!, schema)[0]!.message).toBe('must be one of town, base, province (got "airport")');
  });

  it('a string too short says how long it must be', () => {
    expect(
      eventProblems((e) => {
        e.cites[0].quote = 'Ro';
      }),
    ).toEqual([`${where} › field "cites.0.quote": is too short to locate a passage (got "Ro")`]);
    const issues = z
      .strictObject({ role: z.string().min(5), name: z.string().min(1) })
      .safeParse({ role: 'x', name: '' }, { reportInput: true });
    const schema = z.strictObject({ role: z.string().min(5), name: z.string().min(1) });
    expect(issues.error!.issues.flatMap((i) => plainIssues(i, schema)).map((p) => `${p.path.join('.')}: ${p.message}`)).toEqual([
      'role: must be at least 5 characters long (got "x")',
      'name: must not be empty',
    ]);
  });

  it('a bad date shows what a date looks like and the value given', () => {
    expect(
      eventProblems((e) => {
        e.when.date = '25 Feb 2021';
      }),
    ).toEqual([
      `${where} › field "when.date": must be a date like 2021-02-25, or 2021-02 or 2021 when the day or month is not known (got "25 Feb 2021")`,
    ]);
    expect(
      eventProblems((e) => {
        e.when.date = '2021-02-30';
      }),
    ).toEqual([`${where} › field "when.date": is not a real calendar date (got "2021-02-30")`]);
    const r = IsoDate.safeParse('2021/02/25', { reportInput: true });
    expect(plainIssues(r.error!.issues[0]!, IsoDate)[0]!.message).toBe('must be a date like 2021-02-25 (got "2021/02/25")');
    expect(PartialDate.safeParse('2021-02').success).toBe(true);
  });

  it('a citation of neither shape is told what the nearer shape lacks', () => {
    expect(
      eventProblems((e) => {
        e.cites[0] = { seed: '000' };
      }),
    ).toEqual([`${where} › field "cites.0.quote": missing`]);
  });

  it('a number out of range gives the bound and the value', () => {
    const schema = z.strictObject({ lat: z.number().min(-90).max(90), site: z.url() });
    const r = schema.safeParse({ lat: 100, site: 'not a url' }, { reportInput: true });
    expect(r.error!.issues.flatMap((i) => plainIssues(i, schema)).map((p) => p.message)).toEqual([
      'must be at most 90 (got 100)',
      'must be a web address such as https://example.org/ (got "not a url")',
    ]);
  });
});

describe('YAML syntax errors at the place to fix', () => {
  const dir = tempDir('yaml-');
  mkdirSync(join(dir, 'content'));
  const read = (text: string): string[] => {
    writeFileSync(join(dir, 'content/x.yaml'), text);
    const issues: DataIssue[] = [];
    expect(readYaml(dir, 'content/x.yaml', issues)).toBeUndefined();
    return issues.map(formatIssue);
  };

  it.each([
    [
      'a line indented too far',
      '- id: a\n  name: A\n   kind: b\n- id: c\n',
      'content/x.yaml:3:4: YAML syntax: this line is indented further than the one above it (3 spaces, not 2); the fields of one record line up under each other',
    ],
    [
      'a line indented too little',
      '- id: a\n  name: A\n kind: b\n',
      'content/x.yaml:3:2: YAML syntax: this line is indented less than the one above it (1 space, not 2); the fields of one record line up under each other',
    ],
    [
      'an unclosed double quotation mark',
      '- id: a\n  name: "A\n  kind: b\n- id: c\n',
      'content/x.yaml:2:9: YAML syntax: the quotation mark " opened here is never closed',
    ],
    [
      'an unclosed single quotation mark',
      "- id: a\n  name: 'A\n  kind: b\n",
      "content/x.yaml:2:9: YAML syntax: the quotation mark ' opened here is never closed",
    ],
    [
      'an unclosed list',
      '- id: a\n  kind: [government\n  name: b\n',
      'content/x.yaml:2:9: YAML syntax: the [ opened here is never closed with ]',
    ],
    ['a tab', '- id: a\n\tname: A\n', 'content/x.yaml:2:1: YAML syntax: a tab in the indentation; YAML indents with spaces only'],
    [
      'a tab further down',
      '- id: a\n  name: A\n  kind:\n  \t- x\n',
      'content/x.yaml:4:3: YAML syntax: a tab in the indentation; YAML indents with spaces only',
    ],
    [
      'a field written twice',
      '- id: a\n  id: b\n',
      'content/x.yaml:2:3: YAML syntax: the field "id" is written twice in one record',
    ],
    [
      'a colon in a value',
      '- id: a\n  name: A: b\n',
      'content/x.yaml:2:9: YAML syntax: a value holding ": " must be put in quotation marks',
    ],
  ])('%s', (_, text, message) => {
    expect(read(text)).toEqual([message]);
  });

  it('reads a valid file, quotation marks and all', () => {
    writeFileSync(join(dir, 'content/x.yaml'), "- id: a\n  name: 'it''s \"x\"'\n");
    expect(readYaml(dir, 'content/x.yaml', [])).toEqual([{ id: 'a', name: 'it\'s "x"' }]);
  });
});

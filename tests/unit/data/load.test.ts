import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load.ts';
import { DataError } from '../../../src/lib/data/errors.ts';
import { TINY, tinyCopy } from '../../support/fixture.ts';

/** Loads and returns the error message, failing the test if loading succeeds. */
function failure(root: string): string {
  try {
    loadDataset(root);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as Error).message;
  }
  throw new Error('expected the data to be rejected, but it loaded');
}

describe('loadDataset', () => {
  it('loads a valid explainer and locates every cited passage', () => {
    const data = loadDataset(TINY);
    expect(data.events.map((e) => e.id)).toEqual(['base-attack']);
    const passage = [...data.passages.values()].find((p) => p.text === 'Exampel Base');
    expect(passage).toMatchObject({ seed: '000', blockId: 'p2' });
  });

  it('loads the real explainer in this repository', () => {
    const data = loadDataset(process.cwd());
    expect(data.seeds).toHaveLength(5);
    expect(data.passages.size).toBeGreaterThan(0);
  });

  it('rejects a quote that is not in the named seed, naming file, record and field', () => {
    const f = tinyCopy();
    f.yaml('content/data/events.yaml', (events) => {
      events[0].cites[0].quote = 'Rockets struck Example Base on Tuesday';
    });
    expect(failure(f.root)).toContain(
      'content/data/events.yaml › record "base-attack" › field "cites.0": quote not found in seed 000 (000_tiny.txt): "Rockets struck Example Base on Tuesday"',
    );
  });

  it('forgives typographic quotation marks and runs of white space, and nothing else', () => {
    const ok = tinyCopy();
    ok.yaml('content/data/events.yaml', (events) => {
      events[0].cites[0].quote = 'Rockets   struck\nExample Base';
    });
    expect(() => loadDataset(ok.root)).not.toThrow();

    const bad = tinyCopy();
    bad.yaml('content/data/events.yaml', (events) => {
      events[0].cites[0].quote = 'rockets struck example base';
    });
    expect(failure(bad.root)).toContain('quote not found in seed 000');
  });

  it('rejects a quote that runs across two lines of the seed', () => {
    const f = tinyCopy();
    f.yaml('content/data/events.yaml', (events) => {
      events[0].cites[0].quote = 'officials said. A local monitor';
    });
    expect(failure(f.root)).toContain('quote runs across lines of seed 000');
  });

  it('rejects a citation of an unknown seed', () => {
    const f = tinyCopy();
    f.yaml('content/data/places.yaml', (places) => {
      places[0].cites[0].seed = '009';
    });
    expect(failure(f.root)).toContain(
      'content/data/places.yaml › record "example-base" › field "cites.0": unknown seed "009" (known: 000)',
    );
  });

  it.each([
    ['content/data/events.yaml', 'places.0', 'place', (d: any) => (d[0].places = ['atlantis'])],
    ['content/data/events.yaml', 'actors.0', 'actor', (d: any) => (d[0].actors = ['nobody'])],
    ['content/data/claims.yaml', 'claimant', 'actor', (d: any) => (d[0].claimant = 'nobody')],
    ['content/data/claims.yaml', 'question', 'question', (d: any) => (d[0].question = 'what')],
    ['content/data/questions.yaml', 'event', 'event', (d: any) => (d[0].event = 'nothing')],
    ['content/data/statements.yaml', 'speaker', 'actor', (d: any) => (d[0].speaker = 'nobody')],
    ['content/data/actors.yaml', 'affiliations.0.actor', 'actor', (d: any) => (d[1].affiliations[0].actor = 'nobody')],
    ['content/data/places.yaml', 'within', 'place', (d: any) => (d[0].within = 'atlantis')],
    ['content/data/places.yaml', 'coordinates.cite', 'external source', (d: any) => (d[0].coordinates.cite.external = 'nowhere')],
  ])('rejects an unknown reference in %s › %s', (file, field, kind, edit) => {
    const f = tinyCopy();
    f.yaml(file, (d) => void edit(d));
    expect(failure(f.root)).toMatch(
      new RegExp(`${file.replace(/[.]/g, '\\.')} › record "[^"]+" › field "${field.replace(/[.]/g, '\\.')}": unknown ${kind} id`),
    );
  });

  it('rejects two records with the same id', () => {
    const f = tinyCopy();
    f.yaml('content/data/claims.yaml', (claims) => {
      claims[1].id = claims[0].id;
    });
    expect(failure(f.root)).toContain('content/data/claims.yaml › record "wounded-officials" › field "id": duplicate id');
  });

  it('rejects a date that does not exist', () => {
    const f = tinyCopy();
    f.yaml('content/data/events.yaml', (events) => {
      events[0].when = { date: '2021-02-30', basis: 'stated', cite: events[0].cites[0] };
    });
    expect(failure(f.root)).toContain(
      'content/data/events.yaml › record "base-attack" › field "when.date": is not a real calendar date',
    );
  });

  it('rejects a date that contradicts its weekday derivation', () => {
    const f = tinyCopy();
    f.yaml('content/data/events.yaml', (events) => {
      events[0].when.date = '2021-03-02';
    });
    expect(failure(f.root)).toContain(
      'content/data/events.yaml › record "base-attack" › field "when.date": 2021-03-02 is a Tuesday, but the last Monday before 2021-03-05 is 2021-03-01',
    );
  });

  it('checks dates counted on from a known date, and wants exactly one of before or after', () => {
    const ok = tinyCopy();
    ok.yaml('content/data/events.yaml', (events) => {
      delete events[0].when.before;
      events[0].when.after = '2021-02-24';
    });
    expect(() => loadDataset(ok.root)).not.toThrow();

    const wrong = tinyCopy();
    wrong.yaml('content/data/events.yaml', (events) => {
      delete events[0].when.before;
      events[0].when.after = '2021-03-01';
    });
    expect(failure(wrong.root)).toContain('2021-03-01 is a Monday, but the first Monday after 2021-03-01 is 2021-03-08');

    const both = tinyCopy();
    both.yaml('content/data/events.yaml', (events) => {
      events[0].when.after = '2021-02-24';
    });
    expect(failure(both.root)).toContain('field "when.before": a derived date needs exactly one of `before` or `after`');
  });

  it('rejects a seed whose bytes no longer match the recorded hash', () => {
    const f = tinyCopy();
    f.text('seeds/000_tiny.txt', (t) => t.replace('two people', 'two  people'));
    expect(failure(f.root)).toMatch(
      /content\/data\/sources\.yaml › record "000" › field "sha256": seeds\/000_tiny\.txt has changed \(its SHA-256 is now [0-9a-f]{64}\)/,
    );
  });

  it('rejects a seed file that has no record, and a record whose file is missing', () => {
    const f = tinyCopy();
    f.yaml('content/data/sources.yaml', (s) => {
      s.seeds[0].id = '001';
      s.seeds[0].file = '001_gone.txt';
    });
    const message = failure(f.root);
    expect(message).toContain('content/data/sources.yaml › record "000": seeds/000_tiny.txt has no record in seeds:');
    expect(message).toContain('content/data/sources.yaml › record "001" › field "file": seeds/001_gone.txt does not exist');
  });

  it('rejects a missing required field and a field of the wrong type', () => {
    const f = tinyCopy();
    f.yaml('content/data/events.yaml', (events) => {
      delete events[0].summary;
    });
    f.yaml('content/data/claims.yaml', (claims) => {
      claims[0].figure.value = 'two';
    });
    const message = failure(f.root);
    expect(message).toMatch(/content\/data\/events\.yaml › record "base-attack" › field "summary": missing$/m);
    expect(message).toMatch(
      /content\/data\/claims\.yaml › record "wounded-officials" › field "figure.value": must be a number \(got the text "two"\)$/m,
    );
  });

  it('rejects a YAML syntax error with its line and column', () => {
    const f = tinyCopy();
    f.text('content/data/questions.yaml', (t) => t.replace('question:', 'question: [unclosed'));
    expect(failure(f.root)).toMatch(
      /content\/data\/questions\.yaml:\d+:\d+: YAML syntax: the \[ opened here is never closed with \]$/m,
    );
  });

  it('rejects a spelling that no seed uses', () => {
    const f = tinyCopy();
    f.yaml('content/data/places.yaml', (places) => {
      places[0].spellings.push('Exemplar Base');
    });
    expect(failure(f.root)).toContain(
      'content/data/places.yaml › record "example-base" › field "spellings.2": spelling "Exemplar Base" does not stand in any seed as a word of its own',
    );
  });

  it('rejects a claim whose stated figure is not in its quote', () => {
    const f = tinyCopy();
    f.yaml('content/data/claims.yaml', (claims) => {
      claims[1].stated = 'at least four people';
    });
    expect(failure(f.root)).toContain(
      'content/data/claims.yaml › record "wounded-monitor" › field "stated": "at least four people" is not part of the first cited quote',
    );
  });

  it('rejects a chapter listed in explainer.yaml that has no file', () => {
    const f = tinyCopy();
    f.yaml('content/explainer.yaml', (e) => {
      e.chapters.push('missing');
    });
    expect(failure(f.root)).toContain(
      'content/explainer.yaml › field "chapters.1": no chapter file content/chapters/missing.mdx',
    );
  });

  it('rejects coordinates that cite a seed instead of an external reference', () => {
    const f = tinyCopy();
    f.yaml('content/data/places.yaml', (places) => {
      places[0].coordinates.cite = { seed: '000', quote: 'Example Base' };
    });
    expect(failure(f.root)).toMatch(/content\/data\/places\.yaml › record "example-base" › field "coordinates\.cite\.external"/);
  });

  it('lists every problem at once, not only the first', () => {
    const f = tinyCopy();
    f.yaml('content/data/events.yaml', (events) => {
      events[0].places = ['atlantis'];
      events[0].actors = ['nobody'];
    });
    expect(failure(f.root)).toMatch(/failed verification \(2 problems\)/);
  });

  it('checks the front page’s figures as a chapter’s: the figure, its props and the ids they name', () => {
    const ok = tinyCopy();
    ok.yaml('content/explainer.yaml', (e) => {
      e.frontFigures = [{ figure: 'MapFigure', id: 'locator', events: 'base-attack', title: 'Where the base was attacked' }];
    });
    expect(loadDataset(ok.root).explainer.frontFigures).toEqual([
      { figure: 'MapFigure', id: 'locator', events: 'base-attack', title: 'Where the base was attacked' },
    ]);

    const bad = tinyCopy();
    bad.yaml('content/explainer.yaml', (e) => {
      e.frontFigures = [
        { figure: 'MapFigure', areaAround: 'atlantis', areaEvents: 'base-attack' },
        { figure: 'Carousel' },
        { figure: 'MapFigure', colour: 'red' },
      ];
    });
    const message = failure(bad.root);
    expect(message).toContain(
      'content/explainer.yaml › record "explainer" › field "frontFigures[0]": <MapFigure areaAround="atlantis">: unknown place "atlantis"',
    );
    expect(message).toContain('field "frontFigures[1]": no figure is called "Carousel" (there are TimelineFigure, MapFigure,');
    expect(message).toContain('field "frontFigures[2]": <MapFigure>: unknown prop "colour"');
  });
});

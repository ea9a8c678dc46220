import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadDataset } from '../../../src/lib/data/load.ts';
import { splitSpeaker } from '../../../src/lib/derive/attribution.ts';
import { readExplainer } from '../../../src/lib/derive/derive.ts';
import { findFigures } from '../../../src/lib/derive/figures.ts';
import { findNames } from '../../../src/lib/derive/names.ts';
import { ENGLISH, vocabulary } from '../../../src/lib/derive/vocabulary.ts';
import { tinyCopy } from '../../support/fixture.ts';
import { tempDir } from '../../support/temp.ts';

/** A report on another subject, in words the engine's English defaults do not know. */
const REPORT = [
  ' date 2024-05-02 Aftershocks hit Vila Nova',
  '',
  'Aftershocks flattened at least 40 tents near the square on Tuesday, Fire Chief Ana Silva said.',
  'Crews cleared 12 buildings in the old town.',
  'Two residents were killed when a wall fell.',
  '',
].join('\n');

/** An explainer with only its seed and, where given, the `derive` section of its settings: no data yet. */
function explainer(derive?: unknown): string {
  const root = tempDir('explainer-words-');
  mkdirSync(join(root, 'seeds'));
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'seeds', '000_quake.txt'), REPORT);
  writeFileSync(
    join(root, 'content', 'explainer.yaml'),
    stringify({ title: 'Quake', ...(derive === undefined ? {} : { derive }) }),
  );
  return root;
}

const read = (derive?: unknown) => {
  const { seeds, words } = readExplainer(explainer(derive));
  return { doc: seeds[0]!, words };
};

describe('an explainer’s own words for npm run derive', () => {
  it('finds a count of a thing only the explainer names, and not without it', () => {
    const without = read();
    expect(findFigures(without.doc, without.words).map((f) => f.stated.text)).toEqual(['12 buildings']);
    const own = read({ countNouns: ['tent'] });
    expect(findFigures(own.doc, own.words).map((f) => [f.stated.text, f.counts])).toEqual([
      ['at least 40 tents', 'tents'],
      ['12 buildings', 'buildings'],
    ]);
  });

  it('counts the people it names as casualties where the text says so', () => {
    const counts = (derive?: unknown) => {
      const { doc, words } = read(derive);
      return findFigures(doc, words).map((f) => [f.stated.text, f.counts]);
    };
    expect(counts()).toEqual([['12 buildings', 'buildings']]);
    expect(counts({ peopleNouns: ['resident'] })).toEqual([
      ['12 buildings', 'buildings'],
      ['Two residents', 'killed'],
    ]);
  });

  it('takes its titles off a speaker’s name into the role', () => {
    expect(splitSpeaker('Fire Chief Ana Silva', read().words)).toEqual({ name: 'Fire Chief Ana Silva' });
    expect(splitSpeaker('Fire Chief Ana Silva', read({ titles: ['Fire Chief'] }).words)).toEqual({
      name: 'Ana Silva',
      role: 'Fire Chief',
    });
  });

  it('proposes no name for a word it says is none, nor for the title that opens one', () => {
    const names = (derive?: unknown) => {
      const { doc, words } = read(derive);
      return findNames([doc], words).map((n) => n.name);
    };
    expect(names()).toEqual(['Aftershocks', 'Crews', 'Fire Chief Ana Silva']);
    expect(names({ notNames: ['Aftershocks', 'Crews'] })).toEqual(['Fire Chief Ana Silva']);
    // A title that opens a run of names is no part of the name.
    expect(names({ notNames: ['Aftershocks', 'Crews'], nameOpeners: ['Fire Chief'] })).toEqual(['Ana Silva']);
  });

  it('replaces the English defaults when it says so', () => {
    const { doc, words } = read({ defaults: false, countNouns: ['tent'] });
    expect(words.countNouns).toEqual(['tent']);
    expect(words.notNames).toEqual([]);
    expect(findFigures(doc, words).map((f) => f.stated.text)).toEqual(['at least 40 tents']);
    expect(vocabulary().titles).toEqual(ENGLISH.titles);
  });

  it('refuses a bad value in one line naming the file and field', () => {
    expect(() => read({ countNouns: 'tent' })).toThrow(/content\/explainer\.yaml › field "derive\.countNouns": .*list/);
    expect(() => read({ titles: [' Fire Chief'] })).toThrow(
      'content/explainer.yaml › field "derive.titles.0": must be a word or a phrase, with no space at either end (got " Fire Chief")',
    );
    expect(() => read({ countnouns: ['tent'] })).toThrow(/content\/explainer\.yaml › field "derive"/);
  });

  it('refuses a bad value in an explainer with data, from npm run derive too, with a non-zero exit', () => {
    const f = tinyCopy();
    f.yaml('content/explainer.yaml', (e) => {
      e.derive = { notNames: ['Rockets', ''] };
    });
    const line =
      'content/explainer.yaml › field "derive.notNames.1": must be a word or a phrase, with no space at either end (got "")';
    expect(() => loadDataset(f.root)).toThrow(line);
    const run = spawnSync(process.execPath, ['src/cli/derive.ts', '--out', join(f.root, 'derived')], {
      env: { ...process.env, EXPLAINER_ROOT: f.root },
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(line);
  }, 30_000);
});

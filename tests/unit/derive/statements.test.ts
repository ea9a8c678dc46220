import { describe, expect, it } from 'vitest';
import { attributionAfter, attributionBefore, attributionOf, splitSpeaker } from '../../../src/lib/derive/attribution.ts';
import { findStatements } from '../../../src/lib/derive/statements.ts';
import { readSeeds } from '../../../src/lib/seeds/read.ts';
import { readDeriveSettings } from '../../../src/lib/derive/derive.ts';
import { vocabulary } from '../../../src/lib/derive/vocabulary.ts';

const seeds = readSeeds('seeds');
const words = vocabulary(readDeriveSettings('.'));
const seed = (id: string) => seeds.find((s) => s.id === id)!;
const inBlock = (id: string, block: string) => findStatements(seed(id), { words }).filter((s) => s.passage.block === block);

describe('attribution', () => {
  it('reads the speaker and verb after a quotation, with its manner', () => {
    expect(attributionAfter(' Pentagon spokesman John Kirby said in a statement.')).toEqual({
      speaker: 'Pentagon spokesman John Kirby',
      verb: 'said in a statement',
    });
    expect(attributionAfter(' the director of the SOHR, Rami Abdul Rahman, told AFP, referencing the powerful')).toEqual({
      speaker: 'the director of the SOHR, Rami Abdul Rahman',
      verb: 'told',
      to: 'AFP',
    });
  });

  it('reads an attribution that leads into a quotation, keeping "in a statement" from the opening words', () => {
    expect(attributionBefore('Defence Secretary Lloyd Austin said he was ')).toEqual({
      speaker: 'Defence Secretary Lloyd Austin',
      verb: 'said',
    });
    expect(attributionBefore('In its statement, the Pentagon said its latest operation ')?.verb).toBe('said (in its statement)');
  });

  it('reads reported speech at the end of a sentence, and refuses a passive', () => {
    expect(
      attributionOf(
        'The Pentagon proposed larger groups of targets, but Biden endorsed a less aggressive option, US officials said.',
      )?.speaker,
    ).toBe('US officials');
    expect(
      attributionOf('The Erbil airport attack was claimed by a little-known group called the Awliya al Dam'),
    ).toBeUndefined();
  });

  it('splits a speaker into name and role as the text gives them', () => {
    expect(splitSpeaker('Pentagon press secretary John Kirby', words)).toEqual({
      name: 'John Kirby',
      role: 'Pentagon press secretary',
    });
    expect(splitSpeaker('Michael P. Mulroy, a former senior Middle East politician at the Pentagon', words)).toEqual({
      name: 'Michael P. Mulroy',
      role: 'a former senior Middle East politician at the Pentagon',
    });
    expect(splitSpeaker('Foreign Ministry spokesman Saeed Khatibzadeh of Iran', words).name).toBe('Saeed Khatibzadeh');
  });
});

describe('findStatements', () => {
  it('finds quoted speech with its speaker and verb', () => {
    const [s] = inBlock('000', 'p4');
    expect(s?.speaker.name).toBe('John Kirby');
    expect(s?.verb).toBe('said in a statement');
    expect(s?.quoted[0]).toMatch(/^At President \(Joe\) Biden’s direction/);
    expect(s?.flags).toEqual([]);
  });

  it('carries the speaker on to a quotation that continues in the next sentence', () => {
    const [first, second] = inBlock('000', 'p10');
    expect(first?.speaker.phrase).toBe('Mr Austin');
    expect(second?.speaker.phrase).toBe('Mr Austin');
    expect(second?.flags).toContain('continued');
  });

  it('carries the speaker on to a paragraph that is all quotation', () => {
    const [s] = inBlock('003', 'p6');
    expect(s?.speaker.phrase).toBe('Kirby');
    expect(s?.flags).toContain('continued');
  });

  it('resolves a pronoun to the person named before the quotation', () => {
    const [s] = inBlock('004', 'p8');
    expect(s?.speaker.name).toBe('Saeed Khatibzadeh');
    expect(s?.flags).toContain('pronoun');
  });

  it('flags reported speech printed without quotation marks as a paraphrase', () => {
    const [s] = inBlock('001', 'p9');
    expect(s?.passage.text).toMatch(/^We have acted in a deliberate manner/);
    expect(s?.speaker.phrase).toBe('Kirby');
    expect(s?.flags).toContain('paraphrase');
  });

  it('flags every statement of a source declared a machine translation', () => {
    const all = findStatements(seed('001'), { words, machineTranslation: true });
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) expect(s.flags).toContain('machine-translation');
  });
});

/**
 * The words the derive rules read a report with that depend on its language and its subject:
 * what a count can be of, which words before a name are a title, which capitalised words are no
 * name. The engine holds English defaults that belong to no subject; each explainer adds its own
 * in the `derive` section of its settings, or replaces the defaults (`defaults: false`).
 */
import { z } from 'zod';
import { escapeRegExp } from '../text/regexp.ts';

/** A word or phrase exactly as the documents write it; it is matched as written, never read as a pattern. */
const Word = z.string().regex(/^\S(?:.*\S)?$/, 'must be a word or a phrase, with no space at either end');
const Words = z.array(Word).default([]);

/** The `derive` section of explainer.yaml. */
export const DeriveSettings = z.strictObject({
  /** False: the engine's English lists are left out and only the lists here are used. */
  defaults: z.boolean().default(true),
  /** Things a count can be of ("aftershock", "tents"); a word matches with a plural -s too. */
  countNouns: Words,
  /** People a count can be of ("resident", "rescuers"): a count of them near "killed" or "wounded" is a casualty count. */
  peopleNouns: Words,
  /** Words before a speaker's name that are a title, office or the body they speak for, not the name ("Governor", "Ministry"). */
  titles: Words,
  /** Capitalised words that are no name on their own (sentence openers, page furniture: "Analysis", "Related"). */
  notNames: Words,
  /** Capitalised words that open a run of names without being part of it ("General" in "General Ana Silva"). */
  nameOpeners: Words,
});
export type DeriveSettings = z.output<typeof DeriveSettings>;

export type Vocabulary = Readonly<Omit<DeriveSettings, 'defaults'>>;

const split = (words: string): string[] => words.split(' ');

/** Words of reporting English that belong to no subject. */
export const ENGLISH: Vocabulary = {
  countNouns: [
    'officials',
    'building',
    'facilities',
    'facility',
    'structure',
    'vehicles',
    'days',
    'weeks',
    'months',
    'years',
    'times',
  ],
  peopleNouns: [
    'people',
    'person',
    'civilian',
    'member',
    'others',
    'personnel',
    'casualties',
    'fatalities',
    'death',
    'dead',
    'wounded',
    'injured',
  ],
  titles: ['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'President', 'Secretary', 'Prime Minister'],
  notNames: split(
    'The A An In On At But And Or So If It Its He She They We Our This That These Those There Some Several Since Under Another Little Despite Nor However Through What Definitely Earlier Speaking Preliminary ' +
      'One Two Three Four Five Six Seven Eight Nine Ten Mr Mrs Ms Dr President Secretary ' +
      'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Jan Feb',
  ),
  nameOpeners: split('The A An In On At But And Since Under Despite Nor However Some Mr Mrs Ms Dr'),
};

/** The words an explainer's settings give: its own after the English defaults, or its own alone. */
export function vocabulary(settings: DeriveSettings = DeriveSettings.parse({})): Vocabulary {
  const { defaults, ...own } = settings;
  const merge = (key: keyof Vocabulary): string[] => [...new Set([...(defaults ? ENGLISH[key] : []), ...own[key]])];
  return {
    countNouns: merge('countNouns'),
    peopleNouns: merge('peopleNouns'),
    titles: merge('titles'),
    notNames: merge('notNames'),
    nameOpeners: merge('nameOpeners'),
  };
}

/**
 * The words as one regular-expression alternation, each matched as written (with an optional
 * plural -s where `plural`), longest first so that "Rear Admiral" is tried before "Admiral".
 * An empty list matches nothing.
 */
export function alternation(words: readonly string[], { plural = false } = {}): string {
  if (words.length === 0) return '(?!)';
  return [...words]
    .sort((a, b) => b.length - a.length || a.localeCompare(b, 'en'))
    .map((w) => `${escapeRegExp(w)}${plural ? 's?' : ''}`)
    .join('|');
}

/** A value compiled once per vocabulary: the rules build their patterns from the words they are given. */
export function perVocabulary<T>(build: (words: Vocabulary) => T): (words: Vocabulary) => T {
  const cache = new WeakMap<Vocabulary, T>();
  return (words) => {
    let value = cache.get(words);
    if (value === undefined) {
      value = build(words);
      cache.set(words, value);
    }
    return value;
  };
}

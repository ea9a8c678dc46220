import type { RecordKind } from '../citations/refs.ts';
import { FIGURE_NAMES } from '../../figures/registry.ts';

/**
 * Components that chapters use to show data (rather than retype it), with the attribute that
 * names a record and the kind of record it must be. The remark plugin checks these ids at
 * compile time; the components themselves live in src/components/mdx/.
 */
export const DATA_COMPONENTS: Readonly<Record<string, Readonly<Record<string, RecordKind | 'question'>>>> = {
  When: { event: 'event' },
  Stated: { claim: 'claim' },
  Claims: { question: 'question' },
};

/** Components that shape the prose itself: the opening summary and a marked aside. */
export const PROSE_COMPONENTS: readonly string[] = ['WhatToKnow', 'Aside'];

/** Every component a chapter can use without importing it; anything else fails the build with its place. */
export const CHAPTER_COMPONENTS: readonly string[] = [
  'Cite',
  ...Object.keys(DATA_COMPONENTS),
  ...FIGURE_NAMES,
  ...PROSE_COMPONENTS,
];

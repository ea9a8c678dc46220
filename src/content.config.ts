import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { Actor, Anomaly, ChapterFrontmatter, Claim, Event, Place, Question, Statement } from './lib/schemas/index.ts';
import { getDataset } from './lib/dataset.ts';
import { explainerRoot } from './lib/explainer-root.ts';
import type { Dataset } from './lib/data/load.ts';

type RecordKind = 'actors' | 'places' | 'events' | 'questions' | 'claims' | 'statements' | 'anomalies';

/**
 * Feeds one kind of record from the verified dataset into a collection. Verification spans
 * all kinds (a claim's claimant must be an actor, every quote must be in its seed), so it
 * happens once in `getDataset`, which throws with every problem before any page is built.
 */
function records(kind: RecordKind): Loader {
  return {
    name: `explainer-${kind}`,
    load: async (context) => {
      const data: Dataset = getDataset();
      context.store.clear();
      for (const record of data[kind]) {
        context.store.set({ id: record.id, data: await context.parseData({ id: record.id, data: { ...record } }) });
      }
    },
  };
}

export const collections = {
  chapters: defineCollection({
    loader: glob({ base: `${explainerRoot()}/content/chapters`, pattern: '*.mdx' }),
    schema: ChapterFrontmatter,
  }),
  actors: defineCollection({ loader: records('actors'), schema: Actor }),
  places: defineCollection({ loader: records('places'), schema: Place }),
  events: defineCollection({ loader: records('events'), schema: Event }),
  questions: defineCollection({ loader: records('questions'), schema: Question }),
  claims: defineCollection({ loader: records('claims'), schema: Claim }),
  statements: defineCollection({ loader: records('statements'), schema: Statement }),
  anomalies: defineCollection({ loader: records('anomalies'), schema: Anomaly }),
};

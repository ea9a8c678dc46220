import { loadDataset, type Dataset } from './data/load.ts';
import { explainerRoot } from './explainer-root.ts';
import { typeset } from './data/typeset.ts';

// Astro evaluates the content config and the pages in separate module graphs; one cache on
// globalThis means the seeds are read and the quotes verified once per process, not per graph.
const cache = globalThis as typeof globalThis & { __explainerDataset?: Map<string, Dataset> };

/** The verified dataset of the explainer (see {@link explainerRoot}), typeset for readers. */
export function getDataset(root: string = explainerRoot()): Dataset {
  cache.__explainerDataset ??= new Map();
  let data = cache.__explainerDataset.get(root);
  if (!data) {
    data = typeset(loadDataset(root));
    cache.__explainerDataset.set(root, data);
  }
  return data;
}

/** Drops every verified dataset, so the next {@link getDataset} reads the files again (the dev server calls it on change). */
export function forgetDatasets(): void {
  cache.__explainerDataset?.clear();
}

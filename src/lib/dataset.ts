import { loadDataset, type Dataset } from './data/load.ts';
import { explainerRoot } from './explainer-root.ts';
import { typeset } from './data/typeset.ts';
import { DataError, type DataIssue } from './data/errors.ts';

// Astro evaluates the content config and the pages in separate module graphs; one cache on
// globalThis means the seeds are read and the quotes verified once per process, not per graph.
const cache = globalThis as typeof globalThis & {
  __explainerDataset?: Map<string, Dataset>;
  __explainerChapterProblems?: Map<string, readonly DataIssue[]>;
};

/**
 * Records what is wrong with one chapter's front matter (none: it is mended or gone); returns
 * whether that changed. The dev server sets it as chapters are written: Astro's content loader
 * only tells the terminal, and serves the chapter's last good front matter, or no page at all.
 */
export function setChapterProblems(file: string, issues: readonly DataIssue[]): boolean {
  const problems = (cache.__explainerChapterProblems ??= new Map());
  const before = JSON.stringify(problems.get(file) ?? []);
  if (issues.length) problems.set(file, issues);
  else problems.delete(file);
  return before !== JSON.stringify(issues);
}

/**
 * The verified dataset of the explainer (see {@link explainerRoot}), typeset for readers. While a
 * chapter's front matter is wrong (see {@link setChapterProblems}) it throws that instead, so every
 * page shows it in the dev server's error overlay, as it shows a problem in the data.
 */
export function getDataset(root: string = explainerRoot()): Dataset {
  const problems = [...(cache.__explainerChapterProblems?.values() ?? [])].flat();
  if (problems.length) throw new DataError(problems, "The chapters' front matter");
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

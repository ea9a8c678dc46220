import { expect } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';
import { DataError } from '../../src/lib/data/errors.ts';

/** Loads an explainer's data and returns the problem lines, failing the test if loading succeeds. */
export function problems(root: string): string[] {
  try {
    loadDataset(root);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as Error).message.split('\n').slice(1);
  }
  throw new Error('expected the data to be rejected, but it loaded');
}

import { describe, expect, it } from 'vitest';
import { builtPages, fileFor } from '../support/site.ts';
import { htmlErrors } from '../support/validate.ts';

describe('valid HTML', () => {
  it.each(builtPages())('%s has no html-validate errors', async (path) => {
    expect(await htmlErrors(fileFor(path))).toEqual([]);
  });
});

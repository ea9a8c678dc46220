import { readFileSync } from 'node:fs';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, fileFor } from '../support/site.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('valid HTML', () => {
  it.each(builtPages())('%s has no html-validate errors', async (path) => {
    const report = await validator.validateString(readFileSync(fileFor(path), 'utf8'), fileFor(path));
    const errors = report.results.flatMap((r) =>
      r.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId} (line ${m.line}): ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { tempDir } from './temp.ts';

export const TINY = new URL('../fixtures/tiny/', import.meta.url).pathname;
/** A second fixture explainer, on a river flood: its own kinds of event, lanes, places and figures. */
export const FLOOD = new URL('../fixtures/flood/', import.meta.url).pathname;

/**
 * A throwaway copy of the tiny fixture explainer, for tests that break one thing and check
 * the message, removed when the test file ends. `yaml(file, edit)` edits a YAML file as data; `text(file, edit)` as text.
 */
export function tinyCopy(): {
  root: string;
  yaml: (file: string, edit: (data: any) => unknown) => void;
  text: (file: string, edit: (text: string) => string) => void;
} {
  const root = tempDir('explainer-fixture-');
  cpSync(TINY, root, { recursive: true });
  const text = (file: string, edit: (t: string) => string): void => {
    const path = join(root, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
  };
  const yaml = (file: string, edit: (data: any) => unknown): void => {
    text(file, (t) => {
      const data: unknown = parse(t);
      const result = edit(data);
      return stringify(result === undefined ? data : result);
    });
  };
  return { root, yaml, text };
}

import { resolve } from 'node:path';

/**
 * The folder holding the explainer's `content/` and `seeds/`. It is the project root unless
 * EXPLAINER_ROOT names another, which is how the tests build a second, tiny explainer with
 * the same engine.
 */
export function explainerRoot(): string {
  return resolve(process.env.EXPLAINER_ROOT ?? process.cwd());
}

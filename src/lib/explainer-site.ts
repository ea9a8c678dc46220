import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * The explainer's canonical origin, read before the config is built. Only `site` is read
 * here; the full file is validated with the rest of the data when content loads.
 */
export function readExplainerSite(root: string): string | undefined {
  const raw: unknown = parse(readFileSync(join(root, 'content/explainer.yaml'), 'utf8'));
  const site = raw && typeof raw === 'object' && 'site' in raw ? raw.site : undefined;
  return typeof site === 'string' ? site : undefined;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Explainer } from './schemas/explainer.ts';

/**
 * Where the explainer is published, read before the config is built: `site` (its public
 * origin) and `base` (the path under it, `/` by default). Only these two fields are read and
 * checked here; the full file is validated with the rest of the data when content loads. A bad
 * value stops here with one line naming the file and the field.
 */
export function readExplainerSite(root: string): { site: string | undefined; base: string } {
  const raw: unknown = parse(readFileSync(join(root, 'content/explainer.yaml'), 'utf8'));
  const fields = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const fail = (key: string, message: string | undefined): never => {
    throw new Error(`content/explainer.yaml › field "${key}": ${message ?? 'invalid'} (is ${JSON.stringify(fields[key])})`);
  };
  const site = Explainer.shape.site.safeParse(fields.site);
  const base = Explainer.shape.base.safeParse(fields.base);
  if (!site.success) return fail('site', site.error.issues[0]?.message);
  if (!base.success) return fail('base', base.error.issues[0]?.message);
  return { site: site.data, base: base.data };
}

import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security.ts';
import { href, paths } from '../lib/urls.ts';

/** Writes dist/_headers with the security and caching headers, for static hosts that read one. */
export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'explainer:headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), headersFile(href(paths.assets, base)));
      },
    },
  };
}

import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security.ts';

/** Writes dist/_headers with the security headers, for static hosts that read one. */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'explainer:headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), headersFile());
      },
    },
  };
}

import { describe, expect, it } from 'vitest';
import { ASSET_CACHE, CSP, headersFile } from '../../../src/lib/security.ts';

describe('the _headers file', () => {
  it('sends the security headers on every path and caches the asset folder for good, under the base', () => {
    const file = headersFile('/news/_astro/');
    const rules = file.split(/\n(?=\S)/).map((rule) => rule.trim().split('\n'));
    expect(rules.map((r) => r[0])).toEqual(['/*', '/news/_astro/*']);
    expect(rules[0]).toContain(`  Content-Security-Policy: ${CSP}; frame-ancestors 'none'`);
    expect(rules[1]).toEqual(['/news/_astro/*', `  Cache-Control: ${ASSET_CACHE}`]);
    expect(ASSET_CACHE).toMatch(/\bimmutable\b/);
  });
});

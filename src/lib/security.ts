/**
 * The site's security policy, in one place: the same Content-Security-Policy goes into every
 * page's <meta> and into the `_headers` file for hosts that read one.
 *
 * Everything is same-origin; no script, style or font may come from elsewhere or be inline.
 * 'wasm-unsafe-eval' lets Pagefind run its WebAssembly search (it allows compiling WebAssembly,
 * not eval of strings); the worker it starts is a same-origin file.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** The policy as a <meta http-equiv> carries it (frame-ancestors is ignored there, so it is left out). */
export const CSP = CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');

/** Headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};

/**
 * How long a browser may keep the build's assets: each is named after its content, so a changed
 * file has a new name and an old one never changes. Without it hosts ask browsers to check each
 * file again on every page, a round trip that on a slow connection is longer than the 100 ms an
 * optional web font is given (src/styles/fonts.css), so no page would ever show the web fonts.
 */
export const ASSET_CACHE = 'public, max-age=31536000, immutable';

/** The `_headers` file: the security headers for every path, and the asset folder cached for good. */
export function headersFile(assets: string): string {
  const rules: Array<[string, Record<string, string>]> = [
    ['/*', SECURITY_HEADERS],
    [`${assets}*`, { 'Cache-Control': ASSET_CACHE }],
  ];
  return rules
    .map(
      ([path, headers]) =>
        `${path}\n${Object.entries(headers)
          .map(([k, v]) => `  ${k}: ${v}\n`)
          .join('')}`,
    )
    .join('');
}

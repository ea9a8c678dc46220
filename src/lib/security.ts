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

/** The `_headers` file: the security headers for every path. */
export function headersFile(): string {
  return `/*\n${Object.entries(SECURITY_HEADERS)
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n')}\n`;
}

/**
 * Escaping for the places where text from the data or the chapters lands in HTML outside
 * Astro's own escaping of `{text}` and attribute values: JSON inside a <script> element, and
 * URLs, whose danger is their scheme rather than their characters.
 */

/**
 * JSON that is safe inside `<script type="application/ld+json">`: `<`, `>` and `&` become
 * `\u003c`, `\u003e` and `\u0026`, so no value can close the element (`</script>`) or open a
 * comment, and U+2028/U+2029 are escaped for parsers that take them for line breaks. The
 * result parses back to the same value.
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) throw new Error('jsonForScript: the value has no JSON form');
  return json.replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Schemes a link may use; anything else (javascript:, data:, vbscript:, file:, …) is refused. */
export const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto']);

/**
 * The scheme a browser would read from an href, lower-cased, or undefined for a relative URL.
 * Browsers drop ASCII white space and control characters inside a URL before reading its
 * scheme ("java\tscript:" is javascript:), so they are dropped here too.
 */
export function urlScheme(href: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const bare = href.replace(/[\u0000-\u0020\u007f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(bare)?.[1]?.toLowerCase();
}

/** Why an href must not become a link, or undefined when it may. */
export function unsafeUrlReason(href: string): string | undefined {
  const scheme = urlScheme(href);
  if (scheme === undefined || SAFE_SCHEMES.has(scheme)) return undefined;
  return `link to a ${scheme}: URL is not allowed (allowed: relative links and ${[...SAFE_SCHEMES].map((s) => `${s}:`).join(', ')}): "${href}"`;
}

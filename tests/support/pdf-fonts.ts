/** The site's own type families, as a PDF names them once embedded (a six-letter subset prefix, then the family). */
export const SITE_FONT = /^[A-Z]{6}\+(Inter|SourceSerif4)-/;

/**
 * The fonts a PDF carries, read from its bytes: each text font's name and whether its file is
 * embedded, and every font subtype.
 */
export function pdfFonts(bytes: Uint8Array): { fonts: Array<{ name: string; embedded: boolean }>; subtypes: Set<string> } {
  const raw = Buffer.from(bytes).toString('latin1');
  const fonts = [...raw.matchAll(/\/Type\s*\/FontDescriptor\s*\/FontName\s*\/(\S+)[^>]*?>>/g)].map(([dict, name]) => ({
    name: name!,
    embedded: /\/FontFile[23]? \d+ 0 R/.test(dict),
  }));
  const subtypes = new Set([...raw.matchAll(/\/Type\s*\/Font\s[^>]*?\/Subtype\s*\/(\w+)/g)].map((m) => m[1]!));
  return { fonts, subtypes };
}

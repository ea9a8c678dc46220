/** A CSS string literal: quotes and backslashes escaped, line breaks as spaces. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\s+/g, ' ')}"`;
}

/**
 * `@page` rules for the print edition: page numbers at the foot of every page but the first (the cover),
 * the explainer's title at the top left and the part's title at the top right.
 */
export function printPageRules(title: string, parts: ReadonlyArray<{ id: string; title: string }>): string {
  const base = `@page {
  size: A4;
  margin: 22mm 20mm 24mm;
  @bottom-center { content: counter(page); font: 9pt 'Inter', sans-serif; color: #555; }
}
/* !important: the site's own @page rule (loaded after this file) would otherwise number the cover. */
@page :first {
  @bottom-center { content: none !important; }
}
`;
  const named = parts
    .map(
      (p, i) => `@page part-${i + 1} {
  @top-left { content: ${cssString(title)}; font: 8.5pt 'Inter', sans-serif; color: #555; }
  @top-right { content: ${cssString(p.title)}; font: 8.5pt 'Inter', sans-serif; color: #555; }
}
#${p.id} { page: part-${i + 1}; }
`,
    )
    .join('');
  return base + named;
}

/** "69 pages, 1.8 MB": what the download links say about the PDF. */
export function pdfFacts(pages: number, bytes: number): string {
  const size = bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${pages} ${pages === 1 ? 'page' : 'pages'}, ${size}`;
}

/** The attribute of the empty span a page leaves in its download link, where the PDF's facts go once it is written. */
export const PDF_FACTS_MARK = 'data-pdf-facts';

/** Writes the PDF's facts into a page's empty marks: "Download the PDF (69 pages, 1.8 MB)". */
export function fillPdfFacts(html: string, facts: string): string {
  return html.replace(/(<span data-pdf-facts(?: [^>]*)?>)(<\/span>)/g, `$1 (${facts})$2`);
}

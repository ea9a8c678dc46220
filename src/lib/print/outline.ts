import { PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One bookmark of a PDF's outline: its title, nesting depth and the page it opens (1-based). */
export interface OutlineEntry {
  title: string;
  depth: number;
  page: number;
}

interface RawOutlineItem {
  title: string;
  dest: string | unknown[] | null;
  items: RawOutlineItem[];
}

/** Reads a PDF's page count and its bookmarks, in order, with the page each points to. */
export async function readOutline(pdf: Uint8Array): Promise<{ pages: number; outline: OutlineEntry[] }> {
  // pdf.js wants a plain Uint8Array it may detach, not a Node Buffer.
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, disableFontFace: true, verbosity: 0 })
    .promise;
  try {
    const out: OutlineEntry[] = [];
    const walk = async (items: readonly RawOutlineItem[], depth: number): Promise<void> => {
      for (const item of items) {
        const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
        const ref = Array.isArray(dest) ? (dest[0] as { num: number; gen: number } | number) : undefined;
        const index = ref === undefined ? -1 : typeof ref === 'number' ? ref : await doc.getPageIndex(ref);
        out.push({ title: item.title.trim(), depth, page: index + 1 });
        await walk(item.items, depth + 1);
      }
    };
    // pdf.js types the outline loosely; it is null when the PDF has none.
    const items = (await doc.getOutline()) as RawOutlineItem[] | null;
    await walk(items ?? [], 0);
    return { pages: doc.numPages, outline: out };
  } finally {
    await doc.destroy();
  }
}

/**
 * Rewrites a Chromium PDF's bookmarks with the headings' real text (Chromium drops the space at
 * a line break and can repeat a heading's text) and fixes its dates, so the same site always
 * gives the same PDF. Bookmarks follow the headings in document order, so `titles` must be the
 * printed headings in that order; a different count means the two disagree, and is an error.
 */
export async function finishPdf(pdf: Uint8Array, titles: readonly string[], isoDate: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const items: PDFDict[] = [];
  const walk = (first: PDFDict | undefined): void => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      items.push(item);
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  if (items.length !== titles.length) {
    throw new Error(`the PDF has ${items.length} bookmarks but the page has ${titles.length} printed headings`);
  }
  items.forEach((item, i) => {
    item.set(PDFName.of('Title'), PDFHexString.fromText(titles[i]!));
  });
  const date = new Date(`${isoDate}T00:00:00Z`);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  return stableNodeIds(await doc.save({ useObjectStreams: false }));
}

/**
 * Chromium names tagged table cells after its DOM nodes ("node00000141"), numbers that vary
 * from run to run. Renumbering them by first appearance, at the same width (so no offset
 * moves), keeps every reference between cells and makes the file the same each time.
 */
export function stableNodeIds(pdf: Uint8Array): Uint8Array {
  const seen = new Map<string, string>();
  const text = Buffer.from(pdf)
    .toString('latin1')
    .replace(/\(node(\d+)\)/g, (_, digits: string) => {
      if (!seen.has(digits)) seen.set(digits, String(seen.size + 1).padStart(digits.length, '0'));
      return `(node${seen.get(digits)!})`;
    });
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

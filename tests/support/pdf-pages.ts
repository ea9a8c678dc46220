import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { GreyImage } from './grey-png.ts';

/** A run of text as pdf.js reads it from the page, with its box in the rendered image's pixels. */
export interface TextBox {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RenderedPage {
  n: number;
  image: GreyImage;
  text: TextBox[];
}

/** Grey levels are kept to sixteen steps: the differences that matter are far larger, and the files stay small. */
const LEVELS = 51;

/**
 * Renders every page of a PDF with pdf.js onto a canvas from npm (@napi-rs/canvas), a renderer
 * independent of the Chromium that wrote it, as greyscale at `dpi`, with the page's text runs.
 */
export async function renderPdfPages(pdf: Uint8Array, dpi: number): Promise<RenderedPage[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const scale = dpi / 72;
  const out: RenderedPage[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale });
      const width = Math.round(viewport.width);
      const height = Math.round(viewport.height);
      const canvas = createCanvas(width, height);
      // pdf.js draws on any canvas with the DOM's 2D API; @napi-rs/canvas has it.
      await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport, background: '#ffffff' }).promise;
      const rgba = canvas.getContext('2d').getImageData(0, 0, width, height).data;
      const data = new Uint8Array(width * height);
      for (let i = 0; i < data.length; i++) {
        const luma = 0.299 * rgba[i * 4]! + 0.587 * rgba[i * 4 + 1]! + 0.114 * rgba[i * 4 + 2]!;
        data[i] = Math.round(luma / LEVELS) * LEVELS;
      }
      const content = await page.getTextContent();
      const text: TextBox[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, , , e, f] = item.transform as number[];
        const size = Math.hypot(a!, b!);
        const [x, baseline] = viewport.convertToViewportPoint(e!, f!) as [number, number];
        // The box of lower-case letters and capitals above the baseline: most of the em.
        text.push({ str: item.str, x, y: baseline - size * 0.7 * scale, width: item.width * scale, height: size * 0.7 * scale });
      }
      out.push({ n, image: { width, height, data }, text });
      page.cleanup();
    }
    return out;
  } finally {
    await doc.destroy();
  }
}

/** The share of a box's pixels darker than `below` (0–255). */
export function darkShare(image: GreyImage, box: { x: number; y: number; width: number; height: number }, below = 70): number {
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(image.width, Math.ceil(box.x + box.width));
  const y1 = Math.min(image.height, Math.ceil(box.y + box.height));
  let dark = 0;
  let all = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      all++;
      if (image.data[y * image.width + x]! < below) dark++;
    }
  return all ? dark / all : 0;
}

/** The share of pixels that differ by more than `tolerance` grey levels between two images of one size. */
export function differingShare(a: GreyImage, b: GreyImage, tolerance = 64): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differ = 0;
  for (let i = 0; i < a.data.length; i++) if (Math.abs(a.data[i]! - b.data[i]!) > tolerance) differ++;
  return differ / a.data.length;
}

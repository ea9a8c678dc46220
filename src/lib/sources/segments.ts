import type { Passage } from '../data/verify.ts';
import { anchorIds } from '../urls.ts';

/** A run of a block's text, either plain or inside a cited passage (or several overlapping ones). */
export interface Segment {
  text: string;
  /** Anchor ids of the passages that start here and the ones the run belongs to; empty for plain text. */
  passages: string[];
}

/** The anchor id of a passage on its source page (defined with every other anchor in urls.ts). */
export const passageAnchor: (p: Pick<Passage, 'start' | 'end'>) => string = anchorIds.passage;

/**
 * Splits a block's text into plain runs and cited runs. Overlapping passages merge into one
 * run that carries all their anchors, so every passage has a target and no text is repeated.
 */
export function segmentBlock(
  block: { text: string; start: number },
  passages: ReadonlyArray<Pick<Passage, 'start' | 'end'>>,
): Segment[] {
  const inBlock = passages
    .filter((p) => p.start >= block.start && p.end <= block.start + block.text.length)
    .toSorted((a, b) => a.start - b.start || b.end - a.end);
  const clusters: Array<{ start: number; end: number; ids: string[] }> = [];
  for (const p of inBlock) {
    const last = clusters.at(-1);
    if (last && p.start < last.end) {
      last.end = Math.max(last.end, p.end);
      if (!last.ids.includes(passageAnchor(p))) last.ids.push(passageAnchor(p));
    } else {
      clusters.push({ start: p.start, end: p.end, ids: [passageAnchor(p)] });
    }
  }
  const out: Segment[] = [];
  let at = block.start;
  for (const c of clusters) {
    if (c.start > at) out.push({ text: block.text.slice(at - block.start, c.start - block.start), passages: [] });
    out.push({ text: block.text.slice(c.start - block.start, c.end - block.start), passages: c.ids });
    at = c.end;
  }
  const blockEnd = block.start + block.text.length;
  if (at < blockEnd) out.push({ text: block.text.slice(at - block.start), passages: [] });
  return out;
}

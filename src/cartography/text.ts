import type { LabelLine } from './types.ts';

/**
 * Type sizes used by the map, in SVG units. The wide layout is drawn 608 units wide and the
 * phone one 320; both are shown at about their own width, so 13.5 units stays at or above 12 px
 * down to the narrowest column either is shown in (560 and 288 px).
 */
export const MAP_TYPE = { label: 13.5, country: 13.5, lineHeight: 16 } as const;

// The map is laid out at build time, with no browser to measure text in, so widths are
// estimated from approximate advance widths of Inter, in ems, slightly generous so the
// estimated boxes contain the rendered text.
const NARROW = "iljI!|.,:;'’ ";
const SEMI = 'ftr()[]-‑–/"“”';
const WIDE = 'mwMW@%';

/** Estimated width of a line of text set in Inter at `size` units. */
export function textWidth(text: string, size: number, { strong = false, caps = false, tracking = 0 } = {}): number {
  let em = 0;
  let chars = 0;
  for (const ch of caps ? text.toUpperCase() : text) {
    chars += 1;
    if (NARROW.includes(ch)) em += 0.28;
    else if (SEMI.includes(ch)) em += 0.38;
    else if (WIDE.includes(ch)) em += 0.9;
    else if (/[0-9]/.test(ch)) em += 0.62;
    else if (/[A-Z]/.test(ch)) em += 0.72;
    else em += 0.57;
  }
  return em * size * (strong ? 1.06 : 1) + tracking * Math.max(chars - 1, 0);
}

/** Breaks text into lines of at most about `max` characters, at spaces. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The room a label's lines take up, with a unit to spare across. */
export function labelSize(lines: readonly LabelLine[]): { width: number; height: number } {
  const width = Math.max(...lines.map((l) => textWidth(l.text, MAP_TYPE.label, { strong: !!l.strong })));
  return { width: width + 2, height: lines.length * MAP_TYPE.lineHeight };
}

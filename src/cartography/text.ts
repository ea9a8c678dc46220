import { textWidth } from '../charts/text.ts';
import type { LabelLine } from './types.ts';

/**
 * Type sizes used by the map, in SVG units. The wide layout is drawn 608 units wide and the
 * phone one 320; both are shown at about their own width, so 13.5 units stays at or above 12 px
 * down to the narrowest column either is shown in (560 and 288 px).
 */
export const MAP_TYPE = { label: 13.5, country: 13.5, lineHeight: 16 } as const;

/** The room a label's lines take up, with a unit to spare across. */
export function labelSize(lines: readonly LabelLine[]): { width: number; height: number } {
  const width = Math.max(...lines.map((l) => textWidth(l.text, MAP_TYPE.label, { strong: !!l.strong })));
  return { width: width + 2, height: lines.length * MAP_TYPE.lineHeight };
}

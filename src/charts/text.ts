/**
 * Text measurement and wrapping for the charts. Charts are laid out at build time, with no browser
 * to measure text in, and drawn in the UI face (Inter, src/figures/shared/Figure.astro; its
 * fallbacks are sized to it, src/styles/fonts.css), so widths are summed from Inter's own advance
 * widths at its two weights, which come within about 1% of what Chromium renders.
 */

/** How a line of text is set: semibold (600) or regular, in capitals, with extra space between letters (units). */
export interface TextStyle {
  strong?: boolean;
  caps?: boolean;
  tracking?: number;
}

// Advance widths of Inter's Latin characters, regular and semibold, in thousandths of an em, as
// canvas measureText gives them for the self-hosted faces (@fontsource/inter).
// prettier-ignore
const ADVANCE: Readonly<Record<string, readonly [number, number]>> = {
  "0": [631, 660], "1": [407, 423], "2": [610, 623], "3": [618, 636], "4": [646, 666], "5": [593, 612],
  "6": [620, 640], "7": [566, 576], "8": [619, 640], "9": [620, 640], " ": [281, 252], "!": [288, 321],
  "\"": [466, 523], "#": [633, 644], "$": [642, 650], "%": [982, 1004], "&": [644, 663], "'": [300, 326],
  "(": [365, 373], ")": [365, 373], "*": [501, 540], "+": [662, 673], ",": [288, 319], "-": [460, 465],
  ".": [288, 319], "/": [360, 379], ":": [288, 319], ";": [302, 329], "<": [662, 673], "=": [662, 673],
  ">": [662, 673], "?": [511, 543], "@": [966, 999], "A": [690, 728], "B": [654, 659], "C": [730, 737],
  "D": [722, 722], "E": [601, 605], "F": [590, 588], "G": [746, 749], "H": [743, 746], "I": [269, 277],
  "J": [571, 580], "K": [672, 703], "L": [565, 565], "M": [903, 922], "N": [753, 759], "O": [765, 769],
  "P": [639, 645], "Q": [765, 773], "R": [644, 652], "S": [642, 650], "T": [646, 660], "U": [744, 736],
  "V": [690, 728], "W": [985, 1020], "X": [682, 720], "Y": [679, 713], "Z": [629, 652], "[": [365, 373],
  "\\": [360, 379], "]": [365, 373], "^": [471, 481], "_": [456, 469], "`": [323, 351], "a": [562, 574],
  "b": [612, 624], "c": [571, 583], "d": [612, 624], "e": [583, 591], "f": [370, 389], "g": [613, 625],
  "h": [591, 612], "i": [242, 262], "j": [242, 262], "k": [549, 569], "l": [242, 262], "m": [876, 900],
  "n": [591, 612], "o": [600, 609], "p": [612, 624], "q": [612, 624], "r": [376, 397], "s": [528, 549],
  "t": [327, 353], "u": [591, 612], "v": [562, 587], "w": [818, 839], "x": [546, 569], "y": [562, 588],
  "z": [552, 566], "{": [426, 455], "|": [333, 359], "}": [426, 455], "~": [662, 673], "‘": [261, 294],
  "’": [261, 294], "“": [440, 507], "”": [440, 501], "–": [500, 500], "—": [1000, 1000], "‑": [361, 415],
  "…": [864, 956], "·": [288, 319], "é": [583, 591], "è": [583, 591], "á": [562, 574], "à": [562, 574],
  "ó": [600, 609], "ö": [600, 609], "ü": [591, 612], "ç": [571, 583], "ñ": [591, 612], "í": [242, 262],
  "É": [601, 605], "€": [667, 679], "£": [611, 629], "°": [456, 458],
};
/** A character not in the table counts as a wide capital, so that an unknown one is never under-measured. */
const OTHER: readonly [number, number] = [760, 780];
/** Kerning and the fallback faces move a line by a percent or so either way: measure it a little long. */
const SPARE = 1.02;

/** Width of a line of text set in the UI face at `size` units. */
export function textWidth(text: string, size: number, { strong = false, caps = false, tracking = 0 }: TextStyle = {}): number {
  const weight = strong ? 1 : 0;
  let em = 0;
  let chars = 0;
  for (const ch of caps ? text.toUpperCase() : text) {
    chars += 1;
    em += (ADVANCE[ch] ?? OTHER)[weight];
  }
  return (em / 1000) * size * SPARE + tracking * Math.max(chars - 1, 0);
}

/**
 * Breaks text into lines no wider than `width` units at `size`, at spaces (a word longer than a
 * line keeps a line to itself), as evenly as it can: as few lines as a line-by-line fill gives,
 * but each as short as that number allows, so that no last line holds one word alone.
 */
export function wrapText(text: string, width: number, size: number, style: TextStyle = {}): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const fill = (room: number): string[] => {
    const lines: string[] = [];
    let line = '';
    for (const word of words) {
      const next = line ? `${line} ${word}` : word;
      if (line && textWidth(next, size, style) > room) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    return lines;
  };
  const lines = fill(width);
  if (lines.length < 2) return lines;
  // The narrowest room that still takes no more lines, to a tenth of a unit.
  let [narrow, wide] = [0, width];
  while (wide - narrow > 0.1) {
    const mid = (narrow + wide) / 2;
    if (fill(mid).length <= lines.length) wide = mid;
    else narrow = mid;
  }
  return fill(wide);
}

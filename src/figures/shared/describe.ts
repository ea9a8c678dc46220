/**
 * The id of the element that describes a chart's mark in full (the words of its tooltip), for
 * the mark's `aria-describedby`: its figure's id, unique on the page, then the mark's key, unique
 * in the figure. The mark's own name stays short and starts with what it shows.
 */
export const descId = (figure: string, key: string): string => `${figure}-desc-${key}`;

/** The two layouts a figure can be drawn in (see Figure.astro): wide for screens and print, narrow for phones. */
export type LayoutName = 'wide' | 'narrow';

/**
 * The id prefix for one layout of a figure: the wide layout keeps the figure's id, so links and
 * snapshots made before phone layouts existed still hold; the narrow one adds `-narrow`, so the
 * two never share an id on the page.
 */
export const layoutId = (figure: string, layout: LayoutName): string => (layout === 'wide' ? figure : `${figure}-narrow`);

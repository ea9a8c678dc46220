/**
 * The id of the element that describes a chart's mark in full (the words of its tooltip), for
 * the mark's `aria-describedby`: its figure's id, unique on the page, then the mark's key, unique
 * in the figure. The mark's own name stays short and starts with what it shows.
 */
export const descId = (figure: string, key: string): string => `${figure}-desc-${key}`;

/** One part of the print edition: where it starts (its section's id), its title and its label in the contents. */
export interface PrintPart {
  id: string;
  title: string;
  /** For the running head, where the full title is too long. */
  short: string;
  label: string;
  chapter: boolean;
}

/** The parts of the print edition in order: the chapters, then the chronology, sources and method, and the index. */
export function printParts(chapters: ReadonlyArray<{ id: string; title: string; short?: string; number: number }>): PrintPart[] {
  const back = (id: string, title: string, label: string, short = title): PrintPart => ({
    id: `part-${id}`,
    title,
    short,
    label,
    chapter: false,
  });
  return [
    ...chapters.map((c) => ({
      id: `part-${c.id}`,
      title: c.title,
      short: c.short ?? c.title,
      label: `Chapter ${c.number}`,
      chapter: true,
    })),
    back('chronology', 'Events in date order', 'Chronology', 'Chronology'),
    back('sources', 'Sources and method', 'Appendix'),
    back('index', 'People, groups and places', 'Index', 'Index'),
  ];
}

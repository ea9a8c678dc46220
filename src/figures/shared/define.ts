import type { z } from 'zod';

/** The kinds of record a figure's prop can name; the chapter check looks each id up in the data. */
export type FigureRefKind = 'event' | 'actor' | 'place' | 'question' | 'comparison';

/**
 * What a figure declares about itself: the name chapters write (`<MapFigure …>`), the file of its
 * component, its props as a zod object of the attributes as written (strings in, typed values
 * out), and which props name records of which kind. The component reads its props through
 * `parseFigureProps`.
 */
export interface FigureDefinition<S extends z.ZodObject = z.ZodObject, N extends string = string> {
  name: N;
  /**
   * The component's file, relative to src/figures/ (`map/MapFigure.astro`). A path rather than an
   * import, since the chapter check that reads this runs in the Astro config, which cannot load
   * components: each chapter imports the components of the figures it shows from here, so a
   * page carries the styles of those figures only.
   */
  component: string;
  props: S;
  refs?: Partial<Record<keyof z.input<S> & string, FigureRefKind>>;
}

/** A figure's definition, with its props' types kept for its component. */
export const defineFigure = <S extends z.ZodObject, N extends string>(
  definition: FigureDefinition<S, N>,
): FigureDefinition<S, N> => definition;

/** An attribute as the chapter wrote it. */
const shown = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** The one-line reason a prop is wrong: `prop "from" must be a day …`, or an unknown prop and what the figure takes. */
export function propProblems(definition: FigureDefinition, attributes: Readonly<Record<string, unknown>>): string[] {
  const result = definition.props.safeParse(attributes);
  if (result.success) return [];
  const takes = Object.keys(definition.props.shape).join(', ');
  return result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys')
      return `<${definition.name}>: unknown prop${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (it takes ${takes})`;
    const prop = String(issue.path[0] ?? '');
    const value = attributes[prop];
    if (value === undefined) return `<${definition.name}>: missing prop "${prop}"`;
    return `<${definition.name} ${prop}="${shown(value)}">: ${issue.message}`;
  });
}

/**
 * A figure's props as its component uses them: the chapter's attributes parsed by its schema,
 * without `n`, the number the build adds. The chapter check has already named any problem with
 * its place in the chapter; this throws the same words when a figure is used from code.
 */
export function parseFigureProps<S extends z.ZodObject>(
  definition: FigureDefinition<S>,
  attributes: Readonly<Record<string, unknown>>,
): z.output<S> {
  const rest = Object.fromEntries(Object.entries(attributes).filter(([k]) => k !== 'n'));
  const problems = propProblems(definition, rest);
  if (problems.length > 0) throw new Error(problems.join('; '));
  return definition.props.parse(rest);
}

/** Whether the data holds a record of this kind with this id. */
export type KnowsRecord = (kind: FigureRefKind, id: string) => boolean;

/**
 * Every problem with a figure as a chapter writes it: its props against its schema, then each id
 * a prop names against the data (`<CountsFigure questions="nope">: unknown question "nope"`).
 */
export function figureProblems(
  definition: FigureDefinition,
  attributes: Readonly<Record<string, unknown>>,
  knows: KnowsRecord,
): string[] {
  const problems = propProblems(definition, attributes);
  if (problems.length > 0) return problems;
  const props: Record<string, unknown> = definition.props.parse(attributes);
  for (const [prop, kind] of Object.entries(definition.refs ?? {}) as Array<[string, FigureRefKind]>) {
    const value = props[prop];
    const ids = Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
    for (const id of ids) {
      if (!knows(kind, id)) problems.push(`<${definition.name} ${prop}="${shown(attributes[prop])}">: unknown ${kind} "${id}"`);
    }
  }
  return problems;
}

import type { DataIssue } from '../lib/data/errors.ts';
import { figureProblems, type FigureRefKind } from './shared/define.ts';
import { FIGURE_NAMES, figureNamed } from './registry.ts';

/** A figure for the front page, as `content/explainer.yaml` lists it: its name, and its props as a chapter writes them. */
export interface FrontFigure {
  figure: string;
  [prop: string]: string;
}

/**
 * Each front-page figure checked as the chapter check checks a chapter's: a figure the registry
 * knows, its props against its declaration, and every id they name against the data. One issue
 * per problem, naming the figure's place in the list (`frontFigures[0]`).
 */
export function frontFigureIssues(
  file: string,
  figures: readonly FrontFigure[],
  knows: (kind: FigureRefKind, id: string) => boolean,
): DataIssue[] {
  return figures.flatMap(({ figure, ...props }, i) => {
    const field = `frontFigures[${i}]`;
    const definition = figureNamed(figure);
    if (!definition)
      return [
        { file, record: 'explainer', field, message: `no figure is called "${figure}" (there are ${FIGURE_NAMES.join(', ')})` },
      ];
    return figureProblems(definition, props, knows).map((message) => ({ file, record: 'explainer', field, message }));
  });
}

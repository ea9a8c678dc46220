import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Program } from 'estree';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import { figureNamed } from '../../figures/registry.ts';
import type { FigureDefinition } from '../../figures/shared/define.ts';

/**
 * Where the figures' components are read from when a page imports them by file. The components
 * are never handed to MDX as `components` from a route: whatever a route imports, every page of
 * that route carries the styles of; imported by the chapter itself (remark-figures.ts) or by the
 * front page's module below, a component's styles reach only the pages that show it.
 */
const FIGURES_DIR = fileURLToPath(new URL('../../figures/', import.meta.url));

/** The absolute path of a figure's component, from the `component` its definition names. */
export const figureComponentFile = (definition: FigureDefinition): string => join(FIGURES_DIR, definition.component);

/** Why a figure's component cannot be imported (`src/figures/registry.ts › MapFigure › component: …`), if it cannot. */
export function componentProblem(definition: FigureDefinition): string | undefined {
  const file = figureComponentFile(definition);
  if (/\.astro$/.test(definition.component) && existsSync(file)) return undefined;
  return `src/figures/registry.ts › ${definition.name} › component: "${definition.component}" is not an .astro file in src/figures/ (looked for ${relative(process.cwd(), file)})`;
}

/** `import MapFigure from '/…/src/figures/map/MapFigure.astro';` for each figure, as the estree of an ES module. */
export function importProgram(definitions: readonly FigureDefinition[]): Program {
  return {
    type: 'Program',
    sourceType: 'module',
    body: definitions.map((d) => {
      const file = figureComponentFile(d);
      return {
        type: 'ImportDeclaration',
        specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: d.name } }],
        source: { type: 'Literal', value: file, raw: JSON.stringify(file) },
        attributes: [],
      };
    }),
  };
}

/** The module the front page imports its figures' components from. */
export const FRONT_FIGURES_MODULE = 'virtual:explainer/front-figures';
const RESOLVED = `\0${FRONT_FIGURES_MODULE}`;

/** The figures `content/explainer.yaml` lists in `frontFigures` that the registry knows. */
function frontFigureDefinitions(file: string): FigureDefinition[] {
  const raw: unknown = parse(readFileSync(file, 'utf8'));
  const listed = raw && typeof raw === 'object' ? (raw as { frontFigures?: unknown }).frontFigures : undefined;
  const names = Array.isArray(listed)
    ? listed.map((f: unknown) => (f && typeof f === 'object' ? (f as { figure?: unknown }).figure : undefined))
    : [];
  // A name the registry lacks, or a component it cannot find, is left to the data check
  // (src/figures/front.ts) and the error below, which name it with its file and field.
  const definitions = [...new Set(names)].flatMap((name) => {
    const d = typeof name === 'string' ? figureNamed(name) : undefined;
    return d ? [d] : [];
  });
  const problems = definitions.flatMap((d) => componentProblem(d) ?? []);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return definitions;
}

/**
 * `virtual:explainer/front-figures`: the components of the figures the front page shows, by
 * name, and no others, so the front page carries those figures' styles only. Made again when
 * `content/explainer.yaml` changes.
 */
export function frontFigureComponents(root: string): Plugin {
  const explainerFile = join(root, 'content/explainer.yaml');
  return {
    name: 'explainer:front-figures',
    resolveId(id) {
      return id === FRONT_FIGURES_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(explainerFile);
      const definitions = frontFigureDefinitions(explainerFile);
      return [
        ...definitions.map((d) => `import ${d.name} from ${JSON.stringify(figureComponentFile(d))};`),
        `export default { ${definitions.map((d) => d.name).join(', ')} };`,
      ].join('\n');
    },
  };
}

/**
 * `npm run new -- <folder> <documents…>`: starts an explainer in <folder> from plain-text
 * documents (one paragraph a line, the headline first), ready to build with
 * `EXPLAINER_ROOT=<folder> npm run build`. It never writes into a folder that already holds an
 * explainer.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { scaffoldExplainer, titleFromFolder } from '../lib/scaffold/new-explainer.ts';

const [folder, ...documents] = process.argv.slice(2).filter((a) => a !== '--');
try {
  if (!folder || documents.length === 0) throw new Error('usage: npm run new -- <folder> <document.txt> [more documents…]');
  const root = resolve(folder);
  if (existsSync(join(root, 'content')) || existsSync(join(root, 'seeds')))
    throw new Error(`${folder} already holds content/ or seeds/; choose a new folder`);
  const files = scaffoldExplainer(
    titleFromFolder(root),
    documents.map((name) => {
      if (!existsSync(name)) throw new Error(`${name}: no such file`);
      return { name, bytes: readFileSync(name) };
    }),
    new Date().toISOString().slice(0, 10),
  );
  for (const [path, contents] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), contents);
  }
  console.log(
    `Started an explainer in ${folder} from ${documents.length} document(s).\n` +
      `  Build it:   EXPLAINER_ROOT=${folder} npm run build -- --out ${join(folder, 'dist')}\n` +
      `  Write it:   EXPLAINER_ROOT=${folder} npm run dev\n` +
      `  Next: edit ${join(folder, 'content/explainer.yaml')}, then see AUTHORING.md.`,
  );
} catch (error) {
  console.error(`npm run new: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

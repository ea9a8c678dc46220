// @ts-check
import { defineConfig } from 'astro/config';
import explainer from './src/index.ts';
import { explainerRoot } from './src/lib/explainer-root.ts';

// Everything the site needs comes from the engine's integration; the explainer it builds is the
// one EXPLAINER_ROOT names, or this project's own content/ and seeds/.
export default defineConfig({
  integrations: [explainer({ root: explainerRoot() })],
});

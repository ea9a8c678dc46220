/** The components of the figures the front page shows, by name (src/lib/mdx/figure-components.ts). */
declare module 'virtual:explainer/front-figures' {
  const components: Readonly<Record<string, import('astro/runtime/server/index.js').AstroComponentFactory>>;
  export default components;
}

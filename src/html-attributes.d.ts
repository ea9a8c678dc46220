// The `blocking` attribute (HTML's render-blocking, in Chromium since 105) is missing from Astro's
// element types; public/theme.js is loaded with it (src/layouts/Base.astro).
declare namespace astroHTML.JSX {
  interface ScriptHTMLAttributes {
    blocking?: 'render' | undefined | null;
  }
}

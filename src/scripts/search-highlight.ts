/** Marks the searched words on a page opened from a search result (`?highlight=…`). */
const url = new URL('/pagefind/pagefind-highlight.js', location.origin).href;
const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as {
  default: new (options: { highlightParam: string; markContext?: string; addStyles?: boolean }) => unknown;
};
// Styles come from our own CSS (a style element added by script would need 'unsafe-inline').
new PagefindHighlight({ highlightParam: 'highlight', markContext: 'main', addStyles: false });

export {};

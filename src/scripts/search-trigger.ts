/**
 * Loaded on every page, and kept tiny: opens search on the button, "/" and Ctrl/⌘+K by
 * loading the search UI only then, and highlights the searched words on a page reached from
 * a search result.
 */
const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

let returnFocusTo: HTMLElement | null = null;

async function openSearch(): Promise<void> {
  returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const { openDialog } = await import('./search-ui.ts');
  openDialog(() => {
    returnFocusTo?.focus();
  });
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest('[data-search-open]');
  if (!link || !document.querySelector('[data-search-dialog]')) return;
  event.preventDefault();
  void openSearch();
});

document.addEventListener('keydown', (event) => {
  const shortcut = (event.key === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !typing(event.target));
  if (!shortcut || document.querySelector('dialog[open][data-search-dialog]')) return;
  event.preventDefault();
  void openSearch();
});

if (new URLSearchParams(location.search).has('highlight')) {
  void import('./search-highlight.ts');
}

// A module, so its names stay its own.
export {};

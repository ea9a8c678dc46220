import { loadPagefind } from './pagefind.ts';
import { runSearch, type Excerpt, type Hit, type PagefindSearch } from '../lib/search/results.ts';
import { HREF } from '../lib/urls.ts';

/** How many results are shown; the count says how many there are in all. */
const SHOWN = 12;
const FILTER_LABELS: Record<string, string> = { kind: 'Kind', section: 'Section' };

interface Panel {
  focus(): void;
  run(term: string): void;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: Array<Node | string> = [],
): HTMLElementTagNameMap[K] {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

/** An excerpt as text nodes and marks: nothing from the index is parsed as HTML. */
function excerpt(parts: Excerpt): HTMLElement {
  return element(
    'p',
    { className: 'excerpt' },
    parts.map((p) => (p.mark ? element('mark', {}, [p.text]) : p.text)),
  );
}

// Addresses carry `?highlight=…`, so the page opened marks the words (src/scripts/search-highlight.ts).
function resultItem(hit: Hit): HTMLLIElement {
  const link = element('a', { className: 'result-link', href: hit.url }, [
    hit.title,
    ...(hit.kind ? [element('span', { className: 'result-kind' }, [hit.kind])] : []),
  ]);
  const item = element('li', { className: 'result' }, [link, excerpt(hit.excerpt)]);
  if (hit.subs.length > 0) {
    item.append(
      element(
        'ul',
        { className: 'subs' },
        hit.subs.map((s) => element('li', {}, [element('a', { href: s.url }, [s.title]), excerpt(s.excerpt)])),
      ),
    );
  }
  return item;
}

function noResults(term: string): HTMLLIElement {
  return element('li', { className: 'result empty' }, [
    element('p', {}, [`Nothing matches “${term}”. Try a shorter word, another spelling, or a name alone.`]),
    element('p', {}, [
      'Or browse ',
      element('a', { href: HREF.peopleAndPlaces }, ['people, groups and places']),
      ', the ',
      element('a', { href: HREF.chronology }, ['chronology']),
      ' or the ',
      element('a', { href: HREF.sources }, ['sources']),
      '.',
    ]),
  ]);
}

/** Runs a search panel (src/components/SearchPanel.astro): typing, filters, results and keyboard. */
export function mountPanel(root: HTMLElement, options: { syncUrl?: boolean } = {}): Panel {
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const filterToggle = root.querySelector<HTMLButtonElement>('[data-search-filter-toggle]')!;
  filterToggle.addEventListener('click', () => {
    const open = filterToggle.getAttribute('aria-expanded') !== 'true';
    filterToggle.setAttribute('aria-expanded', String(open));
    filterBox.toggleAttribute('data-open', open);
  });
  const chosen: Record<string, string | undefined> = {};
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  status.textContent = 'Loading search…';
  const ready = loadPagefind().then(
    (loaded) => {
      if (status.textContent === 'Loading search…') status.textContent = '';
      return loaded;
    },
    (error: unknown) => {
      status.textContent = 'Search could not be loaded. Try reloading the page.';
      throw error;
    },
  );

  const renderFilters = (counts: PagefindSearch['filters']): void => {
    const chosenCount = Object.values(chosen).filter((v) => v !== undefined).length;
    filterToggle.textContent = chosenCount ? `Filters (${chosenCount} chosen)` : 'Filters';
    filterBox.replaceChildren(
      ...Object.keys(FILTER_LABELS).flatMap((name) => {
        const values = Object.entries(counts[name] ?? {}).filter(([value, n]) => n > 0 || chosen[name] === value);
        if (values.length === 0) return [];
        const button = (label: string, value: string | undefined): HTMLButtonElement => {
          const b = element('button', { type: 'button' }, [label]);
          b.setAttribute('aria-pressed', String(chosen[name] === value));
          b.addEventListener('click', () => {
            chosen[name] = value;
            void run();
          });
          return b;
        };
        return [
          element('fieldset', {}, [
            element('legend', {}, [FILTER_LABELS[name]!]),
            button('All', undefined),
            ...values.sort(([a], [b]) => a.localeCompare(b)).map(([value, n]) => button(`${value} (${n})`, value)),
          ]),
        ];
      }),
    );
  };

  async function run(): Promise<void> {
    const mine = ++sequence;
    const term = input.value.trim();
    if (options.syncUrl) history.replaceState(null, '', term ? `?q=${encodeURIComponent(term)}` : location.pathname);
    if (!term) {
      list.replaceChildren();
      filterBox.replaceChildren();
      filterToggle.hidden = true;
      status.textContent = '';
      return;
    }
    const { pagefind, groups } = await ready;
    const filters = Object.fromEntries(Object.entries(chosen).filter((e): e is [string, string] => e[1] !== undefined));
    const outcome = await runSearch(pagefind, term, groups, { filters, limit: SHOWN });
    if (mine !== sequence || !outcome) return;
    // Counts for the term alone, so every kind stays in reach while one is chosen.
    renderFilters(outcome.totalFilters);
    filterToggle.hidden = filterBox.childElementCount === 0;
    const n = outcome.total;
    const within = Object.values(filters).length ? ` in ${Object.values(filters).join(', ')}` : '';
    status.textContent =
      n === 0
        ? `No results for “${term}”${within}.`
        : `${n} result${n === 1 ? '' : 's'} for “${term}”${within}${n > SHOWN ? `, the first ${SHOWN} shown` : ''}.`;
    list.replaceChildren(...(n === 0 ? [noResults(term)] : outcome.hits.map(resultItem)));
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 120);
  });
  root.querySelector('[data-search-form]')?.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector<HTMLAnchorElement>('a')?.focus();
  });
  // Arrow keys move between the field and the result links; Enter follows a link as usual.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [input, ...list.querySelectorAll<HTMLAnchorElement>('a')];
    const at = stops.indexOf(document.activeElement as HTMLInputElement);
    if (at < 0) return;
    event.preventDefault();
    const next = stops[Math.min(Math.max(at + (event.key === 'ArrowDown' ? 1 : -1), 0), stops.length - 1)];
    next?.focus();
  });

  return {
    focus: () => {
      input.focus();
      input.select();
    },
    run: (term: string) => {
      input.value = term;
      void run();
    },
  };
}

let dialogPanel: Panel | undefined;

/** Opens the search dialog; `onClose` returns focus to where the reader was. */
export function openDialog(onClose: () => void): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]')!;
  if (!dialogPanel) {
    dialogPanel = mountPanel(dialog.querySelector<HTMLElement>('[data-search]')!);
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => {
      dialog.close();
    });
    // A click on the backdrop (outside the dialog's box) closes it.
    dialog.addEventListener('click', (event) => {
      const box = dialog.getBoundingClientRect();
      const outside =
        event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
      if (event.target === dialog && outside) dialog.close();
    });
  }
  dialog.addEventListener('close', onClose, { once: true });
  if (!dialog.open) dialog.showModal();
  dialogPanel.focus();
}

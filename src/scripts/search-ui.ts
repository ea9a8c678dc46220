import { loadPagefind, type PagefindResultData, type PagefindSearch } from './pagefind.ts';

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

/** Pagefind's excerpts are our own text with `<mark>` around matches: keep the marks, treat the rest as text. */
function excerpt(html: string): HTMLElement {
  const p = element('p', { className: 'excerpt' });
  let marked = false;
  for (const part of html.split(/(<\/?mark>)/)) {
    if (part === '<mark>' || part === '</mark>') marked = part === '<mark>';
    else if (part) p.append(marked ? element('mark', {}, [part]) : part);
  }
  return p;
}

// Result addresses carry `?highlight=…` (Pagefind's highlightParam), so the page opened marks the words.
function resultItem(data: PagefindResultData): HTMLLIElement {
  const title = data.meta.title ?? data.url;
  const kind = data.filters.kind?.[0];
  const link = element('a', { className: 'result-link', href: data.url }, [
    title,
    ...(kind ? [element('span', { className: 'result-kind' }, [kind])] : []),
  ]);
  const item = element('li', { className: 'result' }, [link, excerpt(data.excerpt)]);
  // Sections of a page that match, each linking to its heading; not the page's own top.
  const subs = data.sub_results.filter((s) => s.url !== data.url && s.title !== title).slice(0, 3);
  if (subs.length > 0) {
    item.append(
      element(
        'ul',
        { className: 'subs' },
        subs.map((s) => element('li', {}, [element('a', { href: s.url }, [s.title]), excerpt(s.excerpt)])),
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
      element('a', { href: '/people-and-places/' }, ['people, groups and places']),
      ', the ',
      element('a', { href: '/chronology/' }, ['chronology']),
      ' or the ',
      element('a', { href: '/sources/' }, ['sources']),
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
  const chosen: Record<string, string | undefined> = {};
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  status.textContent = 'Loading search…';
  const ready = loadPagefind().then(
    (pagefind) => {
      if (status.textContent === 'Loading search…') status.textContent = '';
      return pagefind;
    },
    (error: unknown) => {
      status.textContent = 'Search could not be loaded. Try reloading the page.';
      throw error;
    },
  );

  const renderFilters = (counts: PagefindSearch['filters']): void => {
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
      status.textContent = '';
      return;
    }
    const pagefind = await ready;
    const filters = Object.fromEntries(Object.entries(chosen).filter((e): e is [string, string] => e[1] !== undefined));
    const search = await pagefind.search(term, { filters });
    if (mine !== sequence || !search) return;
    const results = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
    if (mine !== sequence) return;
    // Counts for the term alone, so every kind stays in reach while one is chosen.
    renderFilters(search.totalFilters);
    const n = search.results.length;
    const within = Object.values(filters).length ? ` in ${Object.values(filters).join(', ')}` : '';
    status.textContent =
      n === 0
        ? `No results for “${term}”${within}.`
        : `${n} result${n === 1 ? '' : 's'} for “${term}”${within}${n > SHOWN ? `, the first ${SHOWN} shown` : ''}.`;
    list.replaceChildren(...(n === 0 ? [noResults(term)] : results.map(resultItem)));
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

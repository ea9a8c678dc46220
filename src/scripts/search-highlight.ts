/**
 * On a page opened from a search result (`?highlight=…#paragraph`): marks the searched words in
 * the paragraph or record the result named, brings the first of them into view at once and moves
 * focus there, so keyboard and screen-reader users start reading where the match is.
 */
import { matchesTerm } from '../lib/search/query.ts';

// Hidden text (citation marks and their pop-ups, screen-reader labels) is not where the eye should go.
const SKIP = 'script, style, template, svg, mark, [hidden], .cite, .visually-hidden, [aria-hidden="true"]';

function markWords(root: Element, terms: readonly string[]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const parts = node.data.split(/([\p{L}\p{N}][\p{L}\p{N}'’‘.-]*[\p{L}\p{N}]|[\p{L}\p{N}])/u);
    if (!parts.some((p, i) => i % 2 === 1 && matchesTerm(p, terms))) continue;
    const fragment = document.createDocumentFragment();
    parts.forEach((part, i) => {
      if (i % 2 === 1 && matchesTerm(part, terms)) {
        const mark = Object.assign(document.createElement('mark'), { className: 'pagefind-highlight', textContent: part });
        marks.push(mark);
        fragment.append(mark);
      } else if (part) fragment.append(part);
    });
    node.replaceWith(fragment);
  }
  return marks;
}

const terms = (new URLSearchParams(location.search).get('highlight') ?? '').split(/\s+/).filter(Boolean);
const id = decodeURIComponent(location.hash.slice(1));
const target = (id && document.getElementById(id)) || document.querySelector('main');
if (target && terms.length) {
  const marks = markWords(target, terms);
  const first = marks.find((m) => m.getClientRects().length > 0);
  // Straight there: a smooth scroll through a long chapter would take seconds.
  const arrive = (): void => {
    (first ?? target).scrollIntoView({ block: first ? 'center' : 'start', behavior: 'instant' });
  };
  arrive();
  // Fonts, figures and the browser's own jump to the anchor can move the text after this runs:
  // keep the match in place while the page settles, until the reader scrolls or for two seconds.
  const settle = new ResizeObserver(arrive);
  settle.observe(document.body);
  const stop = (): void => {
    settle.disconnect();
  };
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'])
    addEventListener(type, stop, { once: true, passive: true });
  setTimeout(stop, 2000);
  if (target instanceof HTMLElement && target.tagName !== 'MAIN') {
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
  }
}

export {};

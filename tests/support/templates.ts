import { builtPages, page } from './site.ts';

/**
 * What a page is made of, as far as an accessibility check can tell pages of one template
 * apart: every kind of element in its body (tag, classes, role, type, figure kind). Text and
 * ids are left out; they are the content, not the markup.
 */
export function markupKinds(urlPath: string): Set<string> {
  const kinds = new Set<string>();
  for (const el of page(urlPath).querySelectorAll('body *')) {
    const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean).sort().join('.');
    const extra = ['role', 'type', 'data-figure'].map((a) => el.getAttribute(a) ?? '').join(',');
    kinds.add(`${el.tagName.toLowerCase()}.${classes}[${extra}]`);
  }
  return kinds;
}

/** `/sources/000/` and `/sources/001/` come from one template; pages at the top level each from their own. */
function template(urlPath: string): string {
  const parts = urlPath.split('/').filter(Boolean);
  return parts.length >= 2 ? `/${parts.slice(0, -1).join('/')}/*` : urlPath;
}

/**
 * The built pages that stand for all of them: every page whose template it shares with no
 * other, and of the pages of one template (chapters, source documents) as few as hold every
 * kind of element any of them holds, chosen greedily in path order. A chapter with a figure
 * or component no other chapter has is always among them; a page whose every kind of element
 * is on a chosen page of its template is not, so the number checked stays bounded as pages
 * of one template are added.
 */
export function representativePages(): string[] {
  const byTemplate = new Map<string, string[]>();
  for (const path of builtPages()) byTemplate.set(template(path), [...(byTemplate.get(template(path)) ?? []), path]);
  const chosen: string[] = [];
  for (const paths of byTemplate.values()) {
    const kinds = new Map(paths.map((p) => [p, markupKinds(p)]));
    const covered = new Set<string>();
    for (;;) {
      const gain = (p: string): number => [...kinds.get(p)!].filter((k) => !covered.has(k)).length;
      const best = paths
        .filter((p) => !chosen.includes(p))
        .reduce<string | undefined>((a, p) => (a === undefined || gain(p) > gain(a) ? p : a), undefined);
      if (best === undefined || gain(best) === 0) break;
      chosen.push(best);
      for (const k of kinds.get(best)!) covered.add(k);
    }
  }
  return chosen.sort();
}

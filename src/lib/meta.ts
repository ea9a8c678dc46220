import type { Explainer } from './schemas/index.ts';
import { jsonForScript } from './html/escape.ts';

/** What a page tells search engines and social cards about itself. */
export interface PageMeta {
  title: string;
  description: string;
  /** The page's public address; absent when the explainer sets no `site`. */
  url?: string;
  type: 'website' | 'article';
  published?: string;
  modified?: string;
}

/** schema.org data for a page: an Article for chapters, a WebSite for the rest. */
export function jsonLd(explainer: Explainer, meta: PageMeta): Record<string, unknown> {
  const publisher = { '@type': 'Organization', name: explainer.publisher };
  if (meta.type === 'article') {
    return {
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: meta.title,
      description: meta.description,
      ...(meta.url ? { url: meta.url } : {}),
      inLanguage: explainer.lang,
      datePublished: meta.published ?? explainer.published,
      dateModified: meta.modified ?? explainer.updated,
      author: publisher,
      publisher,
      isPartOf: { '@type': 'WebSite', name: explainer.title, ...(explainer.site ? { url: explainer.site } : {}) },
    };
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: explainer.title,
    description: meta.description,
    ...(meta.url ? { url: meta.url } : {}),
    inLanguage: explainer.lang,
    publisher,
  };
}

/** JSON-LD as the text of its <script> element: escaped so no title or description can close the element. */
export function jsonLdText(ld: Record<string, unknown>): string {
  return jsonForScript(ld);
}

import type { APIRoute } from 'astro';
import { getChapters } from '../lib/site.ts';
import { getDataset } from '../lib/dataset.ts';
import { printPageRules } from '../lib/print/running-heads.ts';
import { printParts } from '../lib/print/parts.ts';

/**
 * Running heads for the print edition: one named page per part, so each page carries the
 * explainer's title and its part's title. Chromium has no string-set(), so the titles are
 * written into the CSS here, at build time, from the chapters' own titles.
 */
export const GET: APIRoute = async () => {
  const { explainer } = getDataset();
  const chapters = await getChapters();
  const parts = printParts(
    chapters.map((c) => ({ id: c.entry.id, title: c.entry.data.title, short: c.entry.data.short, number: c.number })),
  ).map((p) => ({ id: p.id, title: p.short }));
  return new Response(printPageRules(explainer.title, parts), { headers: { 'content-type': 'text/css; charset=utf-8' } });
};

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';
import { disputedQuestions } from '../../src/lib/claims.ts';
import { HTMLElement, type Node } from 'node-html-parser';
import { parse } from 'node-html-parser';
import { builtPages, DIST, page } from '../support/site.ts';

const data = loadDataset(process.cwd());
const chapters = data.explainer.chapters.map((slug) => ({ slug, path: `/chapters/${slug}/` }));

/**
 * The fewest distinct passages each chapter's notes may cite. Passages, not note markers: several
 * citations at the end of one sentence make one note, so the number of markers says how a chapter
 * is punctuated, not how well it is sourced. A chapter that falls below its floor has lost
 * sourcing; raise the floor when a chapter gains passages.
 */
const PASSAGE_FLOORS: Record<string, number> = { background: 45, 'february-strike': 100, 'june-escalation': 50 };

/** Where a sentence may end: its full stop, question or exclamation mark, or a closing quotation mark or bracket after one. */
const SENTENCE_END = /[.!?…][”’"')]?$|[”’"')][.!?]$/;
/** What may follow a citation inside a paragraph: a space and the next sentence. */
const NEXT_SENTENCE = /^\s+[“‘"'(A-Z0-9]/;

/** A source by its file number, or the site's working vocabulary: neither means anything to a reader. */
const INTERNAL_WORDS = /\bsources? \d{3}\b|\b(?:seeds?|debris|page furniture|captures?|external references?|records?)\b/gi;

const isCite = (n: Node): n is HTMLElement => n instanceof HTMLElement && n.classList.contains('cite');

/** A block's child nodes, with the span that keeps a marker on its word's line opened up. */
const inline = (block: HTMLElement): Node[] =>
  block.childNodes.flatMap((n) => (n instanceof HTMLElement && n.classList.contains('cite-join') ? n.childNodes : [n]));

/** A chapter's running prose: its paragraphs and list items, outside figures, tables, notes and previews. */
function proseBlocks(doc: HTMLElement): HTMLElement[] {
  return doc
    .querySelectorAll('.body p, .body li')
    .filter((el) => !el.closest('figure, table, .notes, .cite-tip') && !el.classList.contains('box-title'));
}

/**
 * The citation clusters of a block (runs of citations with nothing between them, which the notes
 * treat as one), each with the text before it back to the previous cluster and the text after it.
 */
function clusters(block: HTMLElement): Array<{ before: string; after: string }> {
  const nodes = inline(block);
  const out: Array<{ before: string; after: string }> = [];
  let before = '';
  for (let i = 0; i < nodes.length; i++) {
    if (!isCite(nodes[i]!)) {
      before += nodes[i]!.textContent;
      continue;
    }
    while (i + 1 < nodes.length && isCite(nodes[i + 1]!)) i++;
    let after = '';
    for (let j = i + 1; j < nodes.length && !isCite(nodes[j]!); j++) after += nodes[j]!.textContent;
    out.push({ before, after });
    before = '';
  }
  return out;
}

describe('chapters', () => {
  it.each(chapters)('$slug has one h1, then h2 and h3 headings that never skip a level', ({ path }) => {
    const doc = page(path);
    const levels = doc.querySelectorAll('.body h2, .body h3, .body h4').map((h) => Number(h.tagName[1]));
    expect(levels.length).toBeGreaterThan(2);
    let previous = 1;
    for (const level of levels) {
      expect(level - previous).toBeLessThanOrEqual(1);
      previous = level;
    }
  });

  it.each(chapters)('$slug lists its sections in the table of contents in reading order', ({ path }) => {
    const doc = page(path);
    const headings = doc.querySelectorAll('.body h2[id], .body h3[id]').filter((h) => !h.id.startsWith('notes-'));
    const toc = doc.querySelectorAll('.toc a').map((a) => a.getAttribute('href'));
    expect(toc).toEqual(headings.map((h) => `#${h.id}`));
  });

  it.each(chapters)('$slug cites at least its floor of passages', ({ slug, path }) => {
    const doc = page(path);
    const passages = new Set(doc.querySelectorAll('.notes a[href]:not(.back)').map((a) => a.getAttribute('href')));
    expect(passages.size).toBeGreaterThanOrEqual(PASSAGE_FLOORS[slug]!);
  });

  it.each(chapters)('$slug opens with a cited “What to know” of three to five points', ({ path }) => {
    const first = page(path)
      .querySelector('.body')!
      .childNodes.find((n) => n instanceof HTMLElement);
    expect(first).toBeInstanceOf(HTMLElement);
    const box = first as HTMLElement;
    expect(box.classList.contains('summary')).toBe(true);
    expect(box.querySelector('.box-title')?.textContent).toBe('What to know');
    const points = box.querySelectorAll('li');
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(5);
    for (const point of points) {
      const last = inline(point)
        .filter((n) => n.textContent.trim() !== '')
        .at(-1);
      expect(last && isCite(last), `uncited point: ${point.textContent.slice(0, 60)}`).toBe(true);
    }
  });

  it.each(chapters)('$slug puts at most one citation cluster in a sentence, at its end', ({ path }) => {
    const misplaced: string[] = [];
    for (const block of proseBlocks(page(path))) {
      for (const { before, after } of clusters(block)) {
        if (!SENTENCE_END.test(before) || !(after === '' || NEXT_SENTENCE.test(after)))
          misplaced.push(`…${before.slice(-50)}[cite]${after.slice(0, 30)}…`);
      }
    }
    expect(misplaced).toEqual([]);
  });

  it.each(chapters)('$slug starts every paragraph with a sentence, never a split one', ({ path }) => {
    const split = proseBlocks(page(path))
      .map((block) => block.childNodes.find((n) => n.textContent.trim() !== ''))
      .filter((n) => n && (isCite(n) || /^\s*[a-z]/.test(n.textContent)))
      .map((n) => n!.textContent.slice(0, 60));
    expect(split).toEqual([]);
  });

  it.each(chapters)('$slug names sources as readers know them, in words of their own', ({ path }) => {
    const words = proseBlocks(page(path))
      .map((block) =>
        block.childNodes
          .filter((n) => !isCite(n))
          .map((n) => n.textContent)
          .join(''),
      )
      .flatMap((text) => [...text.matchAll(INTERNAL_WORDS)].map((m) => m[0]));
    expect(words).toEqual([]);
  });

  it.each(chapters)('$slug has citations that each quote their seed exactly', ({ slug, path }) => {
    const doc = page(path);
    const cites = doc.querySelectorAll('.cite');
    expect(cites.length).toBeGreaterThan(0);
    const numbers = cites.map((c) => Number(c.querySelector('.cite-link')?.getAttribute('id')?.replace(`ref-${slug}-`, '')));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    for (const cite of cites) {
      const href = cite.querySelector('.cite-link')!.getAttribute('href')!;
      // A marker for several passages leads to the note that lists them all.
      if (href.startsWith('#')) {
        expect(href).toMatch(new RegExp(`^#note-${slug}-\\d+$`));
        expect(Number(cite.getAttribute('data-passages'))).toBeGreaterThan(1);
        continue;
      }
      const m = /^\/sources\/(\d{3})\/#c-(\d+)-(\d+)$/.exec(href);
      if (!m) {
        expect(href).toMatch(/^https:\/\//);
        continue;
      }
      const seed = data.seeds.find((s) => s.id === m[1])!;
      const quoted = cite.querySelector('.cite-tip q')?.textContent;
      // Someone's words known only in a machine translation are paraphrased, never quoted.
      if (quoted === undefined) expect(cite.querySelector('.cite-tip')?.textContent).toMatch(/^In paraphrase: /);
      else expect(quoted).toBe(seed.text.slice(Number(m[2]), Number(m[3])));
    }
  });

  it.each(chapters)('$slug never sets a passage in its own quotation marks inside added ones', ({ path }) => {
    const quotes = page(path).querySelectorAll('q');
    expect(quotes.length).toBeGreaterThan(10);
    const doubled = quotes.filter((q) => /^["“][^"“”]*["”]$/.test(q.textContent.trim()) && !q.classList.contains('own-marks'));
    expect(doubled.map((q) => q.textContent)).toEqual([]);
    // Those with their own marks: the passage is one quotation, none other inside it.
    for (const q of quotes.filter((q) => q.classList.contains('own-marks')))
      expect(q.textContent.slice(1, -1)).not.toMatch(/["“”]/);
  });

  it.each(chapters)('$slug has numbered notes that link back to their citations', ({ slug, path }) => {
    const doc = page(path);
    const notes = doc.querySelectorAll(`.notes li[id^="note-${slug}-"]`);
    expect(notes.length).toBe(doc.querySelectorAll('.cite').length);
    for (const note of notes) {
      const n = note.id.replace(`note-${slug}-`, '');
      expect(note.querySelector('a.back')?.getAttribute('href')).toBe(`#ref-${slug}-${n}`);
    }
  });

  it.each(chapters)('$slug shows reading time, last update and previous/next links', ({ slug, path }) => {
    const doc = page(path);
    expect(doc.querySelector('.byline')?.textContent).toMatch(/\d+ min read · Updated \d{1,2} \w+ \d{4}/);
    const i = data.explainer.chapters.indexOf(slug);
    const prev = doc.querySelector('.pager a[rel="prev"]')?.getAttribute('href');
    const next = doc.querySelector('.pager a[rel="next"]')?.getAttribute('href');
    expect(prev).toBe(i > 0 ? `/chapters/${data.explainer.chapters[i - 1]!}/` : undefined);
    expect(next).toBe(i < chapters.length - 1 ? `/chapters/${data.explainer.chapters[i + 1]!}/` : undefined);
  });

  it.each(chapters)('$slug describes itself as an article to search engines and social cards', ({ path }) => {
    const doc = page(path);
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent) as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@type': 'Article',
      inLanguage: data.explainer.lang,
      headline: doc.querySelector('h1')?.textContent,
    });
    expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    // Without a public address, no canonical link rather than a wrong one.
    const site = data.explainer.site;
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(site ? new URL(path, site).href : undefined);
    expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(
      site ? new URL(path, site).href : undefined,
    );
    expect(ld.url).toBe(site ? new URL(path, site).href : undefined);
  });
});

describe('citation markers', () => {
  it.each(chapters)('$slug gives side-by-side citations one marker, and one note listing every passage', ({ slug, path }) => {
    const doc = page(path);
    const cites = doc.querySelectorAll('.body .cite');
    for (const cite of cites) {
      // The marker wraps with the word before it, and no other marker stands right after it.
      const join = cite.parentNode;
      expect(join?.classList.contains('cite-join'), join?.toString().slice(0, 120)).toBe(true);
      const siblings = join!.parentNode!.childNodes;
      const next = siblings.slice(siblings.indexOf(join!) + 1).find((node) => node.textContent.trim() !== '');
      expect(next?.toString().startsWith('<span class="cite"'), `${slug}: a marker right after another`).toBeFalsy();
      const n = cite.querySelector('.cite-link')!.id.replace(`ref-${slug}-`, '');
      const passages = doc.querySelectorAll(`#note-${slug}-${n} > ul > li`).length;
      expect(passages).toBe(Number(cite.getAttribute('data-passages')));
    }
    expect(cites.some((c) => Number(c.getAttribute('data-passages')) > 1)).toBe(true);
  });

  it.each(chapters)('$slug folds its notes in a disclosure that is open without scripts', ({ path }) => {
    const fold = page(path).querySelector('.notes details[data-fold]');
    expect(fold?.hasAttribute('open')).toBe(true);
    expect(fold?.querySelector('summary')?.textContent).toMatch(/^\d+ notes$/);
  });
});

describe('contested attributions', () => {
  const contested = [...data.events, ...data.statements].filter((r) => r.attributions);
  // Every page but the source pages, which show each report's own words.
  const pages = builtPages().filter((p) => !p.startsWith('/sources/') && p !== '/404.html');
  /** The page's words in its own voice: without quotations, notes and previews of passages. */
  const ownVoice = (path: string): string => {
    const doc = parse(page(path).toString());
    for (const el of doc.querySelectorAll('q, blockquote, .notes, .cite-tip, .citations, script, style')) el.remove();
    return doc.textContent.replace(/\s+/g, ' ').replace(/’/g, "'");
  };

  it('are in the data, each account naming its source', () => {
    expect(contested.length).toBeGreaterThan(0);
    for (const r of contested) for (const a of r.attributions!) expect(a.cites.length).toBeGreaterThan(0);
  });

  it('are never stated in the site’s own voice, on any page', () => {
    for (const path of pages) {
      const text = ownVoice(path);
      for (const r of contested)
        for (const a of r.attributions!) {
          // The name as written, allowing a word between its words ("Iraq's own military").
          const name = a.as
            .replace(/’/g, "'")
            .split(/\s+/)
            .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('\\s+(?:\\w+\\s+)?');
          for (const m of text.matchAll(new RegExp(`${name}\\s+(?:condemn|said|says|call)\\w*`, 'gi'))) {
            const before = text.slice(Math.max(0, m.index - 60), m.index);
            expect(before, `${path}: “${m[0]}” stated as fact`).toMatch(/(says|according to)\s*$/i);
          }
        }
    }
  });

  it('show every account with its source in the chronology', () => {
    const doc = page('/chronology/');
    for (const e of data.events.filter((x) => x.attributions)) {
      const facts = doc.getElementById(`event-${e.id}`)!.querySelectorAll('.facts > div');
      const row = facts.find((d) => d.querySelector('dt')?.textContent === 'Attributed to');
      expect(row, e.id).toBeTruthy();
      for (const a of e.attributions!) expect(row!.querySelector('dd')!.textContent).toContain(`${a.as}, according to`);
    }
  });

  it('are attributed in the chapters and the index where they appear', () => {
    const june = ownVoice('/chapters/june-escalation/');
    expect(june).toMatch(/by its military according to [^,;.]+, by its prime minister according to Wikipedia/);
    const index = page('/people-and-places/').getElementById('actor-iraqi-military')!.textContent;
    expect(index).toContain('Iraq condemns the June strikes; the accounts differ on who spoke');
  });
});

describe('disagreements', () => {
  it('shows every disputed figure, with every claim, in a chapter or on the sources page', () => {
    const pages = ['/sources/', ...chapters.map((c) => c.path)].map((p) => page(p));
    const disputed = disputedQuestions(data);
    expect(disputed.length).toBeGreaterThan(3);
    for (const { question, claims } of disputed) {
      const shown = pages.find((doc) => doc.getElementById(`q-${question.id}`));
      expect(shown, `question ${question.id} is shown nowhere`).toBeTruthy();
      for (const c of claims) expect(shown!.getElementById(`claim-${c.id}`), `claim ${c.id}`).toBeTruthy();
    }
  });

  it('lists every error and piece of debris found in the sources, with its note', () => {
    const doc = page('/sources/');
    for (const a of data.anomalies) expect(doc.getElementById(`anomaly-${a.id}`), a.id).toBeTruthy();
  });
});

describe('site index', () => {
  it('has a sitemap of every page but the 404 page, on the canonical origin, or none without one', () => {
    // A sitemap lists absolute addresses only: without a public address there is none to write.
    if (!data.explainer.site) {
      expect(existsSync(`${DIST}/sitemap.xml`)).toBe(false);
      return;
    }
    const xml = readFileSync(`${DIST}/sitemap.xml`, 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
    expect(locs).toEqual(builtPages().filter((p) => p !== '/404.html'));
  });

  it('has an entry for every person, group and place, with every spelling', () => {
    const doc = page('/people-and-places/');
    for (const a of data.actors) {
      const entry = doc.getElementById(`actor-${a.id}`);
      expect(entry, a.id).toBeTruthy();
      for (const s of a.spellings) expect(entry!.querySelectorAll('.spelling').map((e) => e.textContent)).toContain(s);
    }
    for (const p of data.places) expect(doc.getElementById(`place-${p.id}`), p.id).toBeTruthy();
  });

  it('lists every event in the chronology in date order, undated ones beside the event they relate to, others last', () => {
    const doc = page('/chronology/');
    const items = doc.querySelectorAll('.events > li');
    const ids = items.map((li) => li.id.replace(/^event-/, ''));
    for (const e of data.events.filter((x) => !x.when)) {
      const at = ids.indexOf(e.id);
      if (!e.relatesTo) continue;
      expect(at, e.id).toBeGreaterThan(ids.indexOf(e.relatesTo));
      // Beside it: only other events filed beside the same one come between them.
      const between = ids.slice(ids.indexOf(e.relatesTo) + 1, at);
      expect(
        between.every((id) => data.events.find((x) => x.id === id)!.relatesTo === e.relatesTo),
        e.id,
      ).toBe(true);
    }
    const loose = items.filter((li) => !data.events.find((x) => `event-${x.id}` === li.id)!.relatesTo);
    const firstUndated = loose.findIndex((li) => !li.querySelector('time'));
    expect(firstUndated === -1 || loose.slice(firstUndated).every((li) => !li.querySelector('time'))).toBe(true);
    const dates = doc.querySelectorAll('.events > li time').map((t) => t.getAttribute('datetime')!);
    expect(doc.querySelectorAll('.events > li')).toHaveLength(data.events.length);
    expect(dates).toEqual(dates.toSorted((a, b) => a.padEnd(10, '-').localeCompare(b.padEnd(10, '-'))));
  });
});

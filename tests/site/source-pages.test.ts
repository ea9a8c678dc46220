import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';
import { WITHHELD, carriesContacts } from '../../src/lib/sources/withhold.ts';
import { page } from '../support/site.ts';

const data = loadDataset(process.cwd());
const chapters = data.explainer.chapters.map((slug) => ({ slug, path: `/chapters/${slug}/` }));

/** Every link from a chapter's notes to a passage on a source page, with the note's words for where it is. */
function noteLinks(slug: string, path: string): Array<{ n: string; text: string; seed: string; anchor: string }> {
  return page(path)
    .querySelectorAll(`.notes li[id^="note-${slug}-"] a[href^="/sources/"]`)
    .map((a) => {
      const li = a.closest(`li[id^="note-${slug}-"]`)!;
      const m = /^\/sources\/(\d{3})\/#(c-\d+-\d+)$/.exec(a.getAttribute('href')!)!;
      return { n: li.id.replace(`note-${slug}-`, ''), text: a.textContent, seed: m[1]!, anchor: m[2]! };
    });
}

describe('source pages', () => {
  it.each(chapters)('$slug: each note’s paragraph number is the one its source page shows', ({ slug, path }) => {
    const links = noteLinks(slug, path);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const block = page(`/sources/${link.seed}/`).getElementById(link.anchor)?.closest('.block');
      expect(block, `${link.seed}#${link.anchor}`).toBeTruthy();
      const said = /, paragraph (\d+)$/.exec(link.text)?.[1];
      const shown = block!.querySelector('.num')?.textContent.trim();
      // A note names a paragraph exactly when the page numbers the passage's line, and both give one number.
      expect(shown, `note ${link.n} in ${slug}: "${link.text}"`).toBe(said);
    }
  });

  it.each(chapters)('$slug: every passage a note cites links back to that note', ({ slug, path }) => {
    for (const link of noteLinks(slug, path)) {
      const block = page(`/sources/${link.seed}/`).getElementById(link.anchor)!.closest('.block')!;
      const back = block.querySelectorAll(`.cited-in li[data-passage="${link.anchor}"] a`).map((a) => a.getAttribute('href'));
      expect(back, `note ${link.n} in ${slug} → ${link.seed}#${link.anchor}`).toContain(`${path}#ref-${slug}-${link.n}`);
    }
  });

  it.each(data.seeds)('source $id keeps its file name and fingerprint in a closed technical block', (seed) => {
    const doc = page(`/sources/${seed.id}/`);
    const technical = doc.querySelector('details[data-technical]');
    expect(technical?.hasAttribute('open')).toBe(false);
    expect(technical?.textContent).toContain(seed.fileName);
    expect(technical?.textContent).toContain(seed.sha256);
    const outside = doc.querySelector('main')!.textContent.replace(technical!.textContent, '');
    expect(outside).not.toContain(seed.sha256);
    expect(outside).not.toContain(seed.fileName);
  });

  it('shows withheld contact details as withheld', () => {
    const withheld = data.seeds.filter((s) => s.blocks.some(carriesContacts));
    expect(withheld.length).toBeGreaterThan(0);
    for (const seed of withheld) {
      const doc = page(`/sources/${seed.id}/`);
      for (const block of seed.blocks.filter(carriesContacts)) {
        expect(doc.getElementById(block.id)?.querySelector('.body')?.textContent).toContain(WITHHELD);
      }
    }
  });
});

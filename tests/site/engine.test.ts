import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExplainer } from '../support/build.ts';
import { tinyCopy } from '../support/fixture.ts';
import { tempDir } from '../support/temp.ts';

const out = () => tempDir('explainer-dist-');

describe('the engine', () => {
  it('refuses to build when a quote is not in its seed, with the problem first and a non-zero exit', () => {
    const f = tinyCopy();
    f.yaml('content/data/events.yaml', (events) => {
      events[0].cites[0].quote = 'Rockets struck Example Base on Friday';
    });
    const dist = out();
    const { status, output } = buildExplainer(f.root, dist);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/data/events.yaml › record "base-attack" › field "cites.0": quote not found in seed 000 (000_tiny.txt): "Rockets struck Example Base on Friday"',
    );
    expect(existsSync(join(dist, 'index.html'))).toBe(false);
  }, 180_000);

  // One build for every kind of chapter problem: each is reported at once, at its line and column.
  describe('refuses to build a chapter', () => {
    let output = '';
    let status: number | null = null;
    beforeAll(() => {
      const f = tinyCopy();
      f.yaml('content/data/sources.yaml', (sources) => {
        sources.seeds[0].carries = 'machine-translation';
      });
      f.text('content/chapters/only.mdx', (t) =>
        t
          .replace('<Cite event="base-attack" />', '<Cite event="no-such-event" />')
          .replace('quote="at least three people were hurt"', 'quote="at least four people were hurt"')
          .replace(
            '<Claims question="base-attack-wounded" />',
            [
              'A local monitor said "at least four people were hurt".<Cite seed="000" quote="at least three people were hurt" />',
              '',
              'The monitor said "at least three people were hurt".<Cite seed="000" quote="at least three people were hurt" />',
              '',
              '<Claims question="base-attack-wounded" />',
            ].join('\n'),
          ),
      );
      ({ status, output } = buildExplainer(f.root, out()));
    }, 180_000);

    it('with a non-zero exit', () => {
      expect(status, output).not.toBe(0);
    });

    it('whose citation is not in its seed, naming the chapter, line and column', () => {
      expect(output).toMatch(/content\/chapters\/only\.mdx:7:\d+: unknown event id "no-such-event"/);
      expect(output).toMatch(
        /content\/chapters\/only\.mdx:8:\d+: quote not found in seed 000 \(000_tiny\.txt\): "at least four people were hurt"/,
      );
    });

    it('that quotes words its sentence does not cite, naming the place, the words and the passages', () => {
      expect(output).toMatch(
        /content\/chapters\/only\.mdx:10:\d+: quoted words “at least four people were hurt” are not in any passage this sentence cites \(looked in seed 000: “at least three people were hurt”\)/,
      );
    });

    it('that quotes words cited only from a machine-translated source', () => {
      expect(output).toMatch(
        /content\/chapters\/only\.mdx:12:\d+: quoted words “at least three people were hurt” are cited only from seed 000, a machine translation, so they are not the speaker's words; paraphrase without quotation marks, or cite a source that carries the words verbatim/,
      );
    });
  });

  // One successful build for what an explainer may leave out or combine.
  describe('builds', () => {
    const dist = out();
    let output = '';
    let status: number | null = null;
    beforeAll(() => {
      const f = tinyCopy();
      f.yaml('content/explainer.yaml', (explainer) => {
        delete explainer.site;
      });
      f.yaml('content/data/sources.yaml', (sources) => {
        sources.seeds[0].carries = 'machine-translation';
      });
      // Paraphrase, and three citations side by side: one marker, one note with every passage.
      f.text('content/chapters/only.mdx', (t) =>
        t.replace(
          'put the number hurt at <Stated claim="wounded-monitor" />.<Cite seed="000" quote="at least three people were hurt" />',
          'said at least three people were hurt.<Cite seed="000" quote="at least three people were hurt" /> <Cite statement="officials-said" /><Cite external="atlas" detail="a map of the base" />',
        ),
      );
      ({ status, output } = buildExplainer(f.root, dist));
    }, 180_000);

    it('without a public address: no canonical link, og:url or sitemap, and one warning', () => {
      expect(status, output).toBe(0);
      expect(output.match(/no `site` in content\/explainer\.yaml/g)).toHaveLength(1);
      const home = readFileSync(join(dist, 'index.html'), 'utf8');
      expect(home).not.toMatch(/rel="canonical"|og:url|rel="sitemap"|example\.org/);
      expect(existsSync(join(dist, 'sitemap.xml'))).toBe(false);
    });

    it('a passage of a machine-translated source paraphrased, with citations side by side in one note', () => {
      expect(status, output).toBe(0);
      const html = readFileSync(join(dist, 'chapters/only/index.html'), 'utf8');
      expect(html.match(/class="cite-link/g)).toHaveLength(2);
      expect(html).toMatch(/<span class="cite-join">hurt\.<span class="cite"[^>]*data-passages="3"/);
      const note = /<li id="note-only-2"[^]*?<\/li>\s*<\/ul>/.exec(html)?.[0] ?? '';
      expect(note.match(/<li\b/g)).toHaveLength(4);
      // The statement is known only in a machine translation: paraphrased, attributed, unquoted.
      expect(note).toContain('in paraphrase: Officials said two people were wounded.');
      expect(note).not.toContain('<q>wounding two people, officials said</q>');
    });
  });
});

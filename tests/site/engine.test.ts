import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExplainer } from '../support/build.ts';
import { tinyCopy } from '../support/fixture.ts';
import { tempDir } from '../support/temp.ts';

const out = () => tempDir('explainer-dist-');

describe('the engine', () => {
  it('builds without a public address: no canonical link, og:url or sitemap, and one warning', () => {
    const f = tinyCopy();
    f.yaml('content/explainer.yaml', (explainer) => {
      delete explainer.site;
    });
    const dist = out();
    const { status, output } = buildExplainer(f.root, dist);
    expect(status, output).toBe(0);
    expect(output.match(/no `site` in content\/explainer\.yaml/g)).toHaveLength(1);
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).not.toMatch(/rel="canonical"|og:url|rel="sitemap"|example\.org/);
    expect(existsSync(join(dist, 'sitemap.xml'))).toBe(false);
  }, 180_000);

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

  it('refuses to build a chapter whose citation is not in its seed, naming the chapter, line and column', () => {
    const f = tinyCopy();
    f.text('content/chapters/only.mdx', (t) =>
      t.replace('quote="at least three people were hurt"', 'quote="at least four people were hurt"'),
    );
    f.text('content/chapters/only.mdx', (t) => t.replace('<Cite event="base-attack" />', '<Cite event="no-such-event" />'));
    const { status, output } = buildExplainer(f.root, out());
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/chapters\/only\.mdx:7:\d+: unknown event id "no-such-event"/);
    expect(output).toMatch(
      /content\/chapters\/only\.mdx:8:\d+: quote not found in seed 000 \(000_tiny\.txt\): "at least four people were hurt"/,
    );
  }, 180_000);

  it('refuses a chapter that quotes words its sentence does not cite, naming the place, the words and the passages', () => {
    const f = tinyCopy();
    f.text('content/chapters/only.mdx', (t) =>
      t.replace(
        'A local monitor\nput the number hurt at <Stated claim="wounded-monitor" />.',
        'A local monitor said "at least four people were hurt".',
      ),
    );
    const { status, output } = buildExplainer(f.root, out());
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/chapters\/only\.mdx:7:\d+: quoted words “at least four people were hurt” are not in any passage this sentence cites \(looked in seed 000: “at least three people were hurt”\)/,
    );
  }, 180_000);

  it('refuses words quoted only from a machine-translated source, and builds the same passage paraphrased', () => {
    const quoted = tinyCopy();
    quoted.yaml('content/data/sources.yaml', (sources) => {
      sources.seeds[0].carries = 'machine-translation';
    });
    quoted.text('content/chapters/only.mdx', (t) =>
      t.replace('put the number hurt at <Stated claim="wounded-monitor" />.', 'said "at least three people were hurt".'),
    );
    const failed = buildExplainer(quoted.root, out());
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain(
      "quoted words “at least three people were hurt” are cited only from seed 000, a machine translation, so they are not the speaker's words; paraphrase without quotation marks, or cite a source that carries the words verbatim",
    );

    const paraphrased = tinyCopy();
    paraphrased.yaml('content/data/sources.yaml', (sources) => {
      sources.seeds[0].carries = 'machine-translation';
    });
    // Paraphrase, and three citations side by side: one marker, one note with every passage.
    paraphrased.text('content/chapters/only.mdx', (t) =>
      t.replace(
        'put the number hurt at <Stated claim="wounded-monitor" />.<Cite seed="000" quote="at least three people were hurt" />',
        'said at least three people were hurt.<Cite seed="000" quote="at least three people were hurt" /> <Cite statement="officials-said" /><Cite external="atlas" detail="a map of the base" />',
      ),
    );
    const dist = out();
    const built = buildExplainer(paraphrased.root, dist);
    expect(built.status, built.output).toBe(0);
    const html = readFileSync(join(dist, 'chapters/only/index.html'), 'utf8');
    expect(html.match(/class="cite-link/g)).toHaveLength(2);
    expect(html).toMatch(/<span class="cite-join">hurt\.<span class="cite"[^>]*data-passages="3"/);
    const note = /<li id="note-only-2"[^]*?<\/li>\s*<\/ul>/.exec(html)?.[0] ?? '';
    expect(note.match(/<li\b/g)).toHaveLength(4);
    // The statement is known only in a machine translation: paraphrased, attributed, unquoted.
    expect(note).toContain('in paraphrase: Officials said two people were wounded.');
    expect(note).not.toContain('<q>wounding two people, officials said</q>');
  }, 360_000);
});

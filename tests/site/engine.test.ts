import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExplainer } from '../support/build.ts';
import { TINY, tinyCopy } from '../support/fixture.ts';
import { tempDir } from '../support/temp.ts';

const out = () => tempDir('explainer-dist-');

describe('the engine', () => {
  it('builds another explainer from nothing but its content/ and seeds/', () => {
    const dist = out();
    const { status, output } = buildExplainer(TINY, dist);
    expect(status, output).toBe(0);
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain('Tiny explainer');
    expect(home).not.toContain('Strikes on the border');
    expect(existsSync(join(dist, 'chapters/only/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'sources/000/index.html'))).toBe(true);
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
});

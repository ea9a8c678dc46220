import { describe, expect, it } from 'vitest';
import { stableNodeIds } from '../../../src/lib/print/outline.ts';
import { cssString, printPageRules } from '../../../src/lib/print/running-heads.ts';

const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
const text = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

describe('stableNodeIds', () => {
  it('renumbers node ids by first appearance, keeping references and length', () => {
    const a = '/ID (node00000141) /Headers [(node00000141) (node00000007)] /ID (node00000007)';
    const b = '/ID (node00000135) /Headers [(node00000135) (node00000099)] /ID (node00000099)';
    expect(text(stableNodeIds(bytes(a)))).toBe('/ID (node00000001) /Headers [(node00000001) (node00000002)] /ID (node00000002)');
    expect(text(stableNodeIds(bytes(a)))).toBe(text(stableNodeIds(bytes(b))));
    expect(stableNodeIds(bytes(a)).length).toBe(a.length);
  });
});

describe('running heads', () => {
  it('escapes titles for CSS strings', () => {
    expect(cssString('The "June" escalation\\n')).toBe('"The \\"June\\" escalation\\\\n"');
  });
  it('gives each part a named page with its title, and the cover no number', () => {
    const css = printPageRules('Strikes', [
      { id: 'part-a', title: 'Background' },
      { id: 'part-b', title: 'Sources' },
    ]);
    expect(css).toContain('@page :first');
    expect(css).toMatch(/@page part-1 \{[\s\S]*?"Strikes"[\s\S]*?"Background"/);
    expect(css).toContain('#part-b { page: part-2; }');
  });
});

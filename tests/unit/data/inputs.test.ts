import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load.ts';
import { sha256 } from '../../../src/lib/seeds/read.ts';
import { TINY, tinyCopy } from '../../support/fixture.ts';
import { problems } from '../../support/problems.ts';
import { strayTempFiles } from '../../support/temp.ts';

/** Rewrites the tiny seed's bytes and its recorded hash, as an editor taking in a new document would. */
function replaceSeed(f: ReturnType<typeof tinyCopy>, bytes: Buffer): void {
  writeFileSync(join(f.root, 'seeds/000_tiny.txt'), bytes);
  f.yaml('content/data/sources.yaml', (s) => {
    s.seeds[0].sha256 = sha256(bytes);
  });
}

const seedBytes = (): Buffer => readFileSync(join(TINY, 'seeds/000_tiny.txt'));

describe('seeds that are not plain UTF-8', () => {
  it('rejects a byte that is not UTF-8, naming the file, line and byte offset and how to convert it', () => {
    const f = tinyCopy();
    const text = seedBytes();
    const at = text.indexOf('officials said');
    // A cp1252 right single quotation mark (0x92), as a document saved from Word carries it.
    const bytes = Buffer.concat([text.subarray(0, at), Buffer.from([0x92]), text.subarray(at)]);
    replaceSeed(f, bytes);
    const line = text.subarray(0, at).toString('utf8').split('\n').length;
    const lines = problems(f.root);
    expect(lines).toEqual([
      `  - seeds/000_tiny.txt: line ${line}, byte offset ${at}: byte 0x92 is not valid UTF-8; seeds must be UTF-8 text. ` +
        'Convert the file from the encoding it was saved in, e.g. `iconv -f cp1252 -t utf-8 seeds/000_tiny.txt > 000_tiny.txt.utf8` ' +
        'and put the result in its place, then update its sha256 in content/data/sources.yaml',
    ]);
  });

  it.each([
    ['an overlong form', [0xc0, 0xaf]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['a truncated sequence', [0xe2, 0x80]],
  ])('rejects %s', (_, extra) => {
    const f = tinyCopy();
    replaceSeed(f, Buffer.concat([seedBytes(), Buffer.from(extra)]));
    expect(problems(f.root).join('\n')).toContain(`byte offset ${seedBytes().length}: byte 0x`);
  });

  it('accepts a byte-order mark and CRLF line endings; a BOM does not move passage anchors', () => {
    const plain = loadDataset(TINY);
    const bom = tinyCopy();
    replaceSeed(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seedBytes()]));
    const withBom = loadDataset(bom.root);
    expect([...withBom.passages.values()]).toEqual([...plain.passages.values()]);
    expect(withBom.seeds[0]!.headline).toBe(plain.seeds[0]!.headline);

    const crlf = tinyCopy();
    replaceSeed(crlf, Buffer.from(seedBytes().toString('utf8').replace(/\n/g, '\r\n')));
    const withCrlf = loadDataset(crlf.root);
    expect(withCrlf.seeds[0]!.blocks.map((b) => b.text)).toEqual(plain.seeds[0]!.blocks.map((b) => b.text));
    expect([...withCrlf.passages.values()].map((p) => p.text)).toEqual([...plain.passages.values()].map((p) => p.text));
  });
});

describe('one bad record or file costs only itself', () => {
  it('one invalid URL in sources.yaml reports that record and field, with the value, and nothing else', () => {
    const f = tinyCopy();
    f.yaml('content/data/sources.yaml', (s) => {
      s.external[0].url = 'javascript:alert(1)';
    });
    expect(problems(f.root)).toEqual([
      '  - content/data/sources.yaml › record "atlas" › field "url": must be an https URL (got "javascript:alert(1)")',
    ]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'vbscript:msgbox(1)'])('refuses %s as the explainer site', (url) => {
    const f = tinyCopy();
    f.yaml('content/explainer.yaml', (e) => {
      e.site = url;
    });
    expect(problems(f.root).join('\n')).toContain(
      `content/explainer.yaml › field "site": must be a web address such as https://example.org/ (got "${url}")`,
    );
  });

  it('one invalid seed record does not make its seed "have no record"', () => {
    const f = tinyCopy();
    f.yaml('content/data/sources.yaml', (s) => {
      s.seeds[0].sha256 = 'not-a-hash';
    });
    expect(problems(f.root)).toEqual([
      '  - content/data/sources.yaml › record "000" › field "sha256": must be a 64-character lower-case hex SHA-256 (got "not-a-hash")',
    ]);
  });

  it('an invalid record that others refer to gives no "unknown id" errors', () => {
    const f = tinyCopy();
    f.yaml('content/data/actors.yaml', (actors) => {
      actors[0].kind = 'wizard';
    });
    const lines = problems(f.root);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ {2}- content\/data\/actors\.yaml › record "officials" › field "kind": .* \(got "wizard"\)$/);
  });

  it('a YAML syntax error reports the file once and suppresses the references into it', () => {
    const f = tinyCopy();
    f.text('content/data/actors.yaml', (t) => t.replace('kind: government', 'kind: [government'));
    const lines = problems(f.root);
    expect(lines.some((l) => l.includes('unknown actor id'))).toBe(false);
    expect(lines.filter((l) => /^ {2}- content\/data\/actors\.yaml:\d+:\d+: YAML syntax: /.test(l))).toHaveLength(1);
    expect(lines).toContain(
      '  - content/data/actors.yaml: could not be read (see above), so references to its records were not checked',
    );
    expect(lines.every((l) => l.startsWith('  - content/data/actors.yaml'))).toBe(true);
  });

  it('an invalid date locale is one line naming the file, field and value', () => {
    const f = tinyCopy();
    f.yaml('content/explainer.yaml', (e) => {
      e.dateLocale = 'en_GB!!';
    });
    expect(problems(f.root)).toEqual([
      '  - content/explainer.yaml › field "dateLocale": must be a locale the date formatter knows, such as "en-GB" or "en-US" (got "en_GB!!")',
    ]);
  });

  it('a date error names the value', () => {
    const f = tinyCopy();
    f.yaml('content/data/sources.yaml', (s) => {
      s.external[0].accessed = '2021-02-30';
    });
    expect(problems(f.root)).toEqual([
      '  - content/data/sources.yaml › record "atlas" › field "accessed": is not a real calendar date (got "2021-02-30")',
    ]);
  });
});

describe('the temporary directory', () => {
  it('holds nothing but the fixture copies this file made (they go when it ends)', () => {
    expect(strayTempFiles()).toEqual([]);
  });
});

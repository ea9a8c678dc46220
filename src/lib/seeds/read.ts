import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeed, type SeedDocument } from './parse.ts';

/** A parsed seed with the SHA-256 of its bytes, so the data can pin the exact version it was written against. */
export interface LoadedSeed extends SeedDocument {
  sha256: string;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Thrown for a seed that cannot be read as text; the message names the file, line and byte. */
export class SeedEncodingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedEncodingError';
  }
}

/**
 * Byte offset of the first byte that does not begin a well-formed UTF-8 sequence, or -1
 * when every byte does. Overlong forms, surrogates and code points above U+10FFFF are
 * ill-formed, as the Unicode standard says (table 3-7).
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) return i;
    }
    i += length;
  }
  return -1;
}

const BOM = '\uFEFF';

/**
 * A seed's bytes as text. It must be UTF-8: a stray byte from another encoding would show as
 * U+FFFD on the source page and make quotes fail to match for no visible reason, so it stops
 * the load with where it is and how to convert the file. A byte-order mark is dropped, so a
 * seed's passage offsets (and the anchors made from them) are the same with or without one.
 */
export function decodeSeed(fileName: string, bytes: Uint8Array): string {
  const bad = invalidUtf8Offset(bytes);
  if (bad >= 0) {
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line += 1;
    const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    throw new SeedEncodingError(
      `seeds/${fileName}: line ${line}, byte offset ${bad}: byte 0x${hex} is not valid UTF-8; seeds must be UTF-8 text. ` +
        `Convert the file from the encoding it was saved in, e.g. \`iconv -f cp1252 -t utf-8 seeds/${fileName} > ${fileName}.utf8\` ` +
        'and put the result in its place, then update its sha256 in content/data/sources.yaml',
    );
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

/**
 * Reads every `*.txt` in the seeds folder, in file-name order. A seed that cannot be read is
 * reported through `problem` (file name and message) and left out, so the other seeds are
 * still checked.
 */
export function readSeeds(seedsDir: string, problem?: (fileName: string, message: string) => void): LoadedSeed[] {
  const out: LoadedSeed[] = [];
  for (const fileName of readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const bytes = readFileSync(join(seedsDir, fileName));
    try {
      out.push({ ...parseSeed(fileName, decodeSeed(fileName, bytes)), sha256: sha256(bytes) });
    } catch (error) {
      if (!problem || !(error instanceof Error)) throw error;
      problem(fileName, error.message);
    }
  }
  return out;
}

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

/** Reads every `*.txt` in the seeds folder, in file-name order. */
export function readSeeds(seedsDir: string): LoadedSeed[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((fileName) => {
      const bytes = readFileSync(join(seedsDir, fileName));
      return { ...parseSeed(fileName, bytes.toString('utf8')), sha256: sha256(bytes) };
    });
}

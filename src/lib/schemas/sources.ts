import { z } from 'zod';
import { Id, IsoDate, SeedId } from './common.ts';

/**
 * How a document carries the words it reports: as spoken or written (`verbatim`), in a machine
 * translation whose wording is not the speaker's, as a republication of another outlet's
 * report (whose), or in its own summary. Quotation marks in the prose may stand only around
 * words a document carries verbatim (a republication carries its original's words).
 */
export const Carries = z.union([
  z.enum(['verbatim', 'machine-translation', 'summary']),
  z.strictObject({
    /** Whose report it republishes, as its own text shows. */
    republication: z.string().min(2),
  }),
]);

/** One of the seed documents, pinned to the exact bytes the data was written against. */
export const SeedSource = z.strictObject({
  id: SeedId,
  /** The file in `seeds/`. */
  file: z.string().regex(/^\d{3}_[\w-]+\.txt$/, 'must be a file name in seeds/, e.g. 000_abc.txt'),
  /** SHA-256 of the file's bytes. When the seed changes, the data must be reviewed and this updated. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a 64-character lower-case hex SHA-256'),
  /** A short label for readers, in the editors' words (e.g. "News report, dated 26 February 2021"). */
  label: z.string().min(3),
  /** What the document is, as far as its own text shows. */
  description: z.string().min(10),
  /** How readers meet the source on first mention and on its page, as far as its own text shows who published or wrote it. */
  name: z.string().min(3),
  /** How readers meet it after that: in notes, tables and figure labels. */
  short: z.string().min(3),
  /** How it carries the words it reports; most news reports quote verbatim. */
  carries: Carries.default('verbatim'),
});

/** A reference outside the seeds, for the few facts the seeds do not state. */
export const ExternalSource = z.strictObject({
  id: Id,
  title: z.string().min(3),
  publisher: z.string().min(2),
  url: z.url({ protocol: /^https$/, error: 'must be an https URL' }),
  /** When the editors read it. */
  accessed: IsoDate,
});

export const SourcesFile = z.strictObject({
  seeds: z.array(SeedSource).min(1),
  external: z.array(ExternalSource).default([]),
});

export type SeedSource = z.output<typeof SeedSource>;
export type Carries = z.output<typeof Carries>;
export type ExternalSource = z.output<typeof ExternalSource>;

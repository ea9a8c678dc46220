import type { z } from 'zod';
import type { Dataset } from '../data/load.ts';
import type { DataIssue } from '../data/errors.ts';
import type { LoadedSeed } from '../seeds/read.ts';
import type { Citation } from '../schemas/index.ts';
import type { SEARCH_KINDS, SECTIONS } from '../search/records.ts';

/**
 * A field of a record that names a record of another kind (or of its own), declared beside the
 * schema so that one function checks them all: `via` names an actor, `places[]` (a list) places,
 * `attributions[].actor` the actor of each attribution.
 */
export interface Reference {
  /** Dotted path to the field; `[]` after a name means each item of that list. */
  readonly field: string;
  /** The `key` of the kind it names. */
  readonly to: string;
}

/** What a kind's own checks are given: where to report, and the seeds its records are checked against. */
export interface CheckContext {
  readonly file: string;
  readonly issues: DataIssue[];
  readonly seeds: readonly LoadedSeed[];
}

/** One searchable record for the index, as a kind describes it; the search module adds language and weight. */
export interface SearchEntry {
  url: string;
  kind: keyof typeof SEARCH_KINDS;
  section: keyof typeof SECTIONS;
  title: string;
  /** The one line readers see under the title. */
  line: string;
  /** Every spelling of the name, searched and used to mark the words found on arrival. */
  spellings?: string[];
  /** Further searchable text, as paragraphs. */
  body: Array<{ text: string }>;
}

/**
 * Everything the engine knows about one kind of record, in one place: the loader, the report,
 * citations, search and the sources page read it, so a new kind is one module and one line in
 * the list of kinds (`index.ts`). Methods (not function properties) so that a kind of any record
 * type can stand in the one list.
 */
export interface Kind<K extends string = string, N extends string = string, R extends { id: string } = { id: string }> {
  /** Where its records are in the dataset, and what references name as their target. */
  readonly key: K;
  /** One record of it, in messages ("unknown actor id") and as the attribute of `<Cite actor="…">`. */
  readonly name: N;
  /** Its records in the data report, where that is not `key`. */
  readonly counted?: string;
  /** Its file, relative to the explainer's root. An explainer that uses no records of a kind needs no file. */
  readonly file: string;
  /** In a file that holds several lists (`sources.yaml`: `seeds:`, `external:`), the key of its list. */
  readonly list?: string;
  /** Set when every explainer must have records of this kind: what to write when they are missing. */
  readonly required?: string;
  readonly schema: z.ZodType<R>;
  readonly references: readonly Reference[];
  /** How readers count its records ("an event", "3 people and groups"), where the sources page counts them. */
  readonly noun?: { readonly one: string; readonly many: string };
  /** The record's name for readers, where it is listed as using something (an external reference). */
  label?(record: R, data: Dataset): string;
  /** Where the record lives on the site. */
  href?(record: R): string;
  /** The citations a `<Cite kind="id">` of this record stands for; only kinds with it can be cited by id. */
  cites?(record: R): Citation[];
  /** The record as readers see it: the editors' own words get typographic quotation marks. */
  typeset?(record: R): R;
  /** What its records contribute to search. */
  search?(records: readonly R[], data: Dataset): SearchEntry[];
  /** Checks of its own beyond the schema and the references (dates counted from weekdays, spellings in the seeds). */
  check?(records: readonly R[], context: CheckContext): void;
}

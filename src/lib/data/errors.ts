import { z } from 'zod';
import { closest } from '../mdx/remark-known-components.ts';

/** One problem found in the data: where it is and what is wrong. */
export interface DataIssue {
  /** Path relative to the explainer's root, e.g. `content/data/events.yaml`. */
  file: string;
  /** The record's id, or its position when it has no usable id. */
  record?: string;
  /** Dotted path of the field within the record, e.g. `cites.0.quote`. */
  field?: string;
  /** Line and column (from 1) in the file, for a problem of the file's text rather than of a record. */
  line?: number;
  col?: number;
  message: string;
}

export function formatIssue(issue: DataIssue): string {
  const where = [issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.col ?? 1}`];
  if (issue.record !== undefined) where.push(`record "${issue.record}"`);
  if (issue.field !== undefined && issue.field !== '') where.push(`field "${issue.field}"`);
  return `${where.join(' › ')}: ${issue.message}`;
}

/** The value a field had, for the message, when it is short enough to show. */
export function shownValue(input: unknown): string | undefined {
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (typeof input !== 'string') return undefined;
  const oneLine = input.replace(/\s+/g, ' ');
  return JSON.stringify(oneLine.length > 80 ? `${oneLine.slice(0, 77)}…` : oneLine);
}

/** What a wrong value is, in words: `the number 42`, `the text "x"`, `a list`. */
function describeValue(input: unknown): string {
  if (input === null) return 'nothing (the field is empty)';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return `the text ${shownValue(input) ?? ''}`;
  if (typeof input === 'number') return `the number ${input}`;
  if (typeof input === 'boolean') return `${input}`;
  if (typeof input === 'object') return 'a mapping of fields';
  return typeof input;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields (name: value)',
};

/** Zod's own wording for an issue, so a message the schema wrote itself can be told from it. */
function defaultMessage(issue: z.core.$ZodIssue): string | undefined {
  const made = z.config().localeError?.(issue as unknown as z.core.$ZodRawIssue);
  return typeof made === 'string' ? made : made?.message;
}

/** A schema with its wrappers (optional, default, pipe, lazy) taken off. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  const def = schema._zod.def as unknown as Record<string, unknown>;
  if ('innerType' in def) return unwrap(def.innerType as z.core.$ZodType);
  if (def.type === 'pipe') return unwrap(def.in as z.core.$ZodType);
  if (def.type === 'lazy') return unwrap((def.getter as () => z.core.$ZodType)());
  return schema;
}

/** The fields a mapping may have at `path` inside `schema` (every option's, for a choice of shapes). */
export function fieldsAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const s = unwrap(schema);
  const def = s._zod.def as unknown as Record<string, unknown>;
  if (def.type === 'union') return [...new Set((def.options as z.core.$ZodType[]).flatMap((o) => fieldsAt(o, path)))];
  if (def.type === 'intersection')
    return [...fieldsAt(def.left as z.core.$ZodType, path), ...fieldsAt(def.right as z.core.$ZodType, path)];
  const [head, ...rest] = path;
  if (def.type === 'object') {
    const shape = def.shape as Record<string, z.core.$ZodType>;
    if (head === undefined) return Object.keys(shape);
    const inner = shape[String(head)];
    return inner ? fieldsAt(inner, rest) : [];
  }
  if (def.type === 'array' && head !== undefined) return fieldsAt(def.element as z.core.$ZodType, rest);
  if (def.type === 'record' && head !== undefined) return fieldsAt(def.valueType as z.core.$ZodType, rest);
  return [];
}

const didYouMean = (word: string, known: readonly string[]): string => {
  const guess = closest(word, known);
  return guess ? `did you mean "${guess}"?` : '';
};

/** A wrong value's suffix: ` (got "x")`, unless the message shows it already. */
function got(message: string, input: unknown, extra = ''): string {
  const value = shownValue(input);
  const parts = [value === undefined || message.includes(value) ? '' : `got ${value}`, extra].filter(Boolean);
  return parts.length ? `${message} (${parts.join('; ')})` : message;
}

/**
 * A zod issue as problems in plain words, each with the field it is about: "missing", "must be
 * one of a, b, c (got "x")", "unknown field "foo" (did you mean "food"?)". A message the schema
 * wrote itself is kept, with the offending value after it. `schema` is the one the record was
 * checked against, for the fields an unknown one may have been meant as.
 */
export function plainIssues(
  issue: z.core.$ZodIssue,
  schema: z.core.$ZodType,
  base: readonly PropertyKey[] = [],
): Array<{ path: PropertyKey[]; message: string }> {
  const path = [...base, ...issue.path];
  const own = issue.message !== defaultMessage(issue);
  if (issue.code === 'invalid_union' && !own && issue.errors.length === 0) {
    // A choice of shapes told apart by one field (`basis: stated`) whose value is none of them.
    const { discriminator, options } = issue as unknown as { discriminator?: string; options?: unknown[] };
    const input = issue.input && typeof issue.input === 'object' ? (issue.input as Record<string, unknown>) : {};
    const value = discriminator === undefined ? undefined : input[discriminator];
    if (options?.length) {
      if (value === undefined) return [{ path, message: 'missing' }];
      const values = options.map(String);
      const hint = typeof value === 'string' ? didYouMean(value, values) : '';
      return [{ path, message: got(`must be one of ${values.join(', ')}`, value, hint) }];
    }
  }
  if (issue.code === 'invalid_union' && !own && issue.errors.length > 0) {
    // The shape the value came nearest to, by how few problems it has in it.
    const nearest = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
    return nearest.flatMap((i) => plainIssues(i, schema, path));
  }
  if (own) return [{ path, message: got(issue.message, issue.input) }];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return [{ path, message: 'missing' }];
      return [{ path, message: `must be ${TYPE_WORDS[issue.expected] ?? issue.expected} (got ${describeValue(issue.input)})` }];
    case 'unrecognized_keys': {
      const known = fieldsAt(schema, path);
      return issue.keys.map((key) => {
        const hint = didYouMean(key, known) || (known.length ? `the fields here are ${known.join(', ')}` : '');
        return { path, message: `unknown field "${key}"${hint ? ` (${hint})` : ''}` };
      });
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const input = typeof issue.input === 'string' ? issue.input : undefined;
      const hint = input === undefined ? '' : didYouMean(input, values);
      const message = values.length === 1 ? `must be ${JSON.stringify(values[0])}` : `must be one of ${values.join(', ')}`;
      return [{ path, message: got(message, issue.input, hint) }];
    }
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string' && n <= 1) return [{ path, message: 'must not be empty' }];
      const message =
        issue.origin === 'string'
          ? `must be at least ${n} characters long`
          : issue.origin === 'array' || issue.origin === 'set'
            ? `needs at least ${n} ${n === 1 ? 'item' : 'items'}`
            : `must be ${issue.inclusive ? 'at least' : 'more than'} ${n}`;
      return [{ path, message: got(message, issue.input) }];
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      const message =
        issue.origin === 'string'
          ? `must be at most ${n} characters long`
          : issue.origin === 'array' || issue.origin === 'set'
            ? `may have at most ${n} ${n === 1 ? 'item' : 'items'}`
            : `must be ${issue.inclusive ? 'at most' : 'less than'} ${n}`;
      return [{ path, message: got(message, issue.input) }];
    }
    case 'invalid_format': {
      const message =
        issue.format === 'url'
          ? 'must be a web address such as https://example.org/'
          : issue.format === 'regex' && issue.pattern
            ? `must match the pattern ${issue.pattern}`
            : `must be a valid ${issue.format}`;
      return [{ path, message: got(message, issue.input) }];
    }
    case 'not_multiple_of':
      return [{ path, message: got(`must be a multiple of ${String(issue.divisor)}`, issue.input) }];
    default:
      return [{ path, message: got('is not valid here', issue.input) }];
  }
}

/** Thrown when the data cannot be trusted; its message lists every problem found, not just the first. */
export class DataError extends Error {
  readonly issues: readonly DataIssue[];
  /** `subject`: what failed, when not the data files (the chapters' front matter). */
  constructor(issues: readonly DataIssue[], subject = "The explainer's data") {
    const lines = issues.map((i) => `  - ${formatIssue(i)}`);
    super(`${subject} failed verification (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
    this.name = 'DataError';
    this.issues = issues;
  }
}

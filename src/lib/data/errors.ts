/** One problem found in the data: where it is and what is wrong. */
export interface DataIssue {
  /** Path relative to the explainer's root, e.g. `content/data/events.yaml`. */
  file: string;
  /** The record's id, or its position when it has no usable id. */
  record?: string;
  /** Dotted path of the field within the record, e.g. `cites.0.quote`. */
  field?: string;
  message: string;
}

export function formatIssue(issue: DataIssue): string {
  const where = [issue.file];
  if (issue.record !== undefined) where.push(`record "${issue.record}"`);
  if (issue.field !== undefined && issue.field !== '') where.push(`field "${issue.field}"`);
  return `${where.join(' › ')}: ${issue.message}`;
}

/** Thrown when the data cannot be trusted; its message lists every problem found, not just the first. */
export class DataError extends Error {
  readonly issues: readonly DataIssue[];
  constructor(issues: readonly DataIssue[]) {
    const lines = issues.map((i) => `  - ${formatIssue(i)}`);
    super(
      `The explainer's data failed verification (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`,
    );
    this.name = 'DataError';
    this.issues = issues;
  }
}

/**
 * A mistake in a content file, said so that an editor can find and fix it:
 * `content/events/bsca-signed.yaml:12 date.start: "2022-13-25" is not a real date`.
 */
export interface ContentProblem {
  /** Path from the project root, e.g. `content/events/bsca-signed.yaml`. */
  file: string;
  /** 1-based line, when the problem is at a place in the file. */
  line?: number;
  /** The field, as a dotted path (`sources[1].id`), when there is one. */
  field?: string;
  message: string;
}

export function formatProblem({ file, line, field, message }: ContentProblem): string {
  return `${file}${line ? `:${String(line)}` : ''} ${field ? `${field}: ` : ''}${message}`;
}

/** Thrown when the content cannot be published: every problem found, not only the first. */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    const count = `${String(problems.length)} problem${problems.length === 1 ? '' : 's'}`;
    super(
      `The content has ${count}; nothing was published:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
    this.problems = problems;
  }
}

/** A dotted field path from a zod issue path (`['sources', 1, 'id']` → `sources[1].id`). */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) =>
      typeof key === 'number' ? `${acc}[${String(key)}]` : acc ? `${acc}.${String(key)}` : String(key),
    '',
  );
}

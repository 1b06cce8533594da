import type { z } from '@/lib/zod';
import { fieldPath, type ContentProblem } from './problems';
import type { ContentFile } from './read';

/** A zod issue, with the fields each kind may carry (read loosely: an unknown kind says its message). */
type Issue = Omit<z.core.$ZodIssue, 'code'> & {
  code: string;
  input?: unknown;
  keys?: string[];
  values?: unknown[];
  expected?: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
};

const quote = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

/** The closest of `known` to `word`, when it is close enough to be a likely typo. */
function closest(word: string, known: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0] ?? 0;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j] ?? 0;
        row[j] = Math.min(
          (row[j] ?? 0) + 1,
          (row[j - 1] ?? 0) + 1,
          previous + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
        previous = current;
      }
    }
    return row[b.length] ?? Infinity;
  };
  const best = known.map((k) => ({ k, d: distance(word, k) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= 2 ? best.k : undefined;
}

/** Field names a strict object accepts, for "did you mean" hints. */
export type KnownKeys = (path: readonly PropertyKey[]) => readonly string[];

/** A zod issue in words an editor understands. */
export function describeIssue(issue: Issue, known: KnownKeys = () => []): string {
  if (issue.input === undefined && issue.code !== 'unrecognized_keys' && issue.code !== 'custom')
    return 'is missing';
  // A message written for the check (schema.ts) says it best; zod's defaults start "Invalid" or "Too".
  const own = !/^(Invalid|Too (small|big))/.test(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `should be ${issue.expected === 'object' ? 'a group of fields' : issue.expected === 'array' ? 'a list' : (issue.expected ?? 'something else')}, not ${quote(issue.input)}`;
    case 'invalid_value':
      return `${quote(issue.input)} is not one of: ${(issue.values ?? []).map(String).join(', ')}`;
    case 'unrecognized_keys': {
      const keys = issue.keys ?? [];
      return keys
        .map((key) => {
          const hint = closest(key, known(issue.path));
          return `unknown field "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}`;
        })
        .join('; ');
    }
    case 'too_small':
      if (own) return issue.message;
      return issue.origin === 'array'
        ? `needs at least ${String(issue.minimum)}`
        : issue.origin === 'string'
          ? 'is empty'
          : `is less than ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `is longer than ${String(issue.maximum)} characters`
        : `is more than ${String(issue.maximum)}`;
    default:
      // Custom checks and formats carry their own wording (see schema.ts); show the value with it.
      return issue.input !== undefined && issue.input !== '' && typeof issue.input !== 'object'
        ? `${quote(issue.input)} ${issue.message}`
        : issue.message;
  }
}

/** The problems a schema finds in a content file, each with its line and field. */
export function problemsOf(
  content: ContentFile,
  issues: readonly z.core.$ZodIssue[],
  known?: KnownKeys,
): ContentProblem[] {
  return issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? issue.path : issue.path;
    return {
      file: content.file,
      line: content.lineOf(
        issue.code === 'unrecognized_keys' ? [...path, ...((issue as Issue).keys ?? []).slice(0, 1)] : path,
      ),
      field: fieldPath(path) || undefined,
      message: describeIssue(issue, known),
    };
  });
}

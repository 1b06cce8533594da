/** What the adapters share: reading one record of a response strictly enough to trust it. */
import { z } from '@/lib/zod';
import { describeIssue } from '../../content/issues';
import { fieldPath } from '../../content/problems';
import type { AgencySource } from '../ids';
import type { Watch } from '../watch';

/**
 * Reads one record of a response with the fields the adapter relies on. A record that lacks one,
 * or has it in another shape, is what a change in the API looks like: it is skipped and reported
 * (`publication_date is missing`), and the rest of the response is still read.
 */
export function readRecord<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
): { ok: true; value: T } | { ok: false; reason: string } {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  if (!issue) return { ok: false, reason: 'is not in the expected shape' };
  const field = fieldPath(issue.path);
  return {
    ok: false,
    reason: `${field ? `${field} ` : ''}${describeIssue(issue)} (the API's format may have changed)`,
  };
}

/** A list the response must have: a missing one is a change in the whole response, not in a record. */
export function listOf(value: unknown, key: string): unknown[] | null {
  if (typeof value !== 'object' || value === null) return null;
  const list = (value as Record<string, unknown>)[key];
  return Array.isArray(list) ? (list as unknown[]) : null;
}

export const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}/, 'is not a date (YYYY-MM-DD)'));
export const httpsUrl = z.string().check(z.regex(/^https:\/\//, 'is not an https address'));
export const nonEmpty = z.string().check(z.refine((s) => s.trim() !== '', 'is empty'));

/** The agencies some term watch names that `source` has a name for: one query each. */
export function agenciesFor(watch: Watch, source: AgencySource): string[] {
  const wanted = new Set(watch.storylines.flatMap((s) => s.watches.flatMap((w) => w.agencies)));
  return Object.keys(watch.agencies)
    .filter((agency) => wanted.has(agency) && (watch.agencies[agency]?.[source]?.length ?? 0) > 0)
    .sort();
}

/** The agencies a document is from, by the names `source` gives them (`*`: every document). */
export function agenciesNamed(watch: Watch, source: AgencySource, names: readonly string[]): string[] {
  const fold = (s: string) =>
    s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  const given = new Set(names.map(fold));
  return Object.entries(watch.agencies)
    .filter(([, mapping]) => (mapping[source] ?? []).some((n) => n === '*' || given.has(fold(n))))
    .map(([agency]) => agency)
    .sort();
}

/**
 * The monitor's memory, committed with the content (`content/monitor/state.yaml`), written only by
 * `npm run monitor`, `data:accept` and `data:dismiss`:
 *
 * - `checked`: per source, when each of its queries last answered in full (an agency's documents,
 *   a docket's entries, a bill's actions). The next run asks each for what is new since then, and
 *   the content compiler derives from it when each storyline's official sources were last checked.
 * - `seen`: every document that became a lead, and what became of it (`lead`, `accepted` into an
 *   event, or `dismissed` with the editor's reason). A document seen once never becomes a lead again.
 *
 * YAML, like the rest of the content (and left alone by the formatter); written atomically.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { z } from '@/lib/zod';
import { problemsOf } from '../content/issues';
import type { ContentProblem } from '../content/problems';
import { parseContent, type ContentFile } from '../content/read';
import { day, slug } from '../content/schema';
import { writeFileAtomic } from './atomic';
import { SOURCE_IDS, type SourceId } from './ids';

export const STATE_FILE = join('monitor', 'state.yaml');

const moment = z
  .string({ error: 'should be a UTC moment like 2026-12-01T06:00:00Z' })
  .check(
    z.refine(
      (s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(s) && !Number.isNaN(Date.parse(s)),
      'is not a UTC moment like 2026-12-01T06:00:00Z',
    ),
  );

const seenEntry = z.strictObject({
  /** The lead the document became. */
  lead: slug,
  /** The day the monitor found it. */
  found: day,
  status: z.enum(['lead', 'accepted', 'dismissed']),
  /** When an editor accepted or dismissed it. */
  decided: z.optional(day),
  /** The draft event an accepted lead became. */
  event: z.optional(slug),
  /** Why a dismissed lead was not taken. */
  why: z.optional(z.string().check(z.refine((s) => s.trim() !== '', 'is empty'))),
});
export type SeenEntry = z.output<typeof seenEntry>;

export const stateContent = z.strictObject({
  checked: z.optional(z.partialRecord(z.enum(SOURCE_IDS), z.record(z.string(), moment))),
  seen: z.optional(z.record(z.string(), seenEntry)),
});

export interface MonitorState {
  checked: Partial<Record<SourceId, Record<string, string>>>;
  seen: Record<string, SeenEntry>;
}

const HEADER = `# The monitor's memory: written by npm run monitor, data:accept and data:dismiss, never by hand.
# checked: per source, when each query (an agency, a docket, a bill) last answered in full.
# seen: every document that became a lead, and what became of it; it never becomes a lead again.
# See the README, "Keeping the tracker current".
`;

/** Reads the memory (an empty one when the file is missing), with its problems named by line. */
export function readState(
  root: string,
  base = process.cwd(),
): { state: MonitorState; problems: ContentProblem[]; file?: ContentFile } {
  const path = join(root, STATE_FILE);
  const empty: MonitorState = { checked: {}, seen: {} };
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    return { state: empty, problems: [] };
  }
  const parsed = parseContent(source, relative(base, path), 'state');
  if (!parsed.content) return { state: empty, problems: parsed.problems };
  const result = stateContent.safeParse(parsed.content.data ?? {}, { reportInput: true });
  if (!result.success)
    return {
      state: empty,
      problems: [...parsed.problems, ...problemsOf(parsed.content, result.error.issues)],
      file: parsed.content,
    };
  return {
    state: { checked: result.data.checked ?? {}, seen: result.data.seen ?? {} },
    problems: parsed.problems,
    file: parsed.content,
  };
}

/** The memory as its file holds it: sources, queries and documents in a stable order. */
export function stateText(state: MonitorState): string {
  const sorted = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  const checked = Object.fromEntries(
    SOURCE_IDS.filter((id) => state.checked[id] && Object.keys(state.checked[id]).length > 0).map((id) => [
      id,
      sorted(state.checked[id] ?? {}),
    ]),
  );
  return `${HEADER}${stringify({ checked, seen: sorted(state.seen) }, { lineWidth: 0 })}`;
}

export function writeState(root: string, state: MonitorState): void {
  writeFileAtomic(join(root, STATE_FILE), stateText(state));
}

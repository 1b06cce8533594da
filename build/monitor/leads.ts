/**
 * Leads: documents the monitor found that match a storyline, waiting in `content/inbox/` for an
 * editor (one YAML file each, named by the lead's id). A lead holds the source, the official URL,
 * the document's own title and date, an excerpt, the storylines it matched and why. Nothing in the
 * inbox is published: `npm run data:accept <lead>` turns one into a draft event, and
 * `npm run data:dismiss -- <lead> --why "…"` records why it was not taken.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Document } from 'yaml';
import { z } from '@/lib/zod';
import { problemsOf } from '../content/issues';
import { formatProblem, type ContentProblem } from '../content/problems';
import { parseContent } from '../content/read';
import { day, identifier, localized, slug } from '../content/schema';
import { writeFileAtomic } from './atomic';
import { SOURCE_IDS } from './ids';

export const INBOX = 'inbox';

const text = z.string().check(z.refine((s) => s.trim() !== '', 'is empty'));

export const leadContent = z.strictObject({
  source: z.enum(SOURCE_IDS),
  /** The document's key in the monitor's memory (`federal-register:2026-08931`). */
  document: text,
  url: z.string().check(z.regex(/^https:\/\//, 'is not an https address')),
  title: text,
  date: day,
  publisher: z.union([text, localized]),
  copy: z.optional(z.strictObject({ at: text })),
  kind: z.enum(['government', 'court', 'legislative']),
  language: z.enum(['en', 'es']),
  excerpt: z.optional(text),
  storylines: z.array(slug).check(z.minLength(1)),
  why: z.array(z.strictObject({ storyline: slug, reason: text })),
  /** The agencies (actor ids) it is from, by the watch file's names. */
  agencies: z.optional(z.array(slug)),
  identifiers: z.optional(z.array(identifier)),
  /** When the monitor found it (UTC). */
  found: text,
});
export type Lead = z.output<typeof leadContent> & { id: string };

const HEADER = (id: string) =>
  [
    '# A lead from the monitor (npm run monitor): a new official document that matches a storyline.',
    '# Nothing here is published. Review it, then either make a draft event (and its source) from it:',
    `#   npm run data:accept ${id}`,
    '# or say why it is not for the tracker (it never comes back):',
    `#   npm run data:dismiss -- ${id} --why "…"`,
    '',
  ].join('\n');

export const leadPath = (root: string, id: string) => join(root, INBOX, `${id}.yaml`);

/** The lead's file: its fields in a fixed order, under a header saying what to do with it. */
export function leadText(lead: Lead): string {
  const { id, ...fields } = lead;
  const ordered = {
    source: fields.source,
    document: fields.document,
    url: fields.url,
    title: fields.title,
    date: fields.date,
    publisher: fields.publisher,
    ...(fields.copy ? { copy: fields.copy } : {}),
    kind: fields.kind,
    language: fields.language,
    ...(fields.excerpt ? { excerpt: fields.excerpt } : {}),
    storylines: fields.storylines,
    why: fields.why,
    ...(fields.agencies?.length ? { agencies: fields.agencies } : {}),
    ...(fields.identifiers?.length ? { identifiers: fields.identifiers } : {}),
    found: fields.found,
  };
  return `${HEADER(id)}${new Document(ordered).toString({ lineWidth: 0 })}`;
}

/** Writes a lead into the inbox in one step (never half a file). */
export function writeLead(root: string, lead: Lead): string {
  const path = leadPath(root, lead.id);
  writeFileAtomic(path, leadText(lead));
  return path;
}

/** The ids of the leads in the inbox. */
export function inboxIds(root: string): string[] {
  const dir = join(root, INBOX);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('.'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

/** A path from `base`, or the whole path when it is outside it. */
export function shownPath(path: string, base = process.cwd()): string {
  const from = relative(base, path);
  return from.startsWith('..') ? path : from || '.';
}

export class LeadError extends Error {
  override name = 'LeadError';
}

/** Reads a lead (by id, or by its file's path), checked like a content file. */
export function readLead(root: string, idOrPath: string, base = process.cwd()): Lead {
  const id = idOrPath
    .replace(/\\/g, '/')
    .replace(/^.*\//, '')
    .replace(/\.yaml$/, '');
  const path = leadPath(root, id);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) || !existsSync(path)) {
    const ids = inboxIds(root);
    throw new LeadError(
      `There is no lead "${id}" in ${shownPath(join(root, INBOX), base)}/${ids.length ? `; the leads there: ${ids.join(', ')}` : ' (it is empty)'}`,
    );
  }
  const parsed = parseContent(readFileSync(path, 'utf8'), relative(base, path), id);
  const problems: ContentProblem[] = [...parsed.problems];
  if (parsed.content) {
    const result = leadContent.safeParse(parsed.content.data, { reportInput: true });
    if (result.success && problems.length === 0) return { id, ...result.data };
    if (!result.success) problems.push(...problemsOf(parsed.content, result.error.issues));
  }
  throw new LeadError(problems.map(formatProblem).join('\n'));
}

export function removeLead(root: string, id: string): void {
  rmSync(leadPath(root, id), { force: true });
}

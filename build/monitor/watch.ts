/**
 * The watch list: what the monitor looks for, per storyline (`content/monitor/watch.yaml`, kept by
 * editors). Dockets and bills come from the storyline's own events (`identifiers`), so they are
 * written once; the watch file adds agencies and terms, in English and Spanish, and can leave out
 * an identifier that is the same matter under another number. It is checked like every content
 * file, each mistake named by file, line and field; the content compiler checks it too
 * (`npm run data:check`), and reads from it which official sources cover each storyline.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from '@/lib/zod';
import { problemsOf } from '../content/issues';
import { fieldPath, type ContentProblem } from '../content/problems';
import { parseContent, readFolder, type ContentFile } from '../content/read';
import { eventContent, slug, type EventContent } from '../content/schema';
import { AGENCY_SOURCES, type AgencySource, type SourceId } from './ids';

export const WATCH_FILE = join('monitor', 'watch.yaml');

const text = z.string().check(z.refine((s) => s.trim() !== '', 'is empty'));
const terms = z
  .strictObject({ en: z.optional(z.array(text)), es: z.optional(z.array(text)) })
  .check(
    z.refine((t) => (t.en?.length ?? 0) + (t.es?.length ?? 0) > 0, 'needs at least one term, in en or es'),
  );

export const watchContent = z.strictObject({
  /** The current Congress: the bills of this Congress in a storyline's events are watched. */
  congress: z.int().check(z.gte(1)),
  /** How each source names an agency (an actor id): Federal Register slugs, DOJ components, DOF bodies. */
  agencies: z.record(
    slug,
    z.strictObject({
      'federal-register': z.optional(z.array(text)),
      'doj-press': z.optional(z.array(text)),
      dof: z.optional(z.array(text)),
    }),
  ),
  storylines: z.record(
    slug,
    z.strictObject({
      /** Watch the dockets and bills in the storyline's events' identifiers (default true). */
      fromEvents: z.optional(z.boolean()),
      /** Identifier numbers of the events not to watch (the same matter under another number). */
      except: z.optional(z.array(text)),
      dockets: z.optional(z.array(z.strictObject({ court: text, number: text, caseName: z.optional(text) }))),
      bills: z.optional(z.array(z.strictObject({ congress: z.int().check(z.gte(1)), number: text }))),
      /** Documents of these agencies that contain one of the terms (and one of `with`, when given). */
      watch: z.optional(
        z.array(
          z.strictObject({
            agencies: z.array(slug).check(z.minLength(1, 'needs at least one agency')),
            terms,
            with: z.optional(terms),
          }),
        ),
      ),
    }),
  ),
});
export type WatchContent = z.output<typeof watchContent>;

/** Bill types as Congress.gov's API writes them, and as people cite them. */
export const BILL_TYPES = {
  hr: { cite: 'H.R.', path: 'house-bill' },
  s: { cite: 'S.', path: 'senate-bill' },
  hjres: { cite: 'H.J.Res.', path: 'house-joint-resolution' },
  sjres: { cite: 'S.J.Res.', path: 'senate-joint-resolution' },
  hconres: { cite: 'H.Con.Res.', path: 'house-concurrent-resolution' },
  sconres: { cite: 'S.Con.Res.', path: 'senate-concurrent-resolution' },
  hres: { cite: 'H.Res.', path: 'house-resolution' },
  sres: { cite: 'S.Res.', path: 'senate-resolution' },
} as const;
export type BillType = keyof typeof BILL_TYPES;

/** `119` → `119th`, `121` → `121st`: as Congress.gov writes a Congress. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${String(n)}${suffix}`;
}

/** `S. 2938`, `H.R. 923`, `H.J.Res. 7` → its type and number; null if it is not a bill number. */
export function parseBillNumber(cited: string): { type: BillType; number: number } | null {
  const match = /^([a-z.\s]+?)\s*(\d+)$/i.exec(cited.trim());
  if (!match) return null;
  const type = (match[1] ?? '').toLowerCase().replace(/[.\s]/g, '');
  return type in BILL_TYPES ? { type: type as BillType, number: Number(match[2]) } : null;
}

export interface WatchedDocket {
  /** The key of this docket in the monitor's memory: court and number. */
  id: string;
  court: string;
  number: string;
  caseName?: string;
}
export interface WatchedBill {
  /** The key of this bill in the monitor's memory: Congress and number (`119 S. 367`). */
  id: string;
  congress: number;
  type: BillType;
  number: number;
  /** As the content cites it (`S. 367`). */
  label: string;
}
export interface TermWatch {
  agencies: string[];
  terms: string[];
  with: string[];
}
export interface StorylineWatch {
  storyline: string;
  dockets: WatchedDocket[];
  bills: WatchedBill[];
  watches: TermWatch[];
}
export interface Watch {
  congress: number;
  agencies: Record<string, Partial<Record<AgencySource, string[]>>>;
  storylines: StorylineWatch[];
}

export const docketId = (court: string, number: string) => `${court} ${number}`;
export const billId = (congress: number, label: string) => `${String(congress)} ${label}`;

interface Parsed {
  id: string;
  value: EventContent;
}

/**
 * The watch list from the watch file and the content's events: each storyline with its dockets,
 * bills and term watches. Cross-checks the file against the content (storylines and agencies
 * exist, every agency a watch names is in `agencies`, every `except` is an identifier of the
 * storyline's events) and reports each mistake at its line.
 */
export function resolveWatch(
  file: ContentFile,
  value: WatchContent,
  content: { events: readonly Parsed[]; storylines: ReadonlySet<string>; actors: ReadonlySet<string> },
): { watch: Watch; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const at = (path: PropertyKey[], message: string) =>
    problems.push({ file: file.file, line: file.lineOf(path), field: fieldPath(path), message });

  for (const [actor, names] of Object.entries(value.agencies)) {
    if (!content.actors.has(actor))
      at(['agencies', actor], `"${actor}" is not an actor: there is no content/actors/${actor}.yaml`);
    if ((names['federal-register'] ?? []).includes('*'))
      at(
        ['agencies', actor, 'federal-register'],
        '"*" (every document) is only for doj-press and dof: name the agency’s Federal Register slugs',
      );
  }

  const storylines: StorylineWatch[] = [];
  for (const [storyline, spec] of Object.entries(value.storylines)) {
    if (!content.storylines.has(storyline)) {
      at(
        ['storylines', storyline],
        `"${storyline}" is not a storyline: there is no content/storylines/${storyline}.yaml`,
      );
      continue;
    }
    const dockets = new Map<string, WatchedDocket>();
    const bills = new Map<string, WatchedBill>();
    const derived = new Set<string>();
    const except = new Set(spec.except ?? []);
    if (spec.fromEvents !== false)
      for (const event of content.events) {
        if (event.value.storyline !== storyline) continue;
        for (const identifier of event.value.identifiers ?? []) {
          if (identifier.kind === 'docket') {
            derived.add(identifier.number);
            if (except.has(identifier.number)) continue;
            const id = docketId(identifier.court, identifier.number);
            if (!dockets.has(id))
              dockets.set(id, {
                id,
                court: identifier.court,
                number: identifier.number,
                ...(identifier.caseName ? { caseName: identifier.caseName } : {}),
              });
          } else if (identifier.kind === 'bill') {
            derived.add(identifier.number);
            if (except.has(identifier.number) || identifier.congress !== value.congress) continue;
            const parsed = parseBillNumber(identifier.number);
            if (!parsed) {
              at(
                ['storylines', storyline],
                `the event ${event.id} cites the bill "${identifier.number}", which is not a bill number the monitor can read (like S. 367 or H.R. 923)`,
              );
              continue;
            }
            const id = billId(identifier.congress, identifier.number);
            bills.set(id, { id, congress: identifier.congress, ...parsed, label: identifier.number });
          }
        }
      }
    (spec.except ?? []).forEach((number, i) => {
      if (!derived.has(number))
        at(
          ['storylines', storyline, 'except', i],
          `"${number}" is not a docket or bill number in the identifiers of ${storyline}'s events`,
        );
    });
    (spec.dockets ?? []).forEach((d) => {
      const id = docketId(d.court, d.number);
      dockets.set(id, {
        id,
        court: d.court,
        number: d.number,
        ...(d.caseName ? { caseName: d.caseName } : {}),
      });
    });
    (spec.bills ?? []).forEach((b, i) => {
      const parsed = parseBillNumber(b.number);
      if (!parsed) {
        at(
          ['storylines', storyline, 'bills', i, 'number'],
          `"${b.number}" is not a bill number like S. 367 or H.R. 923`,
        );
        return;
      }
      const id = billId(b.congress, b.number);
      bills.set(id, { id, congress: b.congress, ...parsed, label: b.number });
    });
    const watches: TermWatch[] = [];
    (spec.watch ?? []).forEach((w, i) => {
      w.agencies.forEach((agency, j) => {
        if (!(agency in value.agencies))
          at(
            ['storylines', storyline, 'watch', i, 'agencies', j],
            `"${agency}" has no entry under agencies: say there how each source names it`,
          );
      });
      watches.push({
        agencies: w.agencies,
        terms: [...(w.terms.en ?? []), ...(w.terms.es ?? [])],
        with: [...(w.with?.en ?? []), ...(w.with?.es ?? [])],
      });
    });
    storylines.push({ storyline, dockets: [...dockets.values()], bills: [...bills.values()], watches });
  }
  return { watch: { congress: value.congress, agencies: value.agencies, storylines }, problems };
}

/** Which query of which source covers each watch of a storyline: its keys in the monitor's memory. */
export function coverageOf(
  story: StorylineWatch,
  agencies: Watch['agencies'],
): { source: SourceId; key: string }[] {
  const out = new Map<string, { source: SourceId; key: string }>();
  const add = (source: SourceId, key: string) => out.set(`${source}\n${key}`, { source, key });
  for (const d of story.dockets) add('courtlistener', d.id);
  for (const b of story.bills) add('congress', b.id);
  for (const w of story.watches)
    for (const agency of w.agencies)
      for (const source of AGENCY_SOURCES) if (agencies[agency]?.[source]?.length) add(source, agency);
  return [...out.values()];
}

/**
 * The day of the latest check that covered every watch of the storyline: the earliest of the last
 * successful checks of its watches. None while one of them has never been checked (a source that
 * needs a key nobody set, a docket the source does not have): then no date covers them all.
 */
export function monitorCheckedOf(
  story: StorylineWatch,
  agencies: Watch['agencies'],
  checked: Partial<Record<SourceId, Record<string, string>>>,
): string | undefined {
  const coverage = coverageOf(story, agencies);
  if (coverage.length === 0) return undefined;
  const dates = coverage.map(({ source, key }) => checked[source]?.[key]);
  if (dates.some((d) => d === undefined)) return undefined;
  return (dates as string[]).sort()[0]?.slice(0, 10);
}

/** Parses and checks the watch file's own shape (no cross-checks): its content and its problems. */
export function parseWatchFile(
  root: string,
  base: string,
): { file?: ContentFile; value?: WatchContent; problems: ContentProblem[]; missing: boolean } {
  const path = join(root, WATCH_FILE);
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    return { problems: [], missing: true };
  }
  const parsed = parseContent(source, relative(base, path), 'watch');
  if (!parsed.content) return { problems: parsed.problems, missing: false };
  const result = watchContent.safeParse(parsed.content.data, { reportInput: true });
  if (!result.success)
    return {
      problems: [...parsed.problems, ...problemsOf(parsed.content, result.error.issues)],
      missing: false,
    };
  return { file: parsed.content, value: result.data, problems: parsed.problems, missing: false };
}

/** The watch list of the content under `root`, for the monitor (reads the events itself). */
export function loadWatch(root: string, base = process.cwd()): { watch?: Watch; problems: ContentProblem[] } {
  const { file, value, problems, missing } = parseWatchFile(root, base);
  if (missing) return { problems: [{ file: relative(base, join(root, WATCH_FILE)), message: 'is missing' }] };
  if (!file || !value || problems.length > 0) return { problems };
  const events: Parsed[] = [];
  for (const content of readFolder(root, 'events', base).files) {
    const result = eventContent.safeParse(content.data);
    if (result.success) events.push({ id: content.id, value: result.data });
  }
  const ids = (folder: string) => new Set(readFolder(root, folder, base).ids);
  const resolved = resolveWatch(file, value, {
    events,
    storylines: ids('storylines'),
    actors: ids('actors'),
  });
  return resolved.problems.length > 0 ? { problems: resolved.problems } : resolved;
}

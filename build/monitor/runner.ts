/**
 * One monitor run (`npm run monitor`): asks each configured official source for what is new since
 * its last full answer, keeps the documents that match a storyline, and writes each as a lead into
 * the inbox. It writes nothing else but its own memory (`content/monitor/state.yaml`): published
 * records are never touched.
 *
 * Idempotent: a document already seen (in the memory, or as a lead file in the inbox), already in
 * the tracker (a source cites its address, an event its Federal Register number), or found twice in
 * the run, is not written again. A lead's id comes from its document, and the file is written in
 * one step (temporary file, then rename), so an interrupted run leaves whole leads only; the
 * memory is written last, and a lead whose memory entry was lost is recognised by its file.
 *
 * A source that needs a key is skipped, saying so, when its key is not in the environment; a
 * source that fails (down, slow, 429, 5xx, a body that is not JSON) is reported and the run goes on.
 * The summary says, per source, what it returned, matched, wrote and skipped.
 */
import { existsSync } from 'node:fs';
import { formatProblem, type ContentProblem } from '../content/problems';
import { readFolder } from '../content/read';
import { createHttpClient, SourceError, type HttpOptions } from './http';
import type { SourceId } from './ids';
import { leadPath, shownPath, writeLead, type Lead } from './leads';
import { matchCandidate, type Match } from './match';
import { ADAPTERS } from './sources';
import { readState, writeState } from './state';
import { excerptAround, slugify } from './text';
import type { Adapter, Candidate } from './types';
import { loadWatch } from './watch';

export interface RunOptions {
  /** The content folder. */
  root: string;
  /** The folder paths in messages are relative to. */
  base?: string;
  now?: Date;
  env?: Record<string, string | undefined>;
  http?: Omit<HttpOptions, 'secrets'>;
  adapters?: readonly Adapter[];
  /** How far back a query that was never answered in full looks (days). */
  firstRunDays?: number;
}

export interface SourceSummary {
  source: SourceId;
  name: string;
  docs: string;
  /** ok: every query answered; partial: some did; failed: none did; skipped: no key. */
  status: 'ok' | 'partial' | 'failed' | 'skipped';
  message?: string;
  /** The earliest date asked about. */
  since?: string;
  requests: number;
  /** Documents the source returned for the period (records it could read). */
  returned: number;
  /** Of those, documents that match a storyline. */
  matched: number;
  /** New leads written. */
  written: number;
  /** Matched, but already in the tracker. */
  known: number;
  /** Matched, but already a lead before (in the memory or the inbox). */
  seen: number;
  /** The same document more than once in this run. */
  duplicates: number;
  /** Records the adapter could not read (a changed field), each with why. */
  skipped: { record: string; reason: string }[];
  errors: string[];
  notes: string[];
  /** The queries that were answered in full. */
  checked: string[];
}

export interface RunSummary {
  at: string;
  root: string;
  sources: SourceSummary[];
  leads: { id: string; source: SourceId; title: string; date: string; storylines: string[] }[];
}

export class MonitorConfigError extends Error {
  override name = 'MonitorConfigError';
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(`The monitor's files have problems:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.problems = problems;
  }
}

const DAY = 86_400_000;
const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);

/** What the tracker cites already: sources' addresses and events' Federal Register numbers. */
function readKnown(root: string, base: string): { urls: Set<string>; numbers: Set<string> } {
  const urls = new Set<string>();
  const numbers = new Set<string>();
  for (const f of readFolder(root, 'sources', base).files) {
    const url = (f.data as { url?: unknown } | null)?.url;
    if (typeof url === 'string') urls.add(url);
  }
  for (const f of readFolder(root, 'events', base).files) {
    const ids = (f.data as { identifiers?: unknown } | null)?.identifiers;
    if (Array.isArray(ids))
      for (const i of ids as { kind?: unknown; number?: unknown }[])
        if (i.kind === 'federal-register' && (typeof i.number === 'string' || typeof i.number === 'number'))
          numbers.add(String(i.number));
  }
  return { urls, numbers };
}

export async function runMonitor(options: RunOptions): Promise<RunSummary> {
  const { root, base = process.cwd(), env = process.env, adapters = ADAPTERS, firstRunDays = 7 } = options;
  const now = options.now ?? new Date();
  const at = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const today = dayOf(now.getTime());
  const loaded = loadWatch(root, base);
  const read = readState(root, base);
  const problems = [...loaded.problems, ...read.problems];
  if (!loaded.watch || problems.length > 0) throw new MonitorConfigError(problems);
  const watch = loaded.watch;
  const state = read.state;
  const known = readKnown(root, base);
  const summary: RunSummary = { at, root, sources: [], leads: [] };
  const inRun = new Set<string>();

  for (const adapter of adapters) {
    const report: SourceSummary = {
      source: adapter.id,
      name: adapter.name,
      docs: adapter.docs,
      status: 'ok',
      requests: 0,
      returned: 0,
      matched: 0,
      written: 0,
      known: 0,
      seen: 0,
      duplicates: 0,
      skipped: [],
      errors: [],
      notes: [],
      checked: [],
    };
    summary.sources.push(report);
    const queries = adapter.queries(watch);
    if (queries.length === 0) {
      report.message = 'nothing to watch: no storyline of the watch file uses this source';
      continue;
    }
    const secret = adapter.secret ? env[adapter.secret.env]?.trim() : undefined;
    if (adapter.secret && !secret) {
      report.status = 'skipped';
      report.message = `skipped: ${adapter.secret.env} is not set (${adapter.secret.what}; see the README, "Keeping the tracker current")`;
      continue;
    }
    const checked = state.checked[adapter.id] ?? {};
    const since = (query: string) => {
      const last = checked[query];
      return last ? dayOf(Date.parse(last) - DAY) : dayOf(now.getTime() - firstRunDays * DAY);
    };
    report.since = queries.map(since).sort()[0];
    const http = createHttpClient({ ...options.http, secrets: secret ? [secret] : [] });
    const covered = new Set<string>();
    let candidates: Candidate[] = [];
    try {
      candidates = await adapter.run({
        watch,
        http,
        secret,
        today,
        since,
        covered: (q) => covered.add(q),
        error: (m) => report.errors.push(m),
        skip: (record, reason) => report.skipped.push({ record, reason }),
        note: (m) => report.notes.push(m),
      });
    } catch (error) {
      report.errors.push(error instanceof Error ? error.message : String(error));
      if (!(error instanceof SourceError)) report.notes.push('an unexpected error: please report it');
    }
    report.requests = http.requests;
    report.checked = [...covered].sort();
    report.status =
      report.errors.length === 0
        ? 'ok'
        : covered.size > 0
          ? 'partial'
          : candidates.length > 0
            ? 'partial'
            : 'failed';
    if (covered.size > 0)
      state.checked[adapter.id] = { ...checked, ...Object.fromEntries([...covered].map((q) => [q, at])) };

    const byKey = new Map<string, Candidate>();
    for (const c of candidates) {
      if (byKey.has(c.key) || inRun.has(c.key)) {
        report.duplicates += 1;
        continue;
      }
      byKey.set(c.key, c);
    }
    report.returned = byKey.size;
    for (const c of byKey.values()) {
      inRun.add(c.key);
      const matches: Match[] = matchCandidate(c, watch);
      if (matches.length === 0) continue;
      report.matched += 1;
      if (
        known.urls.has(c.url) ||
        c.identifiers.some((i) => i.kind === 'federal-register' && known.numbers.has(i.number))
      ) {
        report.known += 1;
        continue;
      }
      const entry = state.seen[c.key];
      const id = entry?.lead ?? `${adapter.id}-${slugify(c.name, 80)}`;
      if (entry) {
        report.seen += 1;
        continue;
      }
      if (existsSync(leadPath(root, id))) {
        // Written by a run whose memory was not saved: remember it now, never write it twice.
        state.seen[c.key] = { lead: id, found: today, status: 'lead' };
        report.seen += 1;
        continue;
      }
      let body = c.body ?? c.text;
      if (c.more)
        try {
          const more = await c.more();
          if (more.trim() !== '') body = more;
        } catch (error) {
          report.notes.push(
            `${c.title}: the full text could not be read (${error instanceof Error ? error.message : String(error)}); the excerpt is the listing's`,
          );
        }
      const excerpt = excerptAround(
        body,
        matches.flatMap((m) => m.phrases),
      );
      const lead: Lead = {
        id,
        source: c.source,
        document: c.key,
        url: c.url,
        title: c.title,
        date: c.date,
        publisher: c.publisher,
        ...(c.copyAt ? { copy: { at: c.copyAt } } : {}),
        kind: c.kind,
        language: c.language,
        ...(excerpt ? { excerpt } : {}),
        storylines: matches.map((m) => m.storyline),
        why: matches.map((m) => ({ storyline: m.storyline, reason: m.why })),
        ...(c.agencies.length ? { agencies: c.agencies } : {}),
        ...(c.identifiers.length ? { identifiers: c.identifiers } : {}),
        found: at,
      };
      writeLead(root, lead);
      state.seen[c.key] = { lead: id, found: today, status: 'lead' };
      report.written += 1;
      summary.leads.push({ id, source: c.source, title: c.title, date: c.date, storylines: lead.storylines });
    }
  }
  writeState(root, state);
  return summary;
}

/** The summary as the command prints it. */
export function formatSummary(summary: RunSummary, base = process.cwd()): string {
  const lines = [`Monitor run at ${summary.at} on ${shownPath(summary.root, base)}`, ''];
  for (const s of summary.sources) {
    lines.push(`${s.name} (${s.source}): ${s.status}${s.message ? ` — ${s.message}` : ''}`);
    if (s.status !== 'skipped' && !s.message?.startsWith('nothing to watch'))
      lines.push(
        `  since ${s.since ?? '?'}: returned ${String(s.returned)}, matched ${String(s.matched)}, new leads ${String(s.written)}` +
          `, seen before ${String(s.seen)}, already in the tracker ${String(s.known)}, duplicates ${String(s.duplicates)}` +
          `, records skipped ${String(s.skipped.length)} (${String(s.requests)} requests)`,
      );
    for (const e of s.errors) lines.push(`  failed: ${e}`);
    for (const k of s.skipped) lines.push(`  skipped ${k.record}: ${k.reason}`);
    for (const n of s.notes) lines.push(`  note: ${n}`);
  }
  lines.push('');
  if (summary.leads.length === 0) lines.push('No new leads.');
  else {
    lines.push(
      `${String(summary.leads.length)} new lead${summary.leads.length === 1 ? '' : 's'} in the inbox:`,
    );
    for (const l of summary.leads)
      lines.push(`  ${l.id}  ${l.date}  ${l.title}  → ${l.storylines.join(', ')}`);
    lines.push('', 'Review each: npm run data:accept <lead>, or npm run data:dismiss -- <lead> --why "…"');
  }
  return lines.join('\n');
}

import type { PolicyEvent } from '@/data/events/contract';
import { readStored, writeStored } from '@/lib/storage';

/**
 * "Since your last visit", with no account: the time of the previous visit is
 * kept in browser storage (`irt:visits`); a new browser session moves it on.
 * Within a session the comparison point stays fixed until the reader marks
 * everything as seen.
 */
export const VISITS_KEY = 'irt:visits';
const SESSION_KEY = 'irt:visit-since';

interface ChangeLog {
  date: string;
  changes: readonly { type: string; event?: string | undefined }[];
}

export interface WhatsNewItem {
  event: PolicyEvent;
  kind: ChangeKind;
}

/** Normalises a partial date (YYYY, YYYY-MM) to a full day for comparison. */
const day = (date: string) =>
  date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date.slice(0, 10);

export type ChangeKind = 'added' | 'changed';

/**
 * Which events were added or changed after `since` (an ISO date or timestamp), from the changelog
 * (its `added` and `changed`/`corrected` entries) and each event's `updated` date.
 */
export function changesSince(
  events: readonly PolicyEvent[],
  changelog: readonly ChangeLog[],
  since: string,
): Map<string, ChangeKind> {
  const after = day(since);
  const kinds = new Map<string, ChangeKind>();
  for (const entry of changelog) {
    if (day(entry.date) <= after) continue;
    for (const change of entry.changes) {
      if (!change.event) continue;
      if (change.type === 'added') kinds.set(change.event, 'added');
      else if ((change.type === 'changed' || change.type === 'corrected') && !kinds.has(change.event))
        kinds.set(change.event, 'changed');
    }
  }
  for (const e of events) if (day(e.updated) > after && !kinds.has(e.id)) kinds.set(e.id, 'changed');
  return kinds;
}

/** The events of `changesSince`, newest change first. */
export function whatsNew(
  events: readonly PolicyEvent[],
  changelog: readonly ChangeLog[],
  since: string,
): WhatsNewItem[] {
  const kinds = changesSince(events, changelog, since);
  return events
    .filter((e) => kinds.has(e.id))
    .map((event) => ({ event, kind: kinds.get(event.id) ?? 'changed' }))
    .sort((a, b) => (a.event.updated < b.event.updated ? 1 : a.event.updated > b.event.updated ? -1 : 0));
}

function session(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

const asVisit = (data: unknown) =>
  typeof data === 'object' && data !== null && typeof (data as { last?: unknown }).last === 'string'
    ? (data as { last: string })
    : null;

/**
 * The point to compare with: the previous visit's time, or null on a first
 * visit. The first call in a browser session records this visit.
 */
export function visitSince(now = new Date()): string | null {
  const store = session();
  try {
    const kept = store?.getItem(SESSION_KEY);
    if (kept !== null && kept !== undefined) return kept === '' ? null : kept;
  } catch {
    /* blocked: fall through */
  }
  const since = readStored(VISITS_KEY, 1, asVisit)?.last ?? null;
  writeStored(VISITS_KEY, 1, { last: now.toISOString() });
  try {
    store?.setItem(SESSION_KEY, since ?? '');
  } catch {
    /* the comparison point then resets at the next reload; nothing is lost */
  }
  return since;
}

/**
 * Marks everything as seen: from now on only later changes are listed. `upTo` is the newest change
 * shown (a dataset may date a change after the reader's clock), so everything listed is covered.
 */
export function markAllSeen(upTo: string | null = null, now = new Date()): string {
  const clock = now.toISOString();
  const stamp = upTo && day(upTo) > clock.slice(0, 10) ? `${day(upTo)}T23:59:59.000Z` : clock;
  writeStored(VISITS_KEY, 1, { last: stamp });
  try {
    session()?.setItem(SESSION_KEY, stamp);
  } catch {
    /* see visitSince */
  }
  return stamp;
}

/**
 * The dataset's change log, derived from the content rather than kept by hand: each release lists
 * the records added, changed and corrected since the release before it (each record's `added`,
 * `changes` and `corrections` dates), with the reason of each correction.
 */
import type { DatasetMeta } from '@/data/meta/contract';
import { startOf } from '@/lib/format';

export interface Release {
  version: string;
  /** A day, or a UTC moment (its day counts). */
  date: string;
  summary: { en: string; es: string };
}

interface History {
  added?: string;
  changes?: { date: string; note?: { en: string; es: string } }[];
  corrections?: { date: string; reason: { en: string; es: string } }[];
}

type Change = DatasetMeta['changelog'][number]['changes'][number];
type Key = 'event' | 'storyline' | 'metric';

const TYPE_ORDER = { added: 0, changed: 1, corrected: 2, removed: 3 } as const;

/**
 * `records` are the content's records by kind (`id`, and the history fields); `when` orders events
 * in a release by their own date, so a release reads chronologically.
 */
export function deriveChangelog(
  releases: readonly Release[],
  records: Record<Key, readonly { id: string; value: History; when?: string }[]>,
): DatasetMeta['changelog'] {
  return releases.map((release, i) => {
    const from = i === 0 ? '' : (releases[i - 1]?.date.slice(0, 10) ?? '');
    const to = release.date.slice(0, 10);
    const inWindow = (date: string | undefined) => !!date && date > from && date <= to;
    const changes: (Change & { sortKey: number })[] = [];
    for (const key of ['event', 'storyline', 'metric'] as const)
      for (const { id, value, when } of records[key]) {
        const sortKey = when ? startOf(when) : 0;
        if (inWindow(value.added)) changes.push({ type: 'added', [key]: id, sortKey });
        for (const c of value.changes ?? [])
          if (inWindow(c.date))
            changes.push({ type: 'changed', [key]: id, ...(c.note ? { note: c.note } : {}), sortKey });
        for (const c of value.corrections ?? [])
          if (inWindow(c.date)) changes.push({ type: 'corrected', [key]: id, note: c.reason, sortKey });
      }
    changes.sort(
      (a, b) =>
        TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
        Number(!a.event) - Number(!b.event) ||
        a.sortKey - b.sortKey ||
        String(a.event ?? a.storyline ?? a.metric).localeCompare(String(b.event ?? b.storyline ?? b.metric)),
    );
    return {
      version: release.version,
      date: to,
      summary: release.summary,
      changes: changes.map(({ sortKey: _, ...change }) => change),
    };
  });
}

import { useMemo } from 'react';
import { queries } from '@/data/queries';
import { useQuery } from '@tanstack/react-query';
import type { PolicyEvent } from '@/data/events/contract';
import { changesSince, visitSince, type ChangeKind } from '@/features/events/lib/since-last-visit';
import { useHydrated } from '@/lib/use-hydrated';

const NONE: ReadonlyMap<string, ChangeKind> = new Map();
// Read once per page.
let visit: string | null | undefined;
const lastVisit = () => (visit === undefined ? (visit = visitSince()) : visit);

/**
 * Events added or changed since the reader's previous visit (nothing on a first visit). Uses the
 * dataset changelog once it has loaded, and each event's `updated` date meanwhile.
 */
export function useChangesSinceLastVisit(events: readonly PolicyEvent[]): ReadonlyMap<string, ChangeKind> {
  const changelog = useQuery(queries.meta()).data?.changelog;
  // The reader's last visit is in their browser: none while the page drawn at build time hydrates.
  const since = useHydrated() ? lastVisit() : null;
  return useMemo(
    () => (since ? changesSince(events, changelog ?? [], since) : NONE),
    [events, changelog, since],
  );
}

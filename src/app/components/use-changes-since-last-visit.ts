import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { PolicyEvent } from '@/features/events/api/contract';
import { metaQueries } from '@/features/meta/api/queries';
import { changesSince, visitSince, type ChangeKind } from '@/features/events/lib/since-last-visit';

const NONE: ReadonlyMap<string, ChangeKind> = new Map();

/**
 * Events added or changed since the reader's previous visit (nothing on a first visit). Uses the
 * dataset changelog once it has loaded, and each event's `updated` date meanwhile.
 */
export function useChangesSinceLastVisit(events: readonly PolicyEvent[]): ReadonlyMap<string, ChangeKind> {
  const changelog = useQuery(metaQueries.detail()).data?.changelog;
  const [since] = useState(() => visitSince());
  return useMemo(
    () => (since ? changesSince(events, changelog ?? [], since) : NONE),
    [events, changelog, since],
  );
}

import { useSuspenseQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { queryClientFrom, prefetch } from '../loader-utils';
import { eventQueries } from '@/features/events/api/queries';
import { newestFirst } from '@/features/events/lib/events';
import { EventList } from '@/features/events/components/event-list';
import { QueryBoundary } from '@/components/ui/query-boundary';
import { SkippedNotice } from '@/components/ui/skipped-notice';
import { useI18n } from '@/lib/i18n/context';

export function loader({ context }: LoaderFunctionArgs) {
  prefetch(queryClientFrom(context), eventQueries.list());
  return null;
}

function Events() {
  const { m } = useI18n();
  const { items, skipped } = useSuspenseQuery(eventQueries.list()).data;
  return (
    <>
      <SkippedNotice skipped={skipped} />
      <p className="count" role="status">
        {m.timeline.count(items.length, items.length)}
      </p>
      {items.length === 0 ? <p>{m.errors.empty}</p> : <EventList events={newestFirst(items)} />}
    </>
  );
}

export function Component() {
  const { m } = useI18n();
  return (
    <div className="page">
      <title>{`${m.timeline.title} · ${m.appName}`}</title>
      <h1>{m.timeline.title}</h1>
      <p className="lede">{m.timeline.intro}</p>
      <QueryBoundary loadingLabel={m.loadingData(m.resources['events.json'] ?? '')}>
        <Events />
      </QueryBoundary>
    </div>
  );
}

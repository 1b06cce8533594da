import { lazy, Suspense } from 'react';
import { PageHead } from '@/components/ui/page-head';
import { useSuspenseQuery } from '@tanstack/react-query';
import { queries } from '@/data/queries';
import type { LoaderFunctionArgs } from 'react-router';
import { fetching, loadWithin, queryClientFrom } from '../loader-utils';
import { newestFirst } from '@/features/events/lib/events';
import { EventDateText } from '@/features/events/components/event-date';
import { HeadlineCards } from '@/features/metrics/components/headline-cards';
import { StorylineBoard, StorylineStripSection } from '../components/storyline-board';
import { QueryBoundary } from '@/components/ui/query-boundary';
import { SkippedNotice } from '@/components/ui/skipped-notice';
import { VerificationBadge } from '@/components/ui/verification-badge';
import { AppLink } from '@/components/ui/app-link';
import { href } from '@/config/paths';
import { useI18n } from '@/lib/i18n/context';
import { ViewActions } from '../components/view-actions';

// "What's new since your last visit", loaded after the page has drawn so its code, text and
// storage access stay out of the first page's JavaScript (see ../components/whats-new).
const WhatsNew = lazy(() => import('../components/whats-new'));

/** The curated deck the overview's Present action opens. */
const OVERVIEW_DECK = 'iron-river-in-ten-events';

export async function loader({ context }: LoaderFunctionArgs) {
  const queryClient = queryClientFrom(context);
  await loadWithin(200, [
    fetching(queryClient, queries.events()),
    fetching(queryClient, queries.storylines()),
    fetching(queryClient, queries.metrics()),
    fetching(queryClient, queries.sources()),
  ]);
  return null;
}

function Headlines() {
  const metrics = useSuspenseQuery(queries.metrics()).data;
  const sources = useSuspenseQuery(queries.sources()).data;
  return (
    <>
      <SkippedNotice skipped={[...metrics.skipped, ...sources.skipped]} />
      <HeadlineCards metrics={metrics.items} sources={sources.items} />
    </>
  );
}

function Latest() {
  const { lang, m } = useI18n();
  const events = useSuspenseQuery(queries.events()).data;
  const latest = newestFirst(events.items).slice(0, 6);
  if (latest.length === 0) return <p>{m.errors.empty}</p>;
  return (
    <>
      <SkippedNotice skipped={events.skipped} />
      <ol className="event-list compact">
        {latest.map((event) => (
          <li key={event.id} className="event-item">
            <p className="event-date">
              <EventDateText date={event.date} />
            </p>
            <p className="event-title">
              <AppLink to={href('event', { id: event.id })}>{event.title[lang]}</AppLink>
            </p>
            <p className="event-meta">
              <span className={`tag tag-${event.category}`}>{m.category[event.category]}</span>
              {event.verification !== 'confirmed' ? <VerificationBadge level={event.verification} /> : null}
            </p>
          </li>
        ))}
      </ol>
      <p>
        <AppLink to={href('timeline')}>{m.overview.allEvents}</AppLink>
      </p>
    </>
  );
}

export function Component() {
  const { m } = useI18n();
  return (
    <div className="page">
      <PageHead title={m.appName} description={m.overview.intro} />
      <section className="intro" aria-labelledby="page-title">
        <h1 id="page-title">{m.appName}</h1>
        <p className="lede">{m.overview.intro}</p>
        <ViewActions present={`deck=${OVERVIEW_DECK}`} feed="feeds/events" />
      </section>
      <section aria-labelledby="headlines-title">
        <h2 id="headlines-title">{m.overview.headlines}</h2>
        <QueryBoundary loadingLabel={m.loadingData(m.resources['metrics.json'] ?? '')}>
          <Headlines />
        </QueryBoundary>
      </section>
      <QueryBoundary>
        <StorylineStripSection fromYear={2018} />
      </QueryBoundary>
      <div className="two-col">
        <section aria-labelledby="latest-title">
          <h2 id="latest-title">{m.overview.latest}</h2>
          <QueryBoundary loadingLabel={m.loadingData(m.resources['events.json'] ?? '')}>
            <Latest />
          </QueryBoundary>
        </section>
        <section aria-labelledby="board-title">
          <h2 id="board-title">{m.overview.statusBoard}</h2>
          <QueryBoundary loadingLabel={m.loadingData(m.resources['storylines.json'] ?? '')}>
            <StorylineBoard />
          </QueryBoundary>
        </section>
      </div>
      <QueryBoundary>
        <Suspense fallback={null}>
          <WhatsNew />
        </Suspense>
      </QueryBoundary>
    </div>
  );
}

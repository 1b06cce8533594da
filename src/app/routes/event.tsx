import { queries } from '@/data/queries';
import { PageHead } from '@/components/ui/page-head';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { ensureItemId, prefetch, queryClientFrom } from '../loader-utils';
import { GlossaryText, useGlossaryMarks } from '@/features/glossary/components/glossary-text';
import { storylineNeighbours } from '@/features/events/lib/events';
import { EventDateText } from '@/features/events/components/event-date';
import {
  EventSources,
  RelatedEvents,
  RelatedMetrics,
  StorylineNav,
} from '@/features/events/components/event-sections';
import { DateText } from '@/components/ui/date-text';
import { QueryBoundary } from '@/components/ui/query-boundary';
import { DetailPage } from '../detail-page';
import { loadEventMessages, useEventMessages } from './event.messages';
import { ViewActions } from '../components/view-actions';
import { useChangesSinceLastVisit } from '../components/use-changes-since-last-visit';
import { CiteEvent, EventFacts, SuggestCorrection } from '../components/event-record';
import { Corrections } from '@/components/ui/corrections';
import { ChangeBadge } from '@/features/events/components/change-badge';
import { VerificationBadge } from '@/components/ui/verification-badge';
import { byId, present } from '@/lib/collections';
import { useI18n } from '@/lib/i18n/context';
import { loaderLang } from '@/lib/i18n/page-messages';
import { loadSourcesMessages } from '@/features/sources/messages';

export async function loader({ context, params, pattern }: LoaderFunctionArgs) {
  const queryClient = queryClientFrom(context);
  prefetch(queryClient, queries.storylines());
  prefetch(queryClient, queries.sources());
  prefetch(queryClient, queries.actors());
  prefetch(queryClient, queries.metrics());
  prefetch(queryClient, queries.meta());
  prefetch(queryClient, queries.glossary());
  const lang = loaderLang({ pattern });
  const [item] = await Promise.all([
    ensureItemId(queryClient, queries.events(), params.id),
    loadEventMessages(lang),
    loadSourcesMessages(lang),
  ]);
  return item;
}

function Details({ id }: { id: string }) {
  const { lang, m } = useI18n();
  const t = useEventMessages();
  const events = useSuspenseQuery(queries.events()).data.items;
  const storylines = byId(useSuspenseQuery(queries.storylines()).data.items);
  const sources = byId(useSuspenseQuery(queries.sources()).data.items);
  const actors = byId(useSuspenseQuery(queries.actors()).data.items);
  const metrics = byId(useSuspenseQuery(queries.metrics()).data.items);
  const terms = useQuery(queries.glossary()).data?.items ?? [];
  const eventsById = byId(events);
  const changes = useChangesSinceLastVisit(events);
  const event = eventsById.get(id);
  const [summary, ...notes] = useGlossaryMarks(
    event ? [event.summary[lang], ...event.notes.map((note) => note[lang])] : [],
    terms,
  );
  if (!event) return null;
  const storyline = event.storyline ? storylines.get(event.storyline) : undefined;
  const { previous, next } = storylineNeighbours(event, events);
  const eventSources = present(event.sources.map((s) => sources.get(s)));
  return (
    <article className="page narrow event-page">
      <PageHead
        title={event.title[lang]}
        description={event.summary[lang]}
        preview={{ kind: 'events', id: event.id }}
        article
      />
      <p className="event-date big-date">
        <EventDateText date={event.date} />
      </p>
      <h1>{event.title[lang]}</h1>
      <p className="event-meta">
        <ChangeBadge kind={changes.get(event.id)} />
        <span className={`tag tag-${event.category}`}>{m.category[event.category]}</span>
        <span className="tag">{m.jurisdiction[event.jurisdiction]}</span>
        {event.context ? (
          <span className="tag tag-context" title={t.contextNote}>
            {t.context}
          </span>
        ) : null}
      </p>
      <p className="muted small record-dates">
        {t.added} <DateText iso={event.added} />
        {event.updated !== event.added ? (
          <>
            {' · '}
            {t.updated} <DateText iso={event.updated} />
          </>
        ) : null}
      </p>
      {event.context ? <p className="muted small">{t.contextNote}</p> : null}
      <p>
        <VerificationBadge level={event.verification} explain />
      </p>
      <ViewActions />
      <section aria-labelledby="summary-title">
        <h2 id="summary-title">{m.event.summary}</h2>
        <p>
          <GlossaryText segments={summary} />
        </p>
      </section>
      {event.notes.length > 0 ? (
        <section aria-labelledby="notes-title" className="callout callout-note">
          <h2 id="notes-title">{m.event.notes}</h2>
          <ul>
            {event.notes.map((note, i) => (
              <li key={note.en}>
                <GlossaryText segments={notes[i]} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <EventFacts event={event} actors={actors} storyline={storyline} />
      <StorylineNav previous={previous} next={next} />
      <EventSources event={event} sources={eventSources} />
      <RelatedEvents event={event} events={eventsById} />
      <RelatedMetrics event={event} metrics={metrics} />
      <Corrections corrections={event.corrections} />
      <QueryBoundary>
        <CiteEvent event={event} />
      </QueryBoundary>
      <SuggestCorrection event={event} />
    </article>
  );
}

export function Component() {
  return <DetailPage loader={useLoaderData<typeof loader>()} Details={Details} />;
}

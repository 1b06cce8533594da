import { useState } from 'react';
import { queries } from '@/data/queries';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { ensureItemId, prefetch, queryClientFrom } from '../loader-utils';
import { GlossaryText, useGlossaryMarks } from '@/features/glossary/components/glossary-text';
import { storylineNeighbours } from '@/features/events/lib/events';
import { EventDateText } from '@/features/events/components/event-date';
import { AppLink } from '@/components/ui/app-link';
import { QueryBoundary } from '@/components/ui/query-boundary';
import { DetailPage } from '../detail-page';
import { ViewActions } from '../components/view-actions';
import { useChangesSinceLastVisit } from '../components/use-changes-since-last-visit';
import { ChangeBadge } from '@/features/events/components/change-badge';
import { SourceLine } from '@/components/ui/source-links';
import { VerificationBadge } from '@/components/ui/verification-badge';
import { env } from '@/config/env';
import { href, withLang } from '@/config/paths';
import { byId, present } from '@/lib/collections';
import { formatPartialDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';

export async function loader({ context, params }: LoaderFunctionArgs) {
  const queryClient = queryClientFrom(context);
  prefetch(queryClient, queries.storylines());
  prefetch(queryClient, queries.sources());
  prefetch(queryClient, queries.actors());
  prefetch(queryClient, queries.metrics());
  prefetch(queryClient, queries.meta());
  prefetch(queryClient, queries.glossary());
  return ensureItemId(queryClient, queries.events(), params.id);
}

function Citation({ title, date }: { title: string; date: string }) {
  const { lang, m } = useI18n();
  const meta = useSuspenseQuery(queries.meta()).data;
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const url = typeof window === 'undefined' ? '' : withLang(window.location.href.split('?')[0] ?? '', lang);
  const text = m.event.citation(title, date, meta.datasetVersion, url);
  return (
    <section aria-labelledby="cite-title" className="panel">
      <h2 id="cite-title">{m.event.cite}</h2>
      <p className="citation">{text}</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          navigator.clipboard.writeText(text).then(
            () => {
              setState('copied');
            },
            () => {
              setState('failed');
            },
          );
        }}
      >
        {m.event.copy}
      </button>
      <span role="status" className="muted">
        {state === 'copied' ? m.event.copied : state === 'failed' ? m.event.copyFailed : ''}
      </span>
    </section>
  );
}

function Details({ id }: { id: string }) {
  const { lang, m } = useI18n();
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
  const stageIndex = storyline?.stages.findIndex((s) => s.id === event.stage) ?? -1;
  const { previous, next } = storylineNeighbours(event, events);
  const eventSources = present(event.sources.map((s) => sources.get(s)));
  return (
    <article className="page narrow event-page">
      <title>{`${event.title[lang]} · ${m.appName}`}</title>
      <p className="event-date big-date">
        <EventDateText date={event.date} />
      </p>
      <h1>{event.title[lang]}</h1>
      <p className="event-meta">
        <ChangeBadge kind={changes.get(event.id)} />
        <span className={`tag tag-${event.category}`}>{m.category[event.category]}</span>
        <span className="tag">{m.jurisdiction[event.jurisdiction]}</span>
      </p>
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
      <dl className="facts">
        <dt>{m.event.actors}</dt>
        <dd>
          {present(event.actors.map((a) => actors.get(a)))
            .map((a) => a.name[lang])
            .join('; ')}
        </dd>
        {storyline ? (
          <>
            <dt>{m.event.storyline}</dt>
            <dd>
              <AppLink to={href('storyline', { id: storyline.id })}>{storyline.title[lang]}</AppLink>
            </dd>
            <dt>{m.event.stage}</dt>
            <dd>
              <ol className="stage-strip">
                {storyline.stages.map((stage, i) => (
                  <li key={stage.id} aria-current={i === stageIndex ? 'step' : undefined}>
                    {stage.label[lang]}
                  </li>
                ))}
              </ol>
            </dd>
          </>
        ) : null}
      </dl>
      {previous || next ? (
        <nav className="prev-next" aria-label={m.event.storyline}>
          {previous ? (
            <AppLink to={href('event', { id: previous.id })}>
              ← {m.event.previous}: {previous.title[lang]}
            </AppLink>
          ) : (
            <span />
          )}
          {next ? (
            <AppLink to={href('event', { id: next.id })}>
              {m.event.next}: {next.title[lang]} →
            </AppLink>
          ) : null}
        </nav>
      ) : null}
      <section aria-labelledby="sources-title">
        <h2 id="sources-title">{m.event.sources}</h2>
        <ul className="source-list">
          {eventSources.map((source) => (
            <li key={source.id}>
              <SourceLine source={source} />
              {source.quote ? (
                <blockquote lang={source.language} className="quote">
                  {source.quote}
                </blockquote>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      {event.relatedEvents.length > 0 ? (
        <section aria-labelledby="related-title">
          <h2 id="related-title">{m.event.related}</h2>
          <ul>
            {present(event.relatedEvents.map((r) => eventsById.get(r))).map((r) => (
              <li key={r.id}>
                <AppLink to={href('event', { id: r.id })}>{r.title[lang]}</AppLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {event.relatedMetrics.length > 0 ? (
        <section aria-labelledby="metrics-title">
          <h2 id="metrics-title">{m.event.relatedMetrics}</h2>
          <ul>
            {present(event.relatedMetrics.map((r) => metrics.get(r))).map((r) => (
              <li key={r.id}>
                <AppLink
                  to={
                    r.timeBased && event.storyline
                      ? `${href('metric', { id: r.id })}?events=${event.storyline}&highlight=${event.id}`
                      : href('metric', { id: r.id })
                  }
                >
                  {r.title[lang]}
                </AppLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <QueryBoundary>
        <Citation title={event.title[lang]} date={formatPartialDate(event.date.start, lang)} />
      </QueryBoundary>
      <p>
        <a href={env.correctionsUrl}>{m.event.suggest}</a>
      </p>
    </article>
  );
}

export function Component() {
  return <DetailPage loader={useLoaderData<typeof loader>()} Details={Details} />;
}

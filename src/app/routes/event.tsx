import { queries } from '@/data/queries';
import { PageHead } from '@/components/ui/page-head';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { ensureItemId, prefetch, queryClientFrom } from '../loader-utils';
import { GlossaryText, useGlossaryMarks } from '@/features/glossary/components/glossary-text';
import { storylineNeighbours } from '@/features/events/lib/events';
import { EventDateText } from '@/features/events/components/event-date';
import { DateText } from '@/components/ui/date-text';
import { AppLink } from '@/components/ui/app-link';
import { QueryBoundary } from '@/components/ui/query-boundary';
import { DetailPage } from '../detail-page';
import { eventMessages } from './event.messages';
import { sourcesMessages } from '@/features/sources/messages';
import { ViewActions } from '../components/view-actions';
import { useChangesSinceLastVisit } from '../components/use-changes-since-last-visit';
import { ChangeBadge } from '@/features/events/components/change-badge';
import { SourceLine } from '@/components/ui/source-links';
import { VerificationBadge } from '@/components/ui/verification-badge';
import { env } from '@/config/env';
import { href } from '@/config/paths';
import { byId, present } from '@/lib/collections';
import { formatPartialDate } from '@/lib/format';
import { correctionHref } from '@/lib/corrections';
import { usePageUrl } from '@/lib/use-page-url';
import type { PolicyEvent } from '@/data/events/contract';
import { CiteThis, useCitationContext } from '@/features/sources/components/cite-this';
import { IdentifierList } from '@/features/sources/components/identifier-list';
import { cite } from '@/features/sources/lib/cite';
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

/** "Cite this" for an event: the record, and the matter itself where it has a docket or bill number. */
function CiteEvent({ event }: { event: PolicyEvent }) {
  const { lang } = useI18n();
  const context = useCitationContext();
  const url = usePageUrl(lang);
  const citations = cite({
    id: event.id,
    title: event.title[lang],
    date: event.date.start,
    url,
    lang,
    identifiers: event.identifiers,
    ...context,
  });
  return (
    <CiteThis
      citations={citations}
      file={event.id}
      heading={sourcesMessages[lang].title}
      accessed={context.accessed}
    />
  );
}

/** "Suggest a correction", when an address is configured (VITE_CORRECTIONS_URL); nothing otherwise. */
function SuggestCorrection({ event }: { event: PolicyEvent }) {
  const { lang, m } = useI18n();
  const t = eventMessages[lang];
  const url = usePageUrl(lang);
  const target = correctionHref(env.correctionsUrl, { id: event.id, title: event.title[lang], url });
  if (!target) return null;
  return (
    <p className="suggest-correction">
      <a href={target} target="_blank" rel="noopener noreferrer">
        {m.event.suggest}
        <span className="visually-hidden"> {m.event.opensNewTab}</span>
      </a>
      <br />
      <span className="muted small">{t.suggestHint}</span>
    </p>
  );
}

function SourceQuote({ text, lang }: { text: string | undefined; lang: string }) {
  if (!text) return null;
  return (
    <blockquote lang={lang} className="quote">
      {text}
    </blockquote>
  );
}

function Details({ id }: { id: string }) {
  const { lang, m } = useI18n();
  const t = eventMessages[lang];
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
      <dl className="facts">
        <dt>{m.event.actors}</dt>
        <dd>
          {present(event.actors.map((a) => actors.get(a)))
            .map((a) => a.name[lang])
            .join('; ')}
        </dd>
        {event.identifiers?.length ? (
          <>
            <dt>{t.identifiers}</dt>
            <dd>
              <IdentifierList identifiers={event.identifiers} />
            </dd>
          </>
        ) : null}
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
              <SourceQuote text={event.quotes?.[source.id] ?? source.quote} lang={source.language} />
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
      {event.corrections?.length ? (
        <section aria-labelledby="corrections-title" className="callout">
          <h2 id="corrections-title">{t.corrections}</h2>
          <ul>
            {event.corrections.map((c) => (
              <li key={`${c.date}:${c.reason.en}`}>
                <strong>{t.correctedOn(formatPartialDate(c.date, lang))}:</strong> {c.reason[lang]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
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

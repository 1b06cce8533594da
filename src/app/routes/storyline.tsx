import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { PageHead } from '@/components/ui/page-head';
import { queries } from '@/data/queries';
import { ViewActions } from '../components/view-actions';
import { EmbedCode } from '../components/embed-code';
import { loadEmbedCodeMessages } from '../components/embed-code.messages';
import { oembedPath } from '@/config/embeds';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { ensureItemId, prefetch, queryClientFrom } from '../loader-utils';
import { GlossaryText, useGlossaryMarks } from '@/features/glossary/components/glossary-text';
import { compareEvents } from '@/features/events/lib/events';
import { EventDateText } from '@/features/events/components/event-date';
import { AppLink } from '@/components/ui/app-link';
import { DetailPage } from '../detail-page';
import { href } from '@/config/paths';
import { byId } from '@/lib/collections';
import { useI18n } from '@/lib/i18n/context';
import { loaderLang } from '@/lib/i18n/page-messages';
import { loadStorylineMessages } from '@/features/storylines/messages';
import { useToday } from '@/lib/use-today';
import { QuietNotice, StatusCurrency } from '@/features/storylines/components/status-currency';
import { StageList } from '@/features/storylines/components/stage-list';
import { MiniTimeline } from '@/features/storylines/components/mini-timeline';
import { isQuiet, newestDate } from '@/features/storylines/lib/currency';

export async function loader({ context, params, pattern }: LoaderFunctionArgs) {
  const queryClient = queryClientFrom(context);
  prefetch(queryClient, queries.events());
  prefetch(queryClient, queries.actors());
  prefetch(queryClient, queries.glossary());
  prefetch(queryClient, queries.sources());
  prefetch(queryClient, queries.meta());
  const [item] = await Promise.all([
    ensureItemId(queryClient, queries.storylines(), params.id),
    loadStorylineMessages(loaderLang({ pattern })),
    loadEmbedCodeMessages(loaderLang({ pattern })),
  ]);
  return item;
}

function Details({ id }: { id: string }) {
  const { lang, m } = useI18n();
  const storyline = useSuspenseQuery(queries.storylines()).data.items.find((s) => s.id === id);
  const events = byId(useSuspenseQuery(queries.events()).data.items);
  const actors = byId(useSuspenseQuery(queries.actors()).data.items);
  const sources = byId(useSuspenseQuery(queries.sources()).data.items);
  const released = useSuspenseQuery(queries.meta()).data.lastUpdated.slice(0, 10);
  const today = useToday(released);
  const terms = useQuery(queries.glossary()).data?.items ?? [];
  const [why, ...explanations] = useGlossaryMarks(
    storyline
      ? [storyline.whyItMatters[lang], ...storyline.stages.map((stage) => stage.explanation[lang])]
      : [],
    terms,
  );
  if (!storyline) return null;
  const storyEvents = storyline.stages
    .flatMap((stage) => stage.events.map((e) => events.get(e)))
    .filter((e) => e !== undefined)
    .sort(compareEvents);
  const newest = newestDate(storyEvents);
  return (
    <article className="page narrow">
      <PageHead
        title={storyline.title[lang]}
        description={`${storyline.status.text[lang]} ${storyline.whyItMatters[lang]}`}
        preview={{ kind: 'storylines', id: storyline.id }}
        oembed={oembedPath('storylines', storyline.id, lang)}
        article
      />
      <div className="title-row">
        <h1>{storyline.title[lang]}</h1>
        <ViewActions present={`storyline=${storyline.id}`} feed={`feeds/storylines/${storyline.id}`}>
          <EmbedCode kind="storylines" id={storyline.id} title={storyline.title[lang]} />
        </ViewActions>
      </div>
      <section aria-labelledby="why-title" className="why">
        <h2 id="why-title">{m.storyline.why}</h2>
        <p className="lede">
          <GlossaryText segments={why} />
        </p>
      </section>
      <section aria-labelledby="status-title" className="panel">
        <h2 id="status-title">
          {m.storyline.status}:{' '}
          <span className={`status status-${storyline.status.kind}`}>{m.status[storyline.status.kind]}</span>
        </h2>
        <p>{storyline.status.text[lang]}</p>
        <StatusCurrency storyline={storyline} sources={sources} />
      </section>
      {newest && isQuiet(newest, today) ? <QuietNotice since={newest} /> : null}
      <MiniTimeline events={storyEvents} label={m.storyline.events(storyEvents.length)} />
      {storyline.venues.length > 0 ? (
        <section aria-labelledby="venues-title">
          <h2 id="venues-title">{m.storyline.venues}</h2>
          <ol className="venues">
            {storyline.venues.map((v) => (
              <li key={v.actor}>
                <span className="muted">{m.storyline.venueLevel[v.level]}:</span>{' '}
                {actors.get(v.actor)?.name[lang] ?? v.actor}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="stages-title">
        <h2 id="stages-title">{m.storyline.stages}</h2>
        <StageList
          storyline={storyline}
          stages={storyline.stages.map((stage) => ({
            stage,
            events: stage.events
              .map((e) => events.get(e))
              .filter((e) => e !== undefined)
              .sort(compareEvents),
          }))}
          explanation={(_, index) => <GlossaryText segments={explanations[index]} />}
          eventLine={(event) => (
            <>
              <EventDateText date={event.date} />:{' '}
              <AppLink to={href('event', { id: event.id })}>{event.title[lang]}</AppLink>
            </>
          )}
        />
      </section>
    </article>
  );
}

export function Component() {
  return <DetailPage loader={useLoaderData<typeof loader>()} Details={Details} />;
}

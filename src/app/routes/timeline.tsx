import { useMemo } from 'react';
import { PageHead } from '@/components/ui/page-head';
import { queries } from '@/data/queries';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { ensure, prefetch, queryClientFrom } from '../loader-utils';
import { createFrameStore } from '../components/metric-rail';
import { TimelineRail } from '../components/timeline-rail';
import { ViewActions } from '../components/view-actions';
import { SavedViews } from '@/features/views/components/saved-views';
import { inDateOrder } from '@/features/events/lib/events';
import { filterEvents } from '@/features/events/lib/filter';
import {
  parseTimelineSearch,
  serializeTimelineSearch,
  defaultTimelineSearch,
} from '@/features/events/search-params';
import { loadTimelineMessages, useTimelineMessages } from '@/features/events/timeline-messages';
import { loadPanelMessages } from '@/features/metrics/panel-messages';
import { useChangesSinceLastVisit } from '../components/use-changes-since-last-visit';
import { TimelineFilters } from '@/features/events/components/timeline-filters';
import { IgnoredParams } from '@/features/events/components/timeline-notices';
import { TimelineResults } from '@/features/events/components/timeline-results';
import { useIdleSearchIndex } from '@/features/events/components/use-search-index';
import {
  useAxisViewUrl,
  useTimelineUpdate,
  useFilterSearch,
  useTypedQuery,
} from '@/features/events/components/use-timeline-url';
import { useWide } from '@/features/events/components/use-wide';
import { SkippedNotice } from '@/components/ui/skipped-notice';
import { href } from '@/config/paths';
import { localize } from '@/lib/i18n/lang';
import { byId } from '@/lib/collections';
import { useI18n } from '@/lib/i18n/context';
import { loaderLang } from '@/lib/i18n/page-messages';

export async function loader({ context, request, pattern }: LoaderFunctionArgs) {
  const queryClient = queryClientFrom(context);
  // The charts under the timeline load alongside; if they fail, only they say so.
  prefetch(queryClient, queries.metrics());
  const params = new URL(request.url).searchParams;
  const lang = loaderLang({ pattern });
  const [, actors, storylines] = await Promise.all([
    ensure(queryClient, queries.events()),
    ensure(queryClient, queries.actors()),
    ensure(queryClient, queries.storylines()),
    ensure(queryClient, queries.sources()),
    // The timeline's texts, and the panel's for the charts under its axis.
    loadTimelineMessages(lang),
    loadPanelMessages(lang),
  ]);
  return parseTimelineSearch(params, {
    actors: new Set(actors.items.map((a) => a.id)),
    storylines: new Set(storylines.items.map((s) => s.id)),
  });
}

export function Component() {
  const { search, ignored } = useLoaderData<typeof loader>();
  const { lang, m } = useI18n();
  const t = useTimelineMessages();
  const navigate = useNavigate();
  const wide = useWide();

  const eventsData = useSuspenseQuery(queries.events()).data;
  const actorsData = useSuspenseQuery(queries.actors()).data;
  const storylinesData = useSuspenseQuery(queries.storylines()).data;
  const sourcesData = useSuspenseQuery(queries.sources()).data;
  const all = eventsData.items;
  const actors = useMemo(() => byId(actorsData.items), [actorsData]);
  const storylines = useMemo(() => byId(storylinesData.items), [storylinesData]);
  const index = useIdleSearchIndex(all, actors, sourcesData.items);

  const update = useTimelineUpdate();
  const { effective, onQuery, cancel: cancelTyping } = useTypedQuery(search, update);
  const sortedAll = useMemo(() => inDateOrder(all), [all]);
  const filters = useFilterSearch(effective);
  const result = useMemo(
    () => filterEvents(sortedAll, filters, index, lang),
    [sortedAll, filters, index, lang],
  );
  const view = search.view ?? (wide ? 'axis' : 'list');
  const [onAxisView, cancelAxisWrite, axisEcho] = useAxisViewUrl(search, update);

  const changes = useChangesSinceLastVisit(all);
  const frameStore = useMemo(() => createFrameStore(), []);
  const open = (id: string) => {
    cancelAxisWrite();
    void navigate(localize(href('event', { id }), lang));
  };
  const rail = (
    <TimelineRail
      search={search}
      view={view}
      wide={wide}
      frameStore={frameStore}
      events={result.events}
      update={update}
      onOpen={open}
    />
  );
  function clearFilters() {
    cancelTyping();
    update({ ...defaultTimelineSearch, view: search.view, lanes: search.lanes });
  }
  const shown = result.events.length > 0;
  const present = { ...search, view: null, event: null, panels: null, lanes: 'category' as const };

  return (
    <div className="page timeline-page">
      <PageHead title={m.timeline.title} description={m.timeline.intro} />
      <a className="skip-inline" href="#results">
        {t.skipToResults}
      </a>
      <div className="title-row">
        <h1>{m.timeline.title}</h1>
        <ViewActions feed="feeds/events" present={shown ? serializeTimelineSearch(present) : null} />
      </div>
      <SavedViews path={href('timeline')} query={serializeTimelineSearch(search)} />
      <SkippedNotice
        skipped={[eventsData, actorsData, storylinesData, sourcesData].flatMap((d) => d.skipped)}
      />
      <IgnoredParams ignored={ignored} t={t} />
      <div className="timeline-layout">
        <TimelineFilters
          search={search}
          effective={effective}
          counts={result.counts}
          storylines={storylinesData.items}
          actors={actorsData.items}
          t={t}
          folded={!wide}
          update={update}
          onQuery={onQuery}
          onClear={clearFilters}
        />
        <div className="timeline-main" id="results" tabIndex={-1}>
          <TimelineResults
            search={search}
            view={view}
            events={result.events}
            total={all.length}
            selected={search.event ? all.find((e) => e.id === search.event) : undefined}
            changes={changes}
            actors={actors}
            storylines={storylines}
            t={t}
            update={update}
            onOpen={open}
            onAxisView={onAxisView}
            axisEcho={axisEcho}
            onViewportChange={frameStore.set}
            onClear={clearFilters}
            rail={rail}
          />
        </div>
      </div>
    </div>
  );
}

import { useId } from 'react';
import { PageHead } from '@/components/ui/page-head';
import { queries } from '@/data/queries';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { ensure, ensureItemId, prefetch, queryClientFrom } from '../loader-utils';
import { ObservationTable } from '@/features/metrics/components/observation-table';
import { PanelDownloads } from '@/features/metrics/components/panel-downloads';
import { PanelTabList } from '@/features/metrics/components/panel-tabs';
import { parsePanelSearch, serializePanelSearch, type PanelSearch } from '@/features/metrics/search-params';
import { loadPanelMessages, usePanelMessages } from '@/features/metrics/panel-messages';
import { DateText } from '@/components/ui/date-text';
import { Corrections } from '@/components/ui/corrections';
import { QueryBoundary } from '@/components/ui/query-boundary';
import { SourceList } from '@/components/ui/source-links';
import { VerificationBadge } from '@/components/ui/verification-badge';
import { byId } from '@/lib/collections';
import { formatPartialDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';
import { loaderLang } from '@/lib/i18n/page-messages';
import { ViewActions } from '../components/view-actions';
import { EmbedCode } from '../components/embed-code';
import { loadEmbedCodeMessages } from '../components/embed-code.messages';
import { oembedPath } from '@/config/embeds';
import { ChartPanel } from '../components/metric-chart-panel';
import { preloadCharts } from '@/features/metrics/components/planned-chart';

export async function loader({ context, params, request, pattern }: LoaderFunctionArgs) {
  const queryClient = queryClientFrom(context);
  // On a wide screen the chart is in the first screenful: its code loads with the page's data. On
  // a phone it starts below the fold and loads when the reader scrolls to it (ChartWhenSeen).
  if (typeof matchMedia === 'function' && matchMedia('(min-width: 48rem)').matches) preloadCharts();
  prefetch(queryClient, queries.sources());
  prefetch(queryClient, queries.events());
  prefetch(queryClient, queries.meta());
  const [{ id }, storylines] = await Promise.all([
    ensureItemId(queryClient, queries.metrics(), params.id),
    ensure(queryClient, queries.storylines()),
    loadPanelMessages(loaderLang({ pattern })),
    loadEmbedCodeMessages(loaderLang({ pattern })),
  ]);
  const search = parsePanelSearch(
    new URL(request.url).searchParams,
    new Set(storylines.items.map((s) => s.id)),
  );
  return { id, search };
}

function Details({ id, search }: { id: string; search: PanelSearch }) {
  const { lang, m } = useI18n();
  const p = usePanelMessages();
  const navigate = useNavigate();
  const tabsId = useId();
  const metric = useSuspenseQuery(queries.metrics()).data.items.find((x) => x.id === id);
  const sources = byId(useSuspenseQuery(queries.sources()).data.items);
  const version = useQuery(queries.meta()).data?.datasetVersion ?? '';
  const events = useQuery(queries.events()).data?.items ?? [];
  if (!metric) return null;
  const setSearch = (next: PanelSearch, replace = false) => {
    const query = serializePanelSearch(next);
    void navigate({ search: query ? `?${query}` : '' }, { replace, preventScrollReset: true });
  };
  const used = [...new Set(metric.observations.flatMap((o) => o.sources))];
  const markers = search.events ?? metric.defaultEventStorylines;
  return (
    <article className="page metric-page">
      <PageHead
        title={metric.title[lang]}
        description={metric.description[lang]}
        preview={{ kind: 'metrics', id: metric.id }}
        oembed={oembedPath('metrics', metric.id, lang)}
        article
      />
      <h1>{metric.title[lang]}</h1>
      <p className="lede">{metric.description[lang]}</p>
      <p className="muted">
        {m.metrics.unit}: {m.unit[metric.unit]} · {m.metrics.updated} <DateText iso={metric.updated} /> ·{' '}
        {m.metrics.count(metric.observations.length)}{' '}
        {[...new Set(metric.observations.map((o) => o.verification))].map((v) => (
          <VerificationBadge key={v} level={v} />
        ))}
      </p>
      <div className="panel-actions">
        <PanelDownloads
          metric={metric}
          sources={sources}
          version={version}
          marking={{ events, storylines: markers, highlight: search.highlight }}
        />
        <ViewActions
          present={metric.timeBased && markers.length > 0 ? `storyline=${markers.join(',')}` : null}
        >
          <EmbedCode kind="metrics" id={metric.id} title={metric.title[lang]} />
        </ViewActions>
      </div>
      <PanelTabList
        id={tabsId}
        tab={search.tab}
        onTab={(tab) => {
          setSearch({ ...search, tab });
        }}
      />
      <div
        role="tabpanel"
        id={`${tabsId}-panel`}
        aria-labelledby={`${tabsId}-${search.tab}`}
        className="tab-panel"
      >
        {search.tab === 'chart' ? (
          <ChartPanel
            metric={metric}
            search={search}
            onSearch={(next) => {
              setSearch(next);
            }}
          />
        ) : null}
        {search.tab === 'table' ? <ObservationTable metric={metric} sources={sources} /> : null}
        {search.tab === 'sources' ? (
          <section aria-label={p.sourcesTitle}>
            <SourceList ids={used} sources={sources} />
          </section>
        ) : null}
      </div>
      {/* Printed, the page carries the chart, the table and the sources whichever tab is open. */}
      <div className="print-only" hidden>
        {search.tab !== 'table' ? <ObservationTable metric={metric} sources={sources} /> : null}
        {search.tab !== 'sources' ? (
          <section>
            <h2>{p.sourcesTitle}</h2>
            <SourceList ids={used} sources={sources} />
          </section>
        ) : null}
      </div>
      <section aria-labelledby="caveats-title" className="callout callout-note">
        <h2 id="caveats-title">{m.metrics.caveats}</h2>
        <ul>
          {metric.caveats.map((c) => (
            <li key={c.en}>{c[lang]}</li>
          ))}
        </ul>
      </section>
      <Corrections corrections={metric.corrections} />
      <p className="muted small">
        {m.footer.dataset(version)} · {formatPartialDate(metric.updated, lang)}
      </p>
    </article>
  );
}

export function Component() {
  const { id, search } = useLoaderData<typeof loader>();
  return (
    <QueryBoundary>
      <Details id={id} search={search} />
    </QueryBoundary>
  );
}

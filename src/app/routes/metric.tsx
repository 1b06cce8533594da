import { Suspense, useId, type ReactNode } from 'react';
import { queries } from '@/data/queries';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { ensure, ensureItemId, prefetch, queryClientFrom } from '../loader-utils';
import type { Metric } from '@/data/metrics/contract';
import { ObservationTable } from '@/features/metrics/components/observation-table';
import { formatInUnit } from '@/features/metrics/lib/format-observation';
import {
  eventMarkers,
  scaleGroups,
  seriesOf,
  timeDomain,
  toAnnualSeries,
  toTimeSpans,
} from '@/features/metrics/lib/to-chart-series';
import { metricToCsv } from '@/features/metrics/lib/to-csv';
import { chartToSvg, svgToPng } from '@/features/metrics/lib/export-image';
import {
  parsePanelSearch,
  serializePanelSearch,
  TABS,
  type PanelSearch,
} from '@/features/metrics/search-params';
import { panelMessages } from '@/features/metrics/panel-messages';
import { DateText } from '@/components/ui/date-text';
import { Loading } from '@/components/ui/loading';
import { QueryBoundary } from '@/components/ui/query-boundary';
import { SourceList } from '@/components/ui/source-links';
import { VerificationBadge } from '@/components/ui/verification-badge';
import { AppLink } from '@/components/ui/app-link';
import { href, withLang } from '@/config/paths';
import { byId } from '@/lib/collections';
import { formatPartialDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';
import { download } from '@/lib/download';
import { ViewActions } from '../components/view-actions';
import {
  AnnualBarChart,
  IntervalChart,
  ScaleHeading,
  SeriesLegend,
  scaleGroupName,
  TimeSpanChart,
  intervalRows,
  preloadCharts,
  useDescribeObservation,
} from '../components/panel-charts';

export async function loader({ context, params, request }: LoaderFunctionArgs) {
  const queryClient = queryClientFrom(context);
  preloadCharts();
  prefetch(queryClient, queries.sources());
  prefetch(queryClient, queries.events());
  prefetch(queryClient, queries.meta());
  const [{ id }, storylines] = await Promise.all([
    ensureItemId(queryClient, queries.metrics(), params.id),
    ensure(queryClient, queries.storylines()),
  ]);
  const search = parsePanelSearch(
    new URL(request.url).searchParams,
    new Set(storylines.items.map((s) => s.id)),
  );
  return { id, search };
}

function ChartPanel({
  metric,
  search,
  onSearch,
}: {
  metric: Metric;
  search: PanelSearch;
  onSearch: (next: PanelSearch) => void;
}) {
  const { lang, m } = useI18n();
  const p = panelMessages[lang];
  const navigate = useNavigate();
  const id = useId();
  const events = useQuery(queries.events()).data?.items ?? [];
  const storylines = useSuspenseQuery(queries.storylines()).data.items;
  const chosen = search.events ?? metric.defaultEventStorylines;
  const fmt = (v: number) => formatInUnit(v, metric.unit, lang);
  const describe = useDescribeObservation(metric);
  const title = metric.title[lang];
  const desc = p.chartDesc(metric.observations.length);
  let chart: ReactNode;
  let marked: ReturnType<typeof eventMarkers> = [];
  if (!metric.timeBased) {
    const { rows, log } = intervalRows(metric, lang);
    chart = (
      <>
        {log ? <p className="muted small">{p.logScale}</p> : null}
        <IntervalChart
          title={title}
          desc={log ? `${desc} ${p.logScale}` : desc}
          log={log}
          data={rows}
          formatValue={fmt}
          describe={describe}
        />
      </>
    );
  } else if (metric.id === 'atf-mexico-traces') {
    const data = toAnnualSeries(metric, 'submitted').map((d) => ({
      year: d.year,
      value: d.value,
      id: d.observation?.id ?? null,
    }));
    chart = (
      <AnnualBarChart
        title={title}
        desc={desc}
        data={data}
        formatValue={fmt}
        describe={describe}
        gapLabel={p.noYear}
      />
    );
  } else {
    const spans = toTimeSpans(metric);
    const domain = timeDomain(spans);
    const allSeries = seriesOf(metric);
    const groups = scaleGroups(spans, allSeries);
    marked = eventMarkers(events, chosen, domain);
    const eventsById = byId(events);
    const markers = marked.map((mk) => ({
      ...mk,
      label: eventsById.get(mk.id)?.title[lang].slice(0, 28) ?? mk.id,
      highlighted: mk.id === search.highlight,
    }));
    // Series far apart in size get a chart each, on its own scale, one above the other.
    chart = groups.map((group) => {
      const heading = scaleGroupName(group, groups.length, lang);
      return (
        <div key={group.join()} className="chart-part" data-heading={heading ?? undefined}>
          {heading ? <ScaleHeading name={heading} /> : null}
          <TimeSpanChart
            title={heading ? `${title}: ${heading}` : title}
            desc={desc}
            data={spans.filter((d) => group.includes(d.series))}
            series={group}
            colourOf={(s) => allSeries.indexOf(s)}
            seriesLabel={(s) => p.series[s] ?? s}
            domain={domain}
            markers={markers}
            formatValue={fmt}
            formatTime={(t) => String(new Date(t).getUTCFullYear())}
            describe={describe}
            onMarker={(eventId) => {
              void navigate(withLang(href('event', { id: eventId }), lang));
            }}
          />
        </div>
      );
    });
  }
  const eventsById = byId(events);
  return (
    <div>
      <figure className="chart-figure">
        <Suspense fallback={<Loading label={p.loadingChart} />}>{chart}</Suspense>
        {metric.timeBased && metric.id !== 'atf-mexico-traces' ? (
          <SeriesLegend series={seriesOf(metric)}>
            {metric.observations.some((o) => o.disputeGroup) ? (
              <li className="muted">{p.disputedKey}</li>
            ) : null}
          </SeriesLegend>
        ) : null}
        <figcaption className="muted small">
          {metric.id === 'atf-mexico-traces' ? `${p.gapsNote} ` : ''}
          {m.metrics.caveats}: {metric.caveats.map((c) => c[lang]).join(' ')}
        </figcaption>
      </figure>
      {metric.timeBased && metric.id !== 'atf-mexico-traces' ? (
        <fieldset className="facet markers-picker">
          <legend>{p.markers}</legend>
          <p className="muted small">{p.markersHint}</p>
          <ul className="inline-list">
            {storylines.map((s) => (
              <li key={s.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.includes(s.id)}
                    onChange={() => {
                      const next = chosen.includes(s.id)
                        ? chosen.filter((x) => x !== s.id)
                        : [...chosen, s.id];
                      onSearch({ ...search, events: next });
                    }}
                  />{' '}
                  {s.title[lang]}
                </label>
              </li>
            ))}
          </ul>
          {marked.length > 0 ? (
            <>
              <h3 id={`${id}-marked`} className="small-heading">
                {p.markedEvents}
              </h3>
              <ul aria-labelledby={`${id}-marked`}>
                {marked.map((mk) => {
                  const e = eventsById.get(mk.id);
                  return e ? (
                    <li key={mk.id} className={mk.id === search.highlight ? 'highlighted' : undefined}>
                      <DateText iso={e.date.start} style="short" />:{' '}
                      <AppLink to={href('event', { id: e.id })}>{e.title[lang]}</AppLink>
                    </li>
                  ) : null;
                })}
              </ul>
            </>
          ) : null}
        </fieldset>
      ) : null}
    </div>
  );
}

function Details({ id, search }: { id: string; search: PanelSearch }) {
  const { lang, m } = useI18n();
  const p = panelMessages[lang];
  const navigate = useNavigate();
  const tabsId = useId();
  const metric = useSuspenseQuery(queries.metrics()).data.items.find((x) => x.id === id);
  const sources = byId(useSuspenseQuery(queries.sources()).data.items);
  const version = useQuery(queries.meta()).data?.datasetVersion ?? '';
  if (!metric) return null;
  const setSearch = (next: PanelSearch, replace = false) => {
    const query = serializePanelSearch(next, { lang: lang === 'en' ? null : lang });
    void navigate({ search: query ? `?${query}` : '' }, { replace, preventScrollReset: true });
  };
  const used = [...new Set(metric.observations.flatMap((o) => o.sources))];
  const imageSvg = () => {
    const charts = [...document.querySelectorAll<SVGSVGElement>('.chart-figure .recharts-wrapper > svg')].map(
      (svg) => ({ svg, heading: svg.closest<HTMLElement>('.chart-part')?.dataset.heading }),
    );
    if (charts.length === 0) return null;
    const css = getComputedStyle(document.documentElement);
    const publishers = [
      ...new Set(used.map((id) => sources.get(id)?.publisher).filter((x) => x !== undefined)),
    ];
    return chartToSvg(
      charts,
      {
        title: metric.title[lang],
        subtitle: `${m.metrics.unit}: ${m.unit[metric.unit]} · ${m.metrics.updated} ${formatPartialDate(metric.updated, lang)}`,
        sourceLine: `${m.metrics.sources}: ${publishers.join('; ')}`,
        caveats: metric.caveats.map((c) => c[lang]),
        footer: `Iron River Tracker · ${m.footer.dataset(version)} · ${window.location.href}`,
        legend:
          metric.timeBased && metric.id !== 'atf-mexico-traces'
            ? seriesOf(metric).map((s, i) => ({
                label: panelMessages[lang].series[s] ?? s,
                colour: css.getPropertyValue(`--chart-${String((i % 4) + 1)}`).trim(),
              }))
            : [],
      },
      {
        bg: css.getPropertyValue('--surface').trim() || '#fff',
        fg: css.getPropertyValue('--text').trim() || '#000',
        muted: css.getPropertyValue('--muted').trim() || '#555',
      },
    );
  };
  return (
    <article className="page">
      <title>{`${metric.title[lang]} · ${m.appName}`}</title>
      <h1>{metric.title[lang]}</h1>
      <p className="lede">{metric.description[lang]}</p>
      <p className="muted">
        {m.metrics.unit}: {m.unit[metric.unit]} · {m.metrics.updated} <DateText iso={metric.updated} /> ·{' '}
        {m.metrics.count(metric.observations.length)}{' '}
        {[...new Set(metric.observations.map((o) => o.verification))].map((v) => (
          <VerificationBadge key={v} level={v} />
        ))}
      </p>
      <section aria-labelledby="caveats-title" className="callout callout-note">
        <h2 id="caveats-title">{m.metrics.caveats}</h2>
        <ul>
          {metric.caveats.map((c) => (
            <li key={c.en}>{c[lang]}</li>
          ))}
        </ul>
      </section>
      <div className="panel-actions">
        <button
          type="button"
          className="button small secondary"
          onClick={() => {
            download(
              `iron-river-${metric.id}.csv`,
              'text/csv;charset=utf-8',
              metricToCsv(metric, lang, sources, version),
            );
          }}
        >
          {p.download}: {p.csv}
        </button>
        {search.tab === 'chart' ? (
          <>
            <button
              type="button"
              className="button small secondary"
              onClick={() => {
                const svg = imageSvg();
                if (svg) download(`iron-river-${metric.id}.svg`, 'image/svg+xml', svg);
              }}
            >
              {p.download}: SVG
            </button>
            <button
              type="button"
              className="button small secondary"
              onClick={() => {
                const svg = imageSvg();
                if (svg)
                  void svgToPng(svg).then((png) => {
                    download(`iron-river-${metric.id}.png`, 'image/png', png);
                  });
              }}
            >
              {p.download}: PNG
            </button>
          </>
        ) : null}
        <ViewActions
          present={
            metric.timeBased && (search.events ?? metric.defaultEventStorylines).length > 0
              ? `storyline=${(search.events ?? metric.defaultEventStorylines).join(',')}`
              : null
          }
        />
      </div>
      <div role="tablist" aria-label={p.tabs} className="tabs">
        {TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`${tabsId}-${tab}`}
            aria-selected={search.tab === tab}
            aria-controls={`${tabsId}-panel`}
            tabIndex={search.tab === tab ? 0 : -1}
            onClick={() => {
              setSearch({ ...search, tab });
            }}
            onKeyDown={(e) => {
              const i = TABS.indexOf(tab);
              const next =
                e.key === 'ArrowRight'
                  ? TABS[(i + 1) % TABS.length]
                  : e.key === 'ArrowLeft'
                    ? TABS[(i + TABS.length - 1) % TABS.length]
                    : null;
              if (next) {
                e.preventDefault();
                setSearch({ ...search, tab: next });
                document.getElementById(`${tabsId}-${next}`)?.focus();
              }
            }}
          >
            {p.tab[tab]}
          </button>
        ))}
      </div>
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

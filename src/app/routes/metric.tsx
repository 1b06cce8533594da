import { Suspense, useId, type ReactNode } from 'react';
import { PageHead } from '@/components/ui/page-head';
import { queries } from '@/data/queries';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { ensure, ensureItemId, prefetch, queryClientFrom } from '../loader-utils';
import type { Metric } from '@/data/metrics/contract';
import { ObservationTable } from '@/features/metrics/components/observation-table';
import { formatInUnit, formatObservation } from '@/features/metrics/lib/format-observation';
import {
  eventMarkers,
  scaleGroups,
  seriesOf,
  timeDomain,
  toTimeSpans,
} from '@/features/metrics/lib/to-chart-series';
import {
  encodingOf,
  seriesLabel,
  toAnnualChart,
  toSteps,
  toTotals,
  yearsCovered,
} from '@/features/metrics/lib/encodings';
import { StatementList } from '@/features/metrics/components/statement-list';
import { MAX_MARKERS } from '@/features/metrics/lib/encodings';
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
import { href } from '@/config/paths';
import { localize } from '@/lib/i18n/lang';
import { byId } from '@/lib/collections';
import { endOf, formatPartialDate, formatPeriod, startOf } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';
import { useHydrated } from '@/lib/use-hydrated';
import { download } from '@/lib/download';
import { ViewActions } from '../components/view-actions';
import {
  AnnualBarChart,
  RowsChart,
  ScaleHeading,
  SeriesLegend,
  StepChart,
  scaleGroupName,
  TimeSpanChart,
  intervalRows,
  preloadCharts,
  useDescribeObservation,
  useObservationLabel,
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

/** The keys a chart's marks need, in the order they appear. */
function ChartKeys({ keys }: { keys: string[] }) {
  return keys.length > 0 ? (
    <ul className="chart-keys small muted">
      {keys.map((k) => (
        <li key={k}>{k}</li>
      ))}
    </ul>
  ) : null;
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
  const sources = byId(useQuery(queries.sources()).data?.items ?? []);
  const storylines = useSuspenseQuery(queries.storylines()).data.items;
  const chosen = search.events ?? metric.defaultEventStorylines;
  const fmt = (v: number) => formatInUnit(v, metric.unit, lang);
  const describe = useDescribeObservation(metric);
  const label = useObservationLabel(metric);
  const title = metric.title[lang];
  const desc = p.chartDesc(metric.observations.length);
  const encoding = encodingOf(metric);
  const hydrated = useHydrated();
  const allSeries = seriesOf(metric);
  const colourOf = (s: string) => allSeries.indexOf(s);
  const nameOf = (s: string) => seriesLabel(metric, s)?.[lang] ?? p.series[s] ?? s;
  const observations = byId(metric.observations);
  const eventsById = byId(events);
  const onMarker = (eventId: string) => {
    void navigate(localize(href('event', { id: eventId }), lang));
  };
  const formatTime = (t: number) => {
    const d = new Date(t);
    return d.getUTCMonth() === 0
      ? String(d.getUTCFullYear())
      : formatPartialDate(d.toISOString().slice(0, 7), lang, 'short');
  };
  const timeBased = encoding === 'spans' || encoding === 'cumulative-steps';
  const markersIn = (domain: [number, number]) =>
    eventMarkers(events, chosen, domain).map((mk, i) => ({
      ...mk,
      n: i + 1,
      label: eventsById.get(mk.id)?.title[lang] ?? mk.id,
      highlighted: mk.id === search.highlight,
    }));
  // What every chart on a time axis is given.
  const onTime = { colourOf, formatValue: fmt, formatTime, onMarker, label, describe };
  let chart: ReactNode = null;
  let keys: string[] = [];
  let legend: string[] = allSeries;
  let marked: ReturnType<typeof markersIn> = [];
  const disputed = metric.observations.some((o) => o.disputeGroup);
  switch (encoding) {
    case 'ranges': {
      const { rows, log } = intervalRows(metric, lang);
      legend = [];
      keys = [p.keys.ranges, ...(disputed ? [p.keys.disputed] : [])];
      chart = (
        <>
          {log ? <p className="muted small">{p.logScale}</p> : null}
          <RowsChart
            title={title}
            desc={log ? `${desc} ${p.logScale}` : desc}
            log={log}
            rows={rows}
            formatValue={fmt}
            label={label}
            describe={describe}
          />
        </>
      );
      break;
    }
    case 'multi-year-totals': {
      const rows = toTotals(metric).map((r) => {
        const o = observations.get(r.id);
        if (!o) return { ...r, name: r.id };
        const period = o.period.label?.[lang] ?? formatPeriod(o.period.start, o.period.end, lang);
        return {
          ...r,
          range: [startOf(o.period.start), endOf(o.period.end)] as [number, number],
          // A period label from the dataset already says whose count it is.
          name: o.period.label ? period : `${period} · ${o.estimator[lang]}`,
          caption: `${formatObservation(o, metric.unit, lang, m)} · ${p.years(yearsCovered(o.period))}`,
          disputed: o.disputeGroup !== undefined,
        };
      });
      const starts = rows.map((r) => r.range[0]);
      const ends = rows.map((r) => r.range[1]);
      const pad = (Math.max(...ends) - Math.min(...starts)) * 0.02;
      legend = [];
      chart = (
        <>
          <p className="muted small">{p.totalsNote}</p>
          <RowsChart
            title={title}
            desc={`${desc} ${p.totalsNote}`}
            rows={rows}
            formatValue={fmt}
            time={{ domain: [Math.min(...starts) - pad, Math.max(...ends) + pad], formatTime }}
            label={label}
            describe={describe}
          />
        </>
      );
      keys = disputed ? [p.keys.disputed] : [];
      break;
    }
    case 'annual-bars': {
      const annual = toAnnualChart(metric);
      const yearLabel = (y: number) => (annual.fiscal ? p.fiscalYear(y) : String(y));
      legend = [...annual.series, ...new Set(annual.references.map((r) => r.series))];
      keys = [
        ...(annual.slots.some((s) => s.bars.length === 0) ? [p.keys.gap] : []),
        ...(annual.slots.some((s) => s.bars.some((b) => b.partial)) ? [p.keys.partial] : []),
        ...(annual.slots.some((s) => s.bars.some((b) => b.disputed)) ? [p.keys.disputed] : []),
        ...(annual.slots.some((s) => s.bars.some((b) => b.approximate)) ? [p.keys.approximate] : []),
        ...(annual.references.length > 0 ? [p.keys.reference] : []),
      ];
      chart = (
        <AnnualBarChart
          title={title}
          desc={desc}
          slots={annual.slots}
          references={annual.references}
          colourOf={colourOf}
          yearLabel={yearLabel}
          gapLabel={(y) => p.gapLabel(yearLabel(y))}
          formatValue={fmt}
          label={(x) => (x.startsWith('gap-') ? p.gapLabel(x.slice(4)) : label(x))}
          describe={(x) => (x.startsWith('gap-') ? p.gapLabel(yearLabel(Number(x.slice(4)))) : describe(x))}
        />
      );
      break;
    }
    case 'cumulative-steps': {
      const lines = toSteps(metric);
      const times = lines.flatMap((l) => [l.since, ...l.points.map((pt) => pt.t)]);
      const min = Math.min(...times);
      const max = Math.max(...times);
      const pad = (max - min) * 0.04 || 30 * 86_400_000;
      const domain: [number, number] = [min - pad, max + pad];
      marked = markersIn(domain);
      keys = [p.stepsNote, p.keys.since, ...(disputed ? [p.keys.hollow] : [])];
      chart = (
        <StepChart
          {...onTime}
          title={title}
          desc={`${desc} ${p.stepsNote}`}
          lines={lines}
          domain={domain}
          markers={marked}
        />
      );
      break;
    }
    case 'statement-list':
      legend = [];
      chart = <StatementList metric={metric} sources={sources} seriesName={nameOf} />;
      break;
    case 'spans': {
      const spans = toTimeSpans(metric);
      const domain = timeDomain(spans);
      const groups = metric.unit === 'percent' ? [allSeries] : scaleGroups(spans, allSeries);
      marked = markersIn(domain);
      keys = disputed ? [p.disputedKey] : [];
      // Series far apart in size get a chart each, on its own scale, one above the other.
      chart = groups.map((group) => {
        const heading = scaleGroupName(group, groups.length, lang);
        return (
          <div key={group.join()} className="chart-part" data-heading={heading ?? undefined}>
            {heading ? <ScaleHeading name={heading} /> : null}
            <TimeSpanChart
              {...onTime}
              title={heading ? `${title}: ${heading}` : title}
              desc={desc}
              data={spans.filter((d) => group.includes(d.series))}
              domain={domain}
              yDomain={metric.unit === 'percent' ? [0, 100] : undefined}
              markers={marked}
            />
          </div>
        );
      });
      break;
    }
  }
  return (
    <div>
      {metric.chart === 'context' ? <p className="callout callout-note small">{p.contextNote}</p> : null}
      <figure className="chart-figure">
        {/* Charts are measured in the reader's browser: drawn once the page is live. */}
        {hydrated ? (
          <Suspense fallback={<Loading label={p.loadingChart} />}>{chart}</Suspense>
        ) : (
          <Loading label={p.loadingChart} />
        )}
        {legend.length > 0 ? <SeriesLegend series={legend} names={nameOf} colourOf={colourOf} /> : null}
        <ChartKeys keys={keys} />
        <figcaption className="muted small">
          {p.caveatsBelow}
          {metric.methodNotes?.length ? (
            <>
              {' '}
              <a href={`#${id}-method`}>{p.method}</a>
            </>
          ) : null}
        </figcaption>
      </figure>
      {metric.methodNotes?.length ? (
        <section aria-labelledby={`${id}-method`} className="method-notes">
          <h3 id={`${id}-method`}>{p.method}</h3>
          <dl>
            {metric.methodNotes.map((n) => (
              <div key={n.estimator.en}>
                <dt>{n.estimator[lang]}</dt>
                <dd>{n.text[lang]}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {timeBased ? (
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
          {marked.length > MAX_MARKERS ? <p className="small">{p.tooManyMarkers(marked.length)}</p> : null}
          {marked.length > 0 ? (
            <>
              <h3 id={`${id}-marked`} className="small-heading">
                {p.markedEvents}
              </h3>
              <ol aria-labelledby={`${id}-marked`} className="marked-events">
                {marked.map((mk) => {
                  const e = eventsById.get(mk.id);
                  return e ? (
                    <li
                      key={mk.id}
                      value={mk.n}
                      className={mk.id === search.highlight ? 'highlighted' : undefined}
                    >
                      <DateText iso={e.date.start} style="short" />:{' '}
                      <AppLink to={href('event', { id: e.id })}>{e.title[lang]}</AppLink>
                    </li>
                  ) : null;
                })}
              </ol>
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
        // As the page explains them under the chart.
        keys: [...document.querySelectorAll('.chart-figure .chart-keys li')].map((li) => li.textContent),
        markers: [...document.querySelectorAll<HTMLLIElement>('.marked-events li')].map(
          (li) => `${String(li.value)}. ${li.textContent}`,
        ),
        footer: `Iron River Tracker · ${m.footer.dataset(version)} · ${window.location.href}`,
        legend: ['ranges', 'multi-year-totals', 'statement-list'].includes(encodingOf(metric))
          ? []
          : seriesOf(metric).map((s, i) => ({
              label: seriesLabel(metric, s)?.[lang] ?? panelMessages[lang].series[s] ?? s,
              colour: css.getPropertyValue(`--chart-${String((i % 4) + 1)}`).trim(),
            })),
      },
      {
        bg: css.getPropertyValue('--surface').trim() || '#fff',
        fg: css.getPropertyValue('--text').trim() || '#000',
        muted: css.getPropertyValue('--muted').trim() || '#555',
      },
    );
  };
  return (
    <article className="page metric-page">
      <PageHead
        title={metric.title[lang]}
        description={metric.description[lang]}
        preview={{ kind: 'metrics', id: metric.id }}
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
                    : e.key === 'Home'
                      ? TABS[0]
                      : e.key === 'End'
                        ? TABS.at(-1)
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

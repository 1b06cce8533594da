import { Suspense, useId, type ReactNode } from 'react';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { Metric } from '@/data/metrics/contract';
import { queries } from '@/data/queries';
import { Loading } from '@/components/ui/loading';
import { href } from '@/config/paths';
import { byId } from '@/lib/collections';
import { endOf, formatPartialDate, formatPeriod, startOf } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';
import { localize } from '@/lib/i18n/lang';
import { useHydrated } from '@/lib/use-hydrated';
import { ChartKeys } from '@/features/metrics/components/chart-keys';
import { MarkersPicker } from '@/features/metrics/components/markers-picker';
import { MethodNotes } from '@/features/metrics/components/method-notes';
import { StatementList } from '@/features/metrics/components/statement-list';
import {
  encodingOf,
  seriesLabel,
  toAnnualChart,
  toSteps,
  toTotals,
  yearsCovered,
} from '@/features/metrics/lib/encodings';
import { formatInUnit, formatObservation } from '@/features/metrics/lib/format-observation';
import {
  eventMarkers,
  scaleGroups,
  seriesOf,
  timeDomain,
  toTimeSpans,
} from '@/features/metrics/lib/to-chart-series';
import { usePanelMessages } from '@/features/metrics/panel-messages';
import type { PanelSearch } from '@/features/metrics/search-params';
import {
  AnnualBarChart,
  RowsChart,
  ScaleHeading,
  SeriesLegend,
  StepChart,
  scaleGroupName,
  TimeSpanChart,
  intervalRows,
  useDescribeObservation,
  useObservationLabel,
} from './panel-charts';

/**
 * A metric panel's chart tab: the chart its encoding calls for (drawn once the page is live), its
 * key and legend, the method notes, and (on a time axis) the policy events marked on it. It combines
 * the metrics feature with the events and storylines it marks, so it lives in the app.
 */
export function ChartPanel({
  metric,
  search,
  onSearch,
}: {
  metric: Metric;
  search: PanelSearch;
  onSearch: (next: PanelSearch) => void;
}) {
  const { lang, m } = useI18n();
  const p = usePanelMessages();
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
  const nameOf = (s: string) => seriesLabel(metric, s)?.[lang] ?? s;
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
        const heading = scaleGroupName(group, groups.length, lang, metric);
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
        {legend.length > 0 ? (
          <SeriesLegend series={legend} metric={metric} names={nameOf} colourOf={colourOf} />
        ) : null}
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
      <MethodNotes metric={metric} id={id} />
      {timeBased ? (
        <MarkersPicker
          id={id}
          storylines={storylines}
          chosen={chosen}
          onChoose={(next) => {
            onSearch({ ...search, events: next });
          }}
          marked={marked}
          events={eventsById}
          highlight={search.highlight}
        />
      ) : null}
    </div>
  );
}

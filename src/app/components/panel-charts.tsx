import { lazy, useMemo, type ReactNode } from 'react';
import { queries } from '@/data/queries';
import { useQuery } from '@tanstack/react-query';
import type { Metric } from '@/data/metrics/contract';
import { formatInUnit, formatObservation } from '@/features/metrics/lib/format-observation';
import { seriesLabel } from '@/features/metrics/lib/encodings';
import { needsLogScale, toIntervals } from '@/features/metrics/lib/to-chart-series';
import { usePanelMessages } from '@/features/metrics/panel-messages';
import { byId } from '@/lib/collections';
import { formatPeriod, type Lang } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';

// Recharts arrives only when a chart is drawn, never with the first page.
const charts = () => import('@/components/charts/metric-charts');
export const RowsChart = lazy(() => charts().then((c) => ({ default: c.RowsChart })));
export const AnnualBarChart = lazy(() => charts().then((c) => ({ default: c.AnnualBarChart })));
export const TimeSpanChart = lazy(() => charts().then((c) => ({ default: c.TimeSpanChart })));
export const StepChart = lazy(() => charts().then((c) => ({ default: c.StepChart })));

/** Starts loading the chart code early (for example while a route's data loads). */
export function preloadCharts(): void {
  void charts();
}

/**
 * What a chart shows on hover or focus for one figure: the figure as
 * stated, its period, who estimated it, any statistical range, and the
 * first source's publisher.
 */
export function useDescribeObservation(metric: Metric): (id: string) => ReactNode {
  const { lang, m } = useI18n();
  const p = usePanelMessages();
  const sourceList = useQuery(queries.sources()).data?.items;
  return useMemo(() => {
    const sources = byId(sourceList ?? []);
    const observations = byId(metric.observations);
    return function describe(id: string) {
      const o = observations.get(id);
      if (!o) return null;
      const period = o.period.label?.[lang] ?? formatPeriod(o.period.start, o.period.end, lang);
      const first = o.sources.map((s) => sources.get(s)).find((s) => s !== undefined);
      return (
        <>
          <strong>{formatObservation(o, metric.unit, lang, m)}</strong>
          {o.interval ? (
            <>
              <br />
              {o.interval.label[lang]}:{' '}
              {m.metrics.range(
                formatInUnit(o.interval.low, metric.unit, lang),
                formatInUnit(o.interval.high, metric.unit, lang),
              )}
            </>
          ) : null}
          <br />
          {period}
          <br />
          {o.estimator[lang]}
          {o.computed ? (
            <>
              <br />
              <em>{p.computed}</em>
            </>
          ) : null}
          {first ? (
            <>
              <br />
              <span className="muted">{first.publisher}</span>
            </>
          ) : null}
        </>
      );
    };
  }, [metric, sourceList, lang, m, p]);
}

/** One figure in plain words (for screen readers): figure, range, period, estimator. */
export function useObservationLabel(metric: Metric): (id: string) => string {
  const { lang, m } = useI18n();
  return useMemo(() => {
    const observations = byId(metric.observations);
    return (id: string) => {
      const o = observations.get(id);
      if (!o) return id;
      const period = o.period.label?.[lang] ?? formatPeriod(o.period.start, o.period.end, lang);
      const interval = o.interval
        ? ` (${o.interval.label[lang]}: ${m.metrics.range(
            formatInUnit(o.interval.low, metric.unit, lang),
            formatInUnit(o.interval.high, metric.unit, lang),
          )})`
        : '';
      return `${formatObservation(o, metric.unit, lang, m)}${interval}, ${period}, ${o.estimator[lang]}`;
    };
  }, [metric, lang, m]);
}

/** Rows for the interval chart: one per estimate, named by estimator and year, a statistical range named as such. */
export function intervalRows(metric: Metric, lang: Lang) {
  const intervals = toIntervals(metric);
  const rows = intervals.map((d) => {
    const o = d.observation;
    // The period the estimate covers (what the card and table say), not when it was published.
    const [from, to] = [o.period.start.slice(0, 4), o.period.end.slice(0, 4)];
    const period = ` (${o.period.label?.[lang] ?? (from === to ? from : `${from}–${to}`)})`;
    const kind = d.kind === 'interval' && o.interval ? ` · ${o.interval.label[lang]}` : '';
    return {
      id: d.id,
      name: `${o.estimator[lang]}${period}${kind}`,
      range: d.range,
      value: d.value,
      interval: d.kind === 'interval',
    };
  });
  return { rows, log: needsLogScale(intervals) };
}

/** The key of a metric's series: a swatch in each series' colour and its name. */
export function SeriesLegend({
  series,
  metric,
  names,
  colourOf,
  indent = 0,
  small = false,
  children,
}: {
  series: readonly string[];
  /** The metric the series are of: each is named by its label in the data, else its id. */
  metric: Metric;
  /** Each series' name (default: its label in `metric`, else its id). */
  names?: (series: string) => string;
  /** Each series' colour index (default: its position). */
  colourOf?: (series: string) => number;
  /** Left padding, to line the key up with a plot that starts after a label column. */
  indent?: number;
  small?: boolean;
  children?: ReactNode;
}) {
  const { lang } = useI18n();
  const p = usePanelMessages();
  return (
    <ul
      className={`legend inline-list${small ? ' small' : ''}`}
      aria-label={p.legend}
      style={indent ? { paddingLeft: indent } : undefined}
    >
      {series.map((s, i) => (
        <li key={s}>
          <span className={`swatch swatch-${String((colourOf ? colourOf(s) : i) % 4)}`} aria-hidden="true" />{' '}
          {names ? names(s) : (seriesLabel(metric, s)?.[lang] ?? s)}
        </li>
      ))}
      {children}
    </ul>
  );
}

/**
 * The name of a group of series drawn on its own scale, or null when the metric has one scale: its
 * series' labels in `metric`, else their ids. Without the metric, the panel catalog's `series`
 * names, until every caller passes it (metric-rail.tsx, metric-preview.tsx).
 */
export function scaleGroupName(
  group: readonly string[],
  groups: number,
  lang: Lang,
  metric: Metric,
): string | null {
  return groups > 1 ? group.map((s) => seriesLabel(metric, s)?.[lang] ?? s).join(', ') : null;
}

/** The heading over one of several charts of a metric, each on its own scale. */
export function ScaleHeading({
  name,
  indent = 0,
  small = false,
}: {
  name: string;
  indent?: number;
  small?: boolean;
}) {
  const p = usePanelMessages();
  return (
    <p
      className={small ? 'rail-subhead small' : 'chart-part-heading'}
      style={indent ? { paddingLeft: indent } : undefined}
    >
      {name} <span className={small ? 'muted' : 'muted small'}>({p.ownScale})</span>
    </p>
  );
}

import { lazy, Suspense, type ReactNode } from 'react';
import type { Metric } from '@/data/metrics/contract';
import type { SourceRef } from '@/components/ui/source-links';
import { byId } from '@/lib/collections';
import { formatPeriod, type Lang } from '@/lib/format';
import type { PlannedPart } from '../lib/chart-plan';
import { formatInUnit, formatObservation, type FigureWords } from '../lib/format-observation';
import type { PanelMessages } from '../panel-messages';

// Recharts arrives only when a chart is drawn, never with the first page: the chart components are
// a file of their own, shared by the panel page, its previews, the embeds and the image export.
const charts = () => import('@/components/charts/metric-charts');
const RowsChart = lazy(() => charts().then((c) => ({ default: c.RowsChart })));
const AnnualBarChart = lazy(() => charts().then((c) => ({ default: c.AnnualBarChart })));
const TimeSpanChart = lazy(() => charts().then((c) => ({ default: c.TimeSpanChart })));
const StepChart = lazy(() => charts().then((c) => ({ default: c.StepChart })));

/** Starts loading the chart code early (for example while a route's data loads). */
export function preloadCharts(): void {
  void charts();
}

/** One planned chart (features/metrics/lib/chart-plan.ts), drawn by its component. Suspends until Recharts has loaded. */
export function PlannedChart({ part }: { part: PlannedPart }) {
  switch (part.chart) {
    case 'rows':
      return <RowsChart {...part.props} />;
    case 'bars':
      return <AnnualBarChart {...part.props} />;
    case 'steps':
      return <StepChart {...part.props} />;
    case 'spans':
      return <TimeSpanChart {...part.props} />;
  }
}

/** The box a chart takes until it is drawn, of the chart's size (nothing moves when it is), with a word inside. */
function ChartBox({ box, children }: { box: PlannedPart['box']; children: ReactNode }) {
  return (
    <div className="chart-box">
      {box === 'wide' ? (
        <svg className="wide" viewBox="0 0 16 8" preserveAspectRatio="none" aria-hidden="true" />
      ) : (
        <svg width="100%" height={box} aria-hidden="true" />
      )}
      <p className="small muted">{children}</p>
    </div>
  );
}

/**
 * A planned chart when `draw` says so, until then its box. A chart is drawn once the page is live
 * (charts are measured in the reader's browser) and the figure's first chart has come into view or
 * the page is printed (`useInView` on its box): on a phone a panel's chart starts below the fold, and
 * Recharts (its code and its first drawing, the page's longest task) waits until the reader gets
 * there. All of a figure's charts are drawn together, so none is missing once the reader is there.
 */
export function ChartOrBox({
  part,
  draw,
  placeholder,
}: {
  part: PlannedPart;
  draw: boolean;
  placeholder: ReactNode;
}) {
  const box = <ChartBox box={part.box}>{placeholder}</ChartBox>;
  return draw ? (
    <Suspense fallback={box}>
      <PlannedChart part={part} />
    </Suspense>
  ) : (
    box
  );
}

/**
 * What a chart shows on hover or focus for one figure: the figure as stated, its period, who
 * estimated it, any statistical range, and the first source's publisher.
 */
export function figureTip(
  metric: Metric,
  sources: ReadonlyMap<string, SourceRef>,
  { lang, m, p }: { lang: Lang; m: FigureWords; p: Pick<PanelMessages, 'computed'> },
): (id: string) => ReactNode {
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
            <span className="muted">{first.publisherLabel?.[lang] ?? first.publisher}</span>
          </>
        ) : null}
      </>
    );
  };
}

import { useMemo } from 'react';
import type { Metric } from '@/data/metrics/contract';
import { intervalRows } from '@/features/metrics/lib/chart-plan';
import { formatTick } from '@/features/metrics/lib/format-observation';
import { scaleGroups, seriesOf, timeDomain, toTimeSpans } from '@/features/metrics/lib/to-chart-series';
import { usePanelMessages } from '@/features/metrics/panel-messages';
import { labelledTicks } from '@/features/events/lib/axis';
import { IntervalStrip, intervalStripHeight, SpanStrip } from '@/components/charts/span-strip';
import { useI18n } from '@/lib/i18n/context';
import { useWidth } from '@/lib/use-width';
import {
  ScaleHeading,
  SeriesLegend,
  scaleGroupName,
  useDescribeObservation,
  useObservationLabel,
} from './panel-charts';

const LABEL_W = 56;

/** A chart's room before it is drawn: its height, the card's width. */
function ChartSpace({ height }: { height: number }) {
  return <svg className="chart-space" width="100%" height={height} aria-hidden="true" />;
}

/**
 * A small chart of a metric for the /metrics grid: figures over their
 * periods (series far apart in size on their own scales), or each
 * estimate's interval for metrics that are not a time series.
 */
export function MetricPreview({
  metric,
  height = 120,
  fallbackWidth = 0,
  drawn = true,
}: {
  metric: Metric;
  /** The height of a chart on one scale (several scales share it). */
  height?: number;
  /** The width to draw at before the box is measured (a slide printed without being shown); 0: wait. */
  fallbackWidth?: number;
  /**
   * Whether to draw the charts (once the page is live). Until then each chart is a box of its
   * height, under the same headings and key, so the page does not move when they are drawn.
   */
  drawn?: boolean;
}) {
  const { lang } = useI18n();
  const p = usePanelMessages();
  const describe = useDescribeObservation(metric);
  const label = useObservationLabel(metric);
  const [measure, measured] = useWidth();
  const width = measured || fallbackWidth;
  const spans = useMemo(() => toTimeSpans(metric), [metric]);
  const allSeries = useMemo(() => seriesOf(metric), [metric]);
  const fmt = (v: number) => formatTick(v, metric.unit, lang);
  if (!metric.timeBased) {
    const { rows, log } = intervalRows(metric, lang);
    return (
      <div className="metric-preview" ref={measure}>
        {log ? <p className="muted small">{p.logScale}</p> : null}
        {!drawn ? (
          <ChartSpace height={intervalStripHeight(rows.length)} />
        ) : width > 0 ? (
          <IntervalStrip
            title={metric.title[lang]}
            desc={p.chartDesc(metric.observations.length)}
            width={width}
            rows={rows}
            log={log}
            formatValue={fmt}
            label={label}
          />
        ) : null}
      </div>
    );
  }
  const [start, end] = timeDomain(spans);
  const view = { start, end };
  const plotW = Math.max(120, width - LABEL_W - 8);
  const tickList = labelledTicks(view, plotW, lang, 56);
  const groups = scaleGroups(spans, allSeries);
  return (
    <div className="metric-preview" ref={measure}>
      {width > 0
        ? groups.map((group) => {
            const data = spans.filter((d) => group.includes(d.series));
            const heading = scaleGroupName(group, groups.length, lang, metric);
            const stripHeight = groups.length > 1 ? Math.round((height * 2) / 3) : height;
            return (
              <div key={group.join()}>
                {/* Indented by LABEL_W in CSS (.metric-preview), not a style in the page's HTML. */}
                {heading ? <ScaleHeading name={heading} small /> : null}
                {!drawn ? (
                  <ChartSpace height={stripHeight} />
                ) : (
                  <SpanStrip
                    title={heading ? `${metric.title[lang]}: ${heading}` : metric.title[lang]}
                    desc={p.chartDesc(metric.observations.length)}
                    labelWidth={LABEL_W}
                    width={plotW}
                    height={stripHeight}
                    view={view}
                    data={data}
                    colourOf={(s) => allSeries.indexOf(s)}
                    ticks={tickList}
                    markers={[]}
                    formatValue={fmt}
                    label={label}
                    describe={describe}
                    onMarker={() => undefined}
                    markersLabel={p.markers}
                  />
                )}
              </div>
            );
          })
        : null}
      {allSeries.length > 1 ? <SeriesLegend series={allSeries} metric={metric} small /> : null}
    </div>
  );
}

import { lazy, Suspense, type ReactNode } from 'react';
import type { Metric } from '@/data/metrics/contract';
import type { SourceRef } from '@/components/ui/source-links';
import { ChartKeys } from '@/features/metrics/components/chart-keys';
import {
  encodingOf,
  seriesLabel,
  toAnnualChart,
  toSteps,
  toTotals,
  yearsCovered,
} from '@/features/metrics/lib/encodings';
import { formatInUnit, formatObservation, type FigureWords } from '@/features/metrics/lib/format-observation';
import {
  needsLogScale,
  scaleGroups,
  seriesOf,
  timeDomain,
  toIntervals,
  toTimeSpans,
} from '@/features/metrics/lib/to-chart-series';
import type { PanelMessages } from '@/features/metrics/panel-messages';
import { byId } from '@/lib/collections';
import { endOf, formatPartialDate, formatPeriod, startOf, type Lang } from '@/lib/format';
import { useHydrated } from '@/lib/use-hydrated';
import type { EmbedMessages } from './embed.messages';

// The chart components (and Recharts) are a file of their own, the panel page's: loaded by the
// embed's script as it starts (preloadCharts), drawn once the embed is live.
const charts = () => import('@/components/charts/metric-charts');
const RowsChart = lazy(() => charts().then((c) => ({ default: c.RowsChart })));
const AnnualBarChart = lazy(() => charts().then((c) => ({ default: c.AnnualBarChart })));
const TimeSpanChart = lazy(() => charts().then((c) => ({ default: c.TimeSpanChart })));
const StepChart = lazy(() => charts().then((c) => ({ default: c.StepChart })));

/** Starts loading the chart components (while the embed's data downloads). */
export function preloadCharts(): void {
  void charts();
}

/**
 * One chart of a panel: its heading (when the panel's series are drawn on scales of their own), the
 * box it is drawn in (the same before and after, so nothing moves when it arrives: a wide chart's
 * 16:8, or the height of a chart of rows) and how to draw it.
 */
interface ChartPart {
  key: string;
  heading: string | null;
  box: 'wide' | number;
  draw: () => ReactNode;
}

/** What a panel's chart tab shows, from the encoding its figures call for (as the panel page does). */
interface ChartPlan {
  notes: string[];
  parts: ChartPart[];
  legend: string[];
  keys: string[];
}

/** A figure in plain words (a mark's accessible name): figure, range, period, estimator. */
function figureLabel(metric: Metric, lang: Lang, m: FigureWords): (id: string) => string {
  const observations = byId(metric.observations);
  return (id) => {
    const o = observations.get(id);
    if (!o) return id;
    const period = o.period.label?.[lang] ?? formatPeriod(o.period.start, o.period.end, lang);
    const interval = o.interval
      ? ` (${o.interval.label[lang]}: ${m.metrics.range(formatInUnit(o.interval.low, metric.unit, lang), formatInUnit(o.interval.high, metric.unit, lang))})`
      : '';
    return `${formatObservation(o, metric.unit, lang, m)}${interval}, ${period}, ${o.estimator[lang]}`;
  };
}

/** A figure on hover or focus: the figure as stated, its period, its estimator and first source. */
function figureTip(
  metric: Metric,
  sources: ReadonlyMap<string, SourceRef>,
  lang: Lang,
  m: FigureWords,
): (id: string) => ReactNode {
  const observations = byId(metric.observations);
  return (id) => {
    const o = observations.get(id);
    if (!o) return null;
    const first = o.sources.map((s) => sources.get(s)).find((s) => s !== undefined);
    return (
      <>
        <strong>{formatObservation(o, metric.unit, lang, m)}</strong>
        <br />
        {o.period.label?.[lang] ?? formatPeriod(o.period.start, o.period.end, lang)}
        <br />
        {o.estimator[lang]}
        {first ? (
          <>
            <br />
            <span className="muted">{first.publisher}</span>
          </>
        ) : null}
      </>
    );
  };
}

function planChart(
  metric: Metric,
  sources: ReadonlyMap<string, SourceRef>,
  lang: Lang,
  m: FigureWords,
  p: PanelMessages,
): ChartPlan {
  const title = metric.title[lang];
  const desc = p.chartDesc(metric.observations.length);
  const fmt = (v: number) => formatInUnit(v, metric.unit, lang);
  const label = figureLabel(metric, lang, m);
  const describe = figureTip(metric, sources, lang, m);
  const allSeries = seriesOf(metric);
  const colourOf = (s: string) => allSeries.indexOf(s);
  const disputed = metric.observations.some((o) => o.disputeGroup);
  const formatTime = (t: number) => {
    const d = new Date(t);
    return d.getUTCMonth() === 0
      ? String(d.getUTCFullYear())
      : formatPartialDate(d.toISOString().slice(0, 7), lang, 'short');
  };
  // The embed marks no policy events (the panel page does, with the reader's choice of storylines).
  const onTime = { colourOf, formatValue: fmt, formatTime, onMarker: () => undefined, label, describe };
  const rowsBox = (n: number) => Math.max(200, n * 46 + 60);
  switch (encodingOf(metric)) {
    case 'ranges': {
      const intervals = toIntervals(metric);
      const log = needsLogScale(intervals);
      const rows = intervals.map((d) => {
        const o = d.observation;
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
      return {
        notes: log ? [p.logScale] : [],
        parts: [
          {
            key: 'rows',
            heading: null,
            box: rowsBox(rows.length),
            draw: () => (
              <RowsChart
                title={title}
                desc={log ? `${desc} ${p.logScale}` : desc}
                log={log}
                rows={rows}
                formatValue={fmt}
                label={label}
                describe={describe}
              />
            ),
          },
        ],
        legend: [],
        keys: [p.keys.ranges, ...(disputed ? [p.keys.disputed] : [])],
      };
    }
    case 'multi-year-totals': {
      const observations = byId(metric.observations);
      const rows = toTotals(metric).map((r) => {
        const o = observations.get(r.id);
        if (!o) return { ...r, name: r.id };
        const period = o.period.label?.[lang] ?? formatPeriod(o.period.start, o.period.end, lang);
        return {
          ...r,
          range: [startOf(o.period.start), endOf(o.period.end)] as [number, number],
          name: o.period.label ? period : `${period} · ${o.estimator[lang]}`,
          caption: `${formatObservation(o, metric.unit, lang, m)} · ${p.years(yearsCovered(o.period))}`,
          disputed: o.disputeGroup !== undefined,
        };
      });
      const starts = rows.map((r) => r.range[0]);
      const ends = rows.map((r) => r.range[1]);
      const pad = (Math.max(...ends) - Math.min(...starts)) * 0.02;
      const domain: [number, number] = [Math.min(...starts) - pad, Math.max(...ends) + pad];
      return {
        notes: [p.totalsNote],
        parts: [
          {
            key: 'totals',
            heading: null,
            box: rowsBox(rows.length),
            draw: () => (
              <RowsChart
                title={title}
                desc={`${desc} ${p.totalsNote}`}
                rows={rows}
                formatValue={fmt}
                time={{ domain, formatTime }}
                label={label}
                describe={describe}
              />
            ),
          },
        ],
        legend: [],
        keys: disputed ? [p.keys.disputed] : [],
      };
    }
    case 'annual-bars': {
      const annual = toAnnualChart(metric);
      const yearLabel = (y: number) => (annual.fiscal ? p.fiscalYear(y) : String(y));
      return {
        notes: [],
        parts: [
          {
            key: 'bars',
            heading: null,
            box: 'wide',
            draw: () => (
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
                describe={(x) =>
                  x.startsWith('gap-') ? p.gapLabel(yearLabel(Number(x.slice(4)))) : describe(x)
                }
              />
            ),
          },
        ],
        legend: [...annual.series, ...new Set(annual.references.map((r) => r.series))],
        keys: [
          ...(annual.slots.some((s) => s.bars.length === 0) ? [p.keys.gap] : []),
          ...(annual.slots.some((s) => s.bars.some((b) => b.partial)) ? [p.keys.partial] : []),
          ...(annual.slots.some((s) => s.bars.some((b) => b.disputed)) ? [p.keys.disputed] : []),
          ...(annual.slots.some((s) => s.bars.some((b) => b.approximate)) ? [p.keys.approximate] : []),
          ...(annual.references.length > 0 ? [p.keys.reference] : []),
        ],
      };
    }
    case 'cumulative-steps': {
      const lines = toSteps(metric);
      const times = lines.flatMap((l) => [l.since, ...l.points.map((pt) => pt.t)]);
      const min = Math.min(...times);
      const max = Math.max(...times);
      const pad = (max - min) * 0.04 || 30 * 86_400_000;
      const domain: [number, number] = [min - pad, max + pad];
      return {
        notes: [],
        parts: [
          {
            key: 'steps',
            heading: null,
            box: 'wide',
            draw: () => (
              <StepChart
                {...onTime}
                title={title}
                desc={`${desc} ${p.stepsNote}`}
                lines={lines}
                domain={domain}
                markers={[]}
              />
            ),
          },
        ],
        legend: allSeries,
        keys: [p.stepsNote, p.keys.since, ...(disputed ? [p.keys.hollow] : [])],
      };
    }
    case 'spans': {
      const spans = toTimeSpans(metric);
      const domain = timeDomain(spans);
      const groups = metric.unit === 'percent' ? [allSeries] : scaleGroups(spans, allSeries);
      return {
        notes: [],
        parts: groups.map((group) => {
          const heading =
            groups.length > 1 ? group.map((s) => seriesLabel(metric, s)?.[lang] ?? s).join(', ') : null;
          return {
            key: group.join(),
            heading,
            box: 'wide' as const,
            draw: () => (
              <TimeSpanChart
                {...onTime}
                title={heading ? `${title}: ${heading}` : title}
                desc={desc}
                data={spans.filter((d) => group.includes(d.series))}
                domain={domain}
                yDomain={metric.unit === 'percent' ? [0, 100] : undefined}
                markers={[]}
              />
            ),
          };
        }),
        legend: allSeries,
        keys: disputed ? [p.disputedKey] : [],
      };
    }
    case 'statement-list':
      return { notes: [], parts: [], legend: [], keys: [] };
  }
}

/** The box a chart is drawn in, until the reader's browser has drawn it (or with no script). */
function ChartBox({ box, t }: { box: ChartPart['box']; t: EmbedMessages }) {
  return (
    <div className="embed-chart-box">
      {box === 'wide' ? (
        <svg className="wide" viewBox="0 0 16 8" preserveAspectRatio="none" aria-hidden="true" />
      ) : (
        <svg width="100%" height={box} aria-hidden="true" />
      )}
      <p className="small muted">
        <span className="with-script">{t.chartDrawing}</span>
        <span className="without-script">{t.chartNotDrawn}</span>
      </p>
    </div>
  );
}

/** The texts a chart needs, in the embed's language: given, since its script carries no catalog. */
export interface ChartTexts {
  lang: Lang;
  p: PanelMessages;
  t: EmbedMessages;
}

/**
 * A panel's chart in an embed: drawn by the same chart components as the panel page, from the same
 * shaping of its figures, once the page is live (charts are measured in the reader's browser); until
 * then, and without a script, a box of the chart's size. No policy events are marked on it. The only
 * part of an embed that is hydrated (src/embed/metric.tsx): it takes its texts as props.
 */
export function EmbedChart({
  metric,
  sources,
  texts: { lang, p, t },
}: {
  metric: Metric;
  sources: ReadonlyMap<string, SourceRef>;
  texts: ChartTexts;
}) {
  const live = useHydrated();
  const plan = planChart(metric, sources, lang, t.figureWords, p);
  const allSeries = seriesOf(metric);
  return (
    <figure className="chart-figure embed-chart">
      {plan.notes.map((note) => (
        <p key={note} className="muted small">
          {note}
        </p>
      ))}
      {plan.parts.map((part) => (
        <div key={part.key} className="chart-part">
          {part.heading ? (
            <p className="chart-part-heading">
              {part.heading} <span className="muted small">({p.ownScale})</span>
            </p>
          ) : null}
          {live ? (
            <Suspense fallback={<ChartBox box={part.box} t={t} />}>{part.draw()}</Suspense>
          ) : (
            <ChartBox box={part.box} t={t} />
          )}
        </div>
      ))}
      {plan.legend.length > 0 ? (
        <ul className="legend inline-list" aria-label={p.legend}>
          {plan.legend.map((s) => (
            <li key={s}>
              <span className={`swatch swatch-${String(allSeries.indexOf(s) % 4)}`} aria-hidden="true" />{' '}
              {seriesLabel(metric, s)?.[lang] ?? s}
            </li>
          ))}
        </ul>
      ) : null}
      <ChartKeys keys={plan.keys} />
    </figure>
  );
}

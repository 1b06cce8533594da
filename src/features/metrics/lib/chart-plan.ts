import type { ComponentProps, ReactNode } from 'react';
import type { AnnualBarChart, RowsChart, StepChart, TimeSpanChart } from '@/components/charts/metric-charts';
import { nestSpans } from '@/components/charts/types';
import type { PolicyEvent } from '@/data/events/contract';
import type { Metric } from '@/data/metrics/contract';
import { byId } from '@/lib/collections';
import { endOf, formatPartialDate, formatPeriod, startOf, type Lang } from '@/lib/format';
import type { PanelMessages } from '../panel-messages';
import {
  encodingOf,
  MAX_MARKERS,
  seriesLabel,
  toAnnualChart,
  toSteps,
  toTotals,
  yearsCovered,
} from './encodings';
import { formatInUnit, formatObservation, type FigureWords } from './format-observation';
import {
  eventMarkers,
  needsLogScale,
  scaleGroups,
  seriesOf,
  timeDomain,
  toIntervals,
  toTimeSpans,
} from './to-chart-series';

/**
 * One chart of a panel, as data: which chart component draws it and everything it is given, the
 * heading over it (when the panel's series are drawn on scales of their own), and the box it takes
 * (a wide chart's 16:8, or the height of a chart of rows), so a placeholder can hold its place.
 */
export type PlannedPart = { key: string; heading: string | null; box: 'wide' | number } & (
  | { chart: 'rows'; props: ComponentProps<typeof RowsChart> }
  | { chart: 'bars'; props: ComponentProps<typeof AnnualBarChart> }
  | { chart: 'steps'; props: ComponentProps<typeof StepChart> }
  | { chart: 'spans'; props: ComponentProps<typeof TimeSpanChart> }
);

/** A policy event marked on a chart, with its number in the chart's key. */
export interface MarkedEvent {
  id: string;
  n: number;
  label: string;
  /** The event's start date as recorded (ISO, possibly partial). */
  date: string;
  start: number;
  end: number;
  isSpan: boolean;
  highlighted: boolean;
}

/**
 * What a panel's chart tab shows, from the encoding its figures call for: notes above the chart, the
 * charts, the series in its legend, the keys to its other marks and the policy events marked on it.
 * The panel page, the embed and the image export all draw from this one plan.
 */
export interface ChartPlan {
  notes: string[];
  parts: PlannedPart[];
  legend: string[];
  keys: string[];
  marked: MarkedEvent[];
  /** Whether the figures are on a time axis (so policy events can be marked on them). */
  timeBased: boolean;
}

export interface PlanTexts {
  lang: Lang;
  m: FigureWords;
  p: PanelMessages;
}

/** What marking an event on a chart needs of it (an embed carries only this much of each). */
export type MarkableEvent = Pick<PolicyEvent, 'id' | 'storyline' | 'date' | 'title'>;

export interface PlanOptions {
  /** A figure's rich text on hover or focus (none in an exported image). */
  describe?: (id: string) => ReactNode;
  onMarker?: (eventId: string) => void;
  /** Policy events to mark on a chart on a time axis: those of the chosen storylines. */
  marking?: {
    events: readonly MarkableEvent[];
    storylines: readonly string[];
    highlight: string | null;
  };
}

/** A figure in plain words (a mark's accessible name): figure, range, period, estimator. */
export function figureLabel(metric: Metric, lang: Lang, m: FigureWords): (id: string) => string {
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

/** A time on a chart's axis: the year on 1 January, else the month. */
function timeFormatter(lang: Lang): (t: number) => string {
  return (t) => {
    const d = new Date(t);
    return d.getUTCMonth() === 0
      ? String(d.getUTCFullYear())
      : formatPartialDate(d.toISOString().slice(0, 7), lang, 'short');
  };
}

const rowsBox = (n: number) => Math.max(200, n * 46 + 60);

export function planChart(
  metric: Metric,
  { lang, m, p }: PlanTexts,
  { describe = () => null, onMarker = () => undefined, marking }: PlanOptions = {},
): ChartPlan {
  const title = metric.title[lang];
  const desc = p.chartDesc(metric.observations.length);
  const formatValue = (v: number) => formatInUnit(v, metric.unit, lang);
  const label = figureLabel(metric, lang, m);
  const allSeries = seriesOf(metric);
  const colourOf = (s: string) => allSeries.indexOf(s);
  const disputed = metric.observations.some((o) => o.disputeGroup);
  const formatTime = timeFormatter(lang);
  // The key to the numbered event marks, where the chart draws them (not past MAX_MARKERS).
  const eventsKey = (marked: readonly MarkedEvent[]) =>
    marked.length > 0 && marked.length <= MAX_MARKERS ? [p.keys.events] : [];
  const markersIn = (domain: [number, number]): MarkedEvent[] => {
    if (!marking) return [];
    const events = byId(marking.events);
    return eventMarkers(marking.events, marking.storylines, domain).map((mk, i) => {
      const event = events.get(mk.id);
      return {
        id: mk.id,
        n: i + 1,
        label: event?.title[lang] ?? mk.id,
        date: event?.date.start ?? '',
        start: mk.start,
        end: mk.end,
        isSpan: mk.isSpan,
        highlighted: mk.id === marking.highlight,
      };
    });
  };
  // What every chart on a time axis is given.
  const onTime = { colourOf, formatValue, formatTime, onMarker, label, describe };
  const base = { notes: [], legend: [], keys: [], marked: [], timeBased: false };
  switch (encodingOf(metric)) {
    case 'ranges': {
      const { rows, log } = intervalRows(metric, lang);
      return {
        ...base,
        notes: log ? [p.logScale] : [],
        parts: [
          {
            key: 'rows',
            heading: null,
            box: rowsBox(rows.length),
            chart: 'rows',
            props: {
              title,
              desc: log ? `${desc} ${p.logScale}` : desc,
              log,
              rows,
              formatValue,
              label,
              describe,
            },
          },
        ],
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
          // A period label from the dataset already says whose count it is.
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
        ...base,
        notes: [p.totalsNote],
        parts: [
          {
            key: 'totals',
            heading: null,
            box: rowsBox(rows.length),
            chart: 'rows',
            props: {
              title,
              desc: `${desc} ${p.totalsNote}`,
              rows,
              formatValue,
              time: { domain, formatTime },
              label,
              describe,
            },
          },
        ],
        keys: disputed ? [p.keys.disputed] : [],
      };
    }
    case 'annual-bars': {
      const annual = toAnnualChart(metric);
      const yearLabel = (y: number) => (annual.fiscal ? p.fiscalYear(y) : String(y));
      // A year without a figure is a mark of its own ("gap-2020"), named as such.
      const gap = (id: string) => (id.startsWith('gap-') ? p.gapLabel(yearLabel(Number(id.slice(4)))) : null);
      return {
        ...base,
        parts: [
          {
            key: 'bars',
            heading: null,
            box: 'wide',
            chart: 'bars',
            props: {
              title,
              desc,
              slots: annual.slots,
              references: annual.references,
              colourOf,
              yearLabel,
              gapLabel: (y) => p.gapLabel(yearLabel(y)),
              formatValue,
              label: (id) => gap(id) ?? label(id),
              describe: (id) => gap(id) ?? describe(id),
            },
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
      const marked = markersIn(domain);
      return {
        ...base,
        timeBased: true,
        parts: [
          {
            key: 'steps',
            heading: null,
            box: 'wide',
            chart: 'steps',
            props: { ...onTime, title, desc: `${desc} ${p.stepsNote}`, lines, domain, markers: marked },
          },
        ],
        legend: allSeries,
        keys: [p.stepsNote, p.keys.since, ...(disputed ? [p.keys.hollow] : []), ...eventsKey(marked)],
        marked,
      };
    }
    case 'spans': {
      const spans = toTimeSpans(metric);
      const domain = timeDomain(spans);
      const groups = metric.unit === 'percent' ? [allSeries] : scaleGroups(spans, allSeries);
      const marked = markersIn(domain);
      // Each chart's bars in drawing order, those hidden by a bar about as high over the same years nested.
      const nested = new Map(
        groups.map((group) => {
          const points = spans.filter((d) => group.includes(d.series));
          const span =
            metric.unit === 'percent'
              ? 100
              : Math.max(0, ...points.map((d) => d.value ?? d.high ?? d.low ?? 0));
          return [group.join(), nestSpans(points, span)];
        }),
      );
      return {
        ...base,
        timeBased: true,
        // Series far apart in size get a chart each, on its own scale, one above the other.
        parts: groups.map((group) => {
          const heading =
            groups.length > 1 ? group.map((s) => seriesLabel(metric, s)?.[lang] ?? s).join(', ') : null;
          return {
            key: group.join(),
            heading,
            box: 'wide' as const,
            chart: 'spans' as const,
            props: {
              ...onTime,
              title: heading ? `${title}: ${heading}` : title,
              desc,
              data: nested.get(group.join()) ?? [],
              domain,
              yDomain: metric.unit === 'percent' ? ([0, 100] as [number, number]) : undefined,
              markers: marked,
            },
          };
        }),
        legend: allSeries,
        keys: [
          ...(spans.some((d) => d.value === null && d.low !== null && d.high !== null)
            ? [p.keys.spanRange]
            : []),
          ...([...nested.values()].some((points) => points.some((d) => d.nested)) ? [p.keys.nested] : []),
          ...(disputed ? [p.disputedKey] : []),
          ...eventsKey(marked),
        ],
        marked,
      };
    }
    case 'statement-list':
      return { ...base, parts: [] };
  }
}

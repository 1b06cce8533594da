import type { Metric, Observation } from '@/data/metrics/contract';
import { endOf, rangeEnd, rangeStart, startOf } from '@/lib/format';
import type { SpanPoint } from '@/components/charts/types';

/** One observation placed in time: its own period, never merged with another. */
export interface SpanDatum extends SpanPoint {
  verification: Observation['verification'];
  disputeGroup: string | null;
}

/**
 * Every observation over the period it covers (a span from the first to
 * the last day), with its figure or range kept as published. Disputed
 * figures stay separate; nothing is averaged or interpolated.
 */
export function toTimeSpans(metric: Metric): SpanDatum[] {
  return metric.observations.map((o) => {
    const start = startOf(o.period.start);
    const end = endOf(o.period.end);
    return {
      id: o.id,
      series: o.series,
      start,
      end,
      mid: start + (end - start) / 2,
      value: o.value ?? null,
      low: o.low ?? o.interval?.low ?? null,
      high: o.high ?? o.interval?.high ?? null,
      verification: o.verification,
      disputeGroup: o.disputeGroup ?? null,
      disputed: o.disputeGroup !== undefined,
    };
  });
}

/** The series present in a metric, in first-seen order. */
export function seriesOf(metric: Metric): string[] {
  return [...new Set(metric.observations.map((o) => o.series))];
}

export interface IntervalDatum {
  id: string;
  /** [low, high] for ranges (a range of one value for single figures). */
  range: [number, number];
  value: number | null;
  isRange: boolean;
  /**
   * What the range is: the estimator's own low–high figures (`range`), a
   * statistical interval around a central figure (`interval`, e.g. a 95%
   * range), or a single figure (`single`).
   */
  kind: 'range' | 'interval' | 'single';
  observation: Observation;
}

/** Estimates ordered by when they were published (or, if unknown, by the period they cover). */
export function toIntervals(metric: Metric): IntervalDatum[] {
  const key = (o: Observation) => o.published ?? o.period.end;
  return [...metric.observations]
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    .map((o) => {
      const low = o.low ?? o.interval?.low ?? o.value ?? o.high ?? 0;
      const high = o.high ?? o.interval?.high ?? o.value ?? o.low ?? 0;
      const kind = o.low !== undefined || o.high !== undefined ? 'range' : o.interval ? 'interval' : 'single';
      return {
        id: o.id,
        range: [low, high],
        value: o.value ?? null,
        isRange: low !== high,
        kind,
        observation: o,
      };
    });
}

/**
 * Whether an interval chart needs a logarithmic scale: when its largest
 * figure is at least `ratio` times its smallest, a linear scale would
 * shrink the small ones to a sliver (Project Thor's $500 million beside
 * the $10 billion Mexico sought). The chart then says it is logarithmic.
 */
export function needsLogScale(intervals: readonly IntervalDatum[], ratio = 20): boolean {
  const values = intervals.flatMap((d) => d.range).filter((v) => v > 0);
  if (values.length < 2) return false;
  return Math.max(...values) / Math.min(...values) >= ratio;
}

/**
 * Splits series into groups drawn on separate scales when their largest
 * figures differ by more than `ratio` times, so small figures are not
 * flattened against large ones (U.S. seizures in the hundreds beside
 * Mexican ones in the hundred thousands). Groups keep the metric's series
 * order; one group means one chart.
 */
export function scaleGroups(spans: readonly SpanDatum[], series: readonly string[], ratio = 10): string[][] {
  const peak = new Map<string, number>();
  for (const s of spans) {
    const v = s.value ?? s.high ?? s.low;
    if (v !== null && v > (peak.get(s.series) ?? 0)) peak.set(s.series, v);
  }
  const bySize = [...series].sort((a, b) => (peak.get(b) ?? 0) - (peak.get(a) ?? 0));
  const groups: string[][] = [];
  for (const s of bySize) {
    const size = peak.get(s) ?? 0;
    const home = groups.find((g) => (peak.get(g[0] ?? '') ?? 0) <= Math.max(size, 1) * ratio);
    if (home) home.push(s);
    else groups.push([s]);
  }
  const order = (s: string) => series.indexOf(s);
  return groups
    .map((g) => g.sort((a, b) => order(a) - order(b)))
    .sort((a, b) => order(a[0] ?? '') - order(b[0] ?? ''));
}

export interface EventMarker {
  id: string;
  storyline: string;
  start: number;
  end: number;
  isSpan: boolean;
}

/**
 * Policy events of the chosen storylines inside the chart's time domain, as
 * lines or shaded spans. The event `always` (a selection) is marked whatever its storyline.
 */
export function eventMarkers(
  events: readonly {
    id: string;
    storyline: string | null;
    date: { start: string; end?: string | undefined; precision: string };
  }[],
  storylines: readonly string[],
  domain: readonly [number, number],
  always: string | null = null,
): EventMarker[] {
  const out: EventMarker[] = [];
  for (const e of events) {
    if (e.id !== always && (!e.storyline || !storylines.includes(e.storyline))) continue;
    const start = rangeStart(e.date);
    const end = rangeEnd(e.date);
    if (end < domain[0] || start > domain[1]) continue;
    out.push({
      id: e.id,
      storyline: e.storyline ?? '',
      start,
      end,
      isSpan: end - start > 40 * 86_400_000,
    });
  }
  return out;
}

/**
 * The markers to draw in a view: the candidates and the selection (`selected`, always kept)
 * that fall in it, in time order. Past `max` a chart becomes a barcode (and slow with
 * 10,000 events), so then only the selection is drawn; `inView` says how many there were.
 */
export function markersInView(
  candidates: readonly EventMarker[],
  selected: readonly EventMarker[],
  view: { start: number; end: number },
  max: number,
): { shown: EventMarker[]; inView: number; crowded: boolean } {
  const chosen = new Set(selected.map((m) => m.id));
  const all = [...candidates.filter((m) => !chosen.has(m.id)), ...selected]
    .filter((m) => m.end >= view.start && m.start <= view.end)
    .sort((a, b) => a.start - b.start);
  const crowded = all.length > max;
  return { shown: crowded ? all.filter((m) => chosen.has(m.id)) : all, inView: all.length, crowded };
}

/** Time domain covering every span, padded by a little on each side. */
export function timeDomain(spans: readonly SpanDatum[]): [number, number] {
  if (spans.length === 0) return [0, 1];
  const min = Math.min(...spans.map((s) => s.start));
  const max = Math.max(...spans.map((s) => s.end));
  const pad = (max - min) * 0.03 || 180 * 86_400_000;
  return [min - pad, max + pad];
}

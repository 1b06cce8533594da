import type { Metric, Observation } from '../api/contract';
import { endOf, startOf } from '@/lib/format';

/** One observation placed in time: its own period, never merged with another. */
export interface SpanDatum {
  id: string;
  series: string;
  start: number;
  end: number;
  /** Midpoint, where the point marker sits. */
  mid: number;
  value: number | null;
  low: number | null;
  high: number | null;
  verification: Observation['verification'];
  disputeGroup: string | null;
  /** Sources disagree about this figure (it shares a dispute group). */
  disputed: boolean;
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

export interface YearDatum {
  year: number;
  /** null means no published figure: drawn as a gap, never as zero. */
  value: number | null;
  observation: Observation | null;
}

/**
 * A calendar-year series with every year between the first and last
 * published one. Years without a figure are null (a gap), not 0.
 */
export function toAnnualSeries(metric: Metric, series: string): YearDatum[] {
  const yearly = metric.observations.filter(
    (o) => o.series === series && o.period.start.length === 4 && o.period.start === o.period.end,
  );
  if (yearly.length === 0) return [];
  const years = yearly.map((o) => Number(o.period.start));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const out: YearDatum[] = [];
  for (let year = first; year <= last; year++) {
    const observation = yearly.find((o) => Number(o.period.start) === year) ?? null;
    out.push({ year, value: observation?.value ?? null, observation });
  }
  return out;
}

export interface IntervalDatum {
  id: string;
  /** [low, high] for ranges (a range of one value for single figures). */
  range: [number, number];
  value: number | null;
  isRange: boolean;
  observation: Observation;
}

/** Estimates ordered by when they were published (or, if unknown, by the period they cover). */
export function toIntervals(metric: Metric): IntervalDatum[] {
  const key = (o: Observation) => o.published ?? o.period.end;
  return [...metric.observations]
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    .map((o) => {
      const low = o.low ?? o.value ?? o.high ?? 0;
      const high = o.high ?? o.value ?? o.low ?? 0;
      return { id: o.id, range: [low, high], value: o.value ?? null, isRange: low !== high, observation: o };
    });
}

export interface EventMarker {
  id: string;
  storyline: string;
  start: number;
  end: number;
  isSpan: boolean;
}

/** Policy events of the chosen storylines inside the chart's time domain, as lines or shaded spans. */
export function eventMarkers(
  events: readonly {
    id: string;
    storyline: string | null;
    date: { start: string; end?: string | undefined; precision: string };
  }[],
  storylines: readonly string[],
  domain: readonly [number, number],
): EventMarker[] {
  const out: EventMarker[] = [];
  for (const e of events) {
    if (!e.storyline || !storylines.includes(e.storyline)) continue;
    const start = startOf(e.date.start);
    const end = e.date.end ? endOf(e.date.end) : e.date.precision === 'day' ? start : endOf(e.date.start);
    if (end < domain[0] || start > domain[1]) continue;
    out.push({ id: e.id, storyline: e.storyline, start, end, isSpan: end - start > 40 * 86_400_000 });
  }
  return out;
}

/** Time domain covering every span, padded by a little on each side. */
export function timeDomain(spans: readonly SpanDatum[]): [number, number] {
  if (spans.length === 0) return [0, 1];
  const min = Math.min(...spans.map((s) => s.start));
  const max = Math.max(...spans.map((s) => s.end));
  const pad = (max - min) * 0.03 || 180 * 86_400_000;
  return [min - pad, max + pad];
}

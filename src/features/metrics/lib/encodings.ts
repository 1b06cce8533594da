import type { Metric, Observation, Series } from '@/data/metrics/contract';
import { endOf, startOf } from '@/lib/format';

/**
 * How a panel's figures are encoded, decided from what they measure (the metric's `chart` and its
 * series' `measure`), never from its id:
 * - `annual-bars`: one slot per year with the years in between left visibly empty;
 * - `cumulative-steps`: running totals as steps, on a time axis;
 * - `multi-year-totals`: one row per published total, apart from any yearly figure;
 * - `statements`: dated statements; drawn over their periods when they share one scale (shares),
 *   listed otherwise (counts with units of their own, sums of money far apart in size);
 * - `context`: what surrounds the topic, drawn over its periods and said to be context;
 * - `ranges`: estimates side by side, each a figure or a range;
 * - `spans`: figures over the periods they cover (the default for time-based panels).
 */
/** Past this many, policy events are not drawn on a chart (a barcode helps no one); the page says so. */
export const MAX_MARKERS = 15;

export type Encoding =
  'annual-bars' | 'cumulative-steps' | 'multi-year-totals' | 'statement-list' | 'spans' | 'ranges';

export function encodingOf(metric: Metric): Encoding {
  switch (metric.chart) {
    case 'annual-bars':
    case 'cumulative-steps':
    case 'multi-year-totals':
      return metric.chart;
    case 'ranges':
      return 'ranges';
    case 'statements':
      // Shares have one scale (0–100 %); anything else stated with units of its own is listed.
      return metric.unit === 'percent' && metric.observations.every((o) => !o.unitLabel)
        ? 'spans'
        : 'statement-list';
    case 'context':
      return metric.observations.some((o) => o.unitLabel) &&
        new Set(metric.observations.map((o) => o.unitLabel?.en)).size > 1
        ? 'statement-list'
        : 'spans';
    case 'spans':
      return 'spans';
    case undefined:
      return metric.timeBased ? 'spans' : 'ranges';
  }
}

/** What each series measures, with `annual` for a series the panel does not describe. */
export function measureOf(metric: Metric): (series: string) => Series['measure'] {
  const measures = new Map((metric.series ?? []).map((s) => [s.id, s.measure]));
  return (series) => measures.get(series) ?? 'annual';
}

/** The series label the dataset gives, if any. */
export function seriesLabel(metric: Metric, series: string): Series['label'] | undefined {
  return metric.series?.find((s) => s.id === series)?.label;
}

// ---------------------------------------------------------------------------------------------
// Annual bars

/** One figure in a year's slot. */
export interface AnnualBar {
  id: string;
  series: string;
  value: number;
  /** The figure covers only part of the year (drawn hatched, said so). */
  partial: boolean;
  /** Rounded, or stated as "about", "nearly", "more than"… */
  approximate: boolean;
  disputed: boolean;
}

export interface AnnualSlot {
  /** The calendar year, or the fiscal year (which ends on 30 September of that year). */
  year: number;
  bars: AnnualBar[];
}

/** A figure that is not one year's count (a yearly average over several years, a note). */
export interface AnnualReference {
  id: string;
  series: string;
  value: number;
  /** First and last year it applies to. */
  from: number;
  to: number;
}

export interface AnnualChart {
  fiscal: boolean;
  slots: AnnualSlot[];
  references: AnnualReference[];
  series: string[];
}

const MONTH = (iso: string) => Number(iso.slice(5, 7) || '0');
const YEAR = (iso: string) => Number(iso.slice(0, 4));

/** Whether a period is a U.S. fiscal year (1 October to 30 September). */
function isFiscalYear(o: Observation): boolean {
  return (
    o.period.start.endsWith('-10-01') &&
    o.period.end.endsWith('-09-30') &&
    YEAR(o.period.end) === YEAR(o.period.start) + 1
  );
}

/** Whether a period is one whole calendar year. */
function isCalendarYear(o: Observation): boolean {
  const { start, end } = o.period;
  return (
    (start.length === 4 && start === end) ||
    (start.endsWith('-01-01') && end === `${start.slice(0, 4)}-12-31`)
  );
}

/** The year a figure belongs to: its fiscal year (the year its 30 September falls in) or its calendar year. */
function yearOf(o: Observation, fiscal: boolean): number {
  const start = o.period.start;
  return fiscal && MONTH(start) >= 10 ? YEAR(start) + 1 : YEAR(start);
}

/**
 * Year slots from the first to the last year with a figure; a year without one is an empty slot
 * (a gap, never a zero). Figures that sources give differently for the same year stand side by
 * side; a figure for part of a year is marked partial. Series that measure something other than a
 * year's count (`context`: an average over several years, a different tally) are references drawn
 * apart from the bars.
 */
export function toAnnualChart(metric: Metric): AnnualChart {
  const measure = measureOf(metric);
  const fiscal =
    metric.observations.filter(isFiscalYear).length > metric.observations.filter(isCalendarYear).length;
  const bars: (AnnualBar & { year: number })[] = [];
  const references: AnnualReference[] = [];
  for (const o of metric.observations) {
    const value = o.value ?? o.high ?? o.low;
    if (value === undefined) continue;
    if (measure(o.series) === 'context') {
      references.push({
        id: o.id,
        series: o.series,
        value,
        from: yearOf(o, fiscal),
        to: fiscal && MONTH(o.period.end) >= 10 ? YEAR(o.period.end) + 1 : YEAR(o.period.end),
      });
      continue;
    }
    bars.push({
      id: o.id,
      series: o.series,
      value,
      year: yearOf(o, fiscal),
      partial: !(fiscal ? isFiscalYear(o) : isCalendarYear(o)),
      approximate: o.approximate === true || o.qualifier !== undefined,
      disputed: o.disputeGroup !== undefined,
    });
  }
  const years = [...bars.map((b) => b.year), ...references.flatMap((r) => [r.from, r.to])];
  const slots: AnnualSlot[] = [];
  if (years.length > 0)
    for (let year = Math.min(...years); year <= Math.max(...years); year++)
      slots.push({ year, bars: bars.filter((b) => b.year === year).map(({ year: _, ...bar }) => bar) });
  return {
    fiscal,
    slots,
    references,
    series: [...new Set(bars.map((b) => b.series))],
  };
}

// ---------------------------------------------------------------------------------------------
// Running totals

export interface StepPoint {
  id: string;
  /** The day the total was reached (the end of its period). */
  t: number;
  value: number;
  approximate: boolean;
  disputed: boolean;
}

export interface StepSeries {
  series: string;
  /** The day the count starts (the start of its periods). */
  since: number;
  points: StepPoint[];
}

/**
 * Running totals, one line per series, each figure at the day it was reached, in time order.
 * Figures sources give differently for the same day stay separate points.
 */
export function toSteps(metric: Metric): StepSeries[] {
  const out = new Map<string, StepSeries>();
  for (const o of metric.observations) {
    const value = o.value ?? o.high ?? o.low;
    if (value === undefined) continue;
    let line = out.get(o.series);
    if (!line) {
      line = { series: o.series, since: startOf(o.period.start), points: [] };
      out.set(o.series, line);
    }
    line.since = Math.min(line.since, startOf(o.period.start));
    line.points.push({
      id: o.id,
      t: endOf(o.period.end),
      value,
      approximate: o.approximate === true || o.qualifier !== undefined,
      disputed: o.disputeGroup !== undefined,
    });
  }
  for (const line of out.values()) line.points.sort((a, b) => a.t - b.t || a.value - b.value);
  return [...out.values()];
}

// ---------------------------------------------------------------------------------------------
// Rows: estimates side by side, multi-year totals

export interface Row {
  id: string;
  /** [low, high]: an estimate's range, or [0, total] for a total. */
  range: [number, number];
  /** The central figure, drawn as a dot (null for a range without one, and for totals). */
  value: number | null;
  kind: 'range' | 'interval' | 'single' | 'total';
}

/**
 * Multi-year totals as rows in the order of the periods they cover, each a bar from zero to its
 * total: lengths compare totals, and the row says how many years each covers.
 */
export function toTotals(metric: Metric): Row[] {
  return [...metric.observations]
    .sort(
      (a, b) =>
        (a.period.start < b.period.start ? -1 : a.period.start > b.period.start ? 1 : 0) ||
        (a.period.end < b.period.end ? -1 : 1),
    )
    .flatMap((o) => {
      const value = o.value ?? o.high ?? o.low;
      return value === undefined
        ? []
        : [{ id: o.id, range: [0, value] as [number, number], value: null, kind: 'total' as const }];
    });
}

/** How many years a period covers, rounded to a tenth ("2007–2011" → 5, "Oct 2022–Mar 2023" → 0.5). */
export function yearsCovered(period: { start: string; end: string }): number {
  const days = (endOf(period.end) - startOf(period.start)) / 86_400_000 + 1;
  return Math.round((days / 365.25) * 10) / 10;
}

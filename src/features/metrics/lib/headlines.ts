import type { Metric, Observation } from '@/data/metrics/contract';

/** The lowest and highest figure any estimator gave, with the observation that gave each. */
export interface EstimateSpread {
  low: { value: number; observation: Observation };
  high: { value: number; observation: Observation };
  count: number;
}

/**
 * The spread of annual estimates: the smallest stated low end (or single
 * figure) and the largest stated high end. Statistical intervals around a
 * single estimate are not treated as estimates themselves.
 */
export function estimateSpread(metric: Metric): EstimateSpread | null {
  let low: EstimateSpread['low'] | null = null;
  let high: EstimateSpread['high'] | null = null;
  for (const o of metric.observations) {
    const lo = o.low ?? o.value;
    const hi = o.high ?? o.value;
    if (lo !== undefined && (low === null || lo < low.value)) low = { value: lo, observation: o };
    if (hi !== undefined && (high === null || hi > high.value)) high = { value: hi, observation: o };
  }
  if (!low || !high) return null;
  return { low, high, count: metric.observations.length };
}

/** The observation whose period ends last in a series; ties keep the first listed. */
export function latestInSeries(metric: Metric, series: string): Observation | null {
  let best: Observation | null = null;
  for (const o of metric.observations) {
    if (o.series !== series) continue;
    if (best === null || o.period.end > best.period.end) best = o;
  }
  return best;
}

/**
 * The latest figure in a series together with every figure that disputes it,
 * so conflicting numbers are shown side by side rather than one chosen silently.
 */
export function latestWithDisputes(metric: Metric, series: string): Observation[] {
  const latest = latestInSeries(metric, series);
  if (!latest) return [];
  if (!latest.disputeGroup) return [latest];
  return metric.observations.filter((o) => o.disputeGroup === latest.disputeGroup);
}

import type { Metric } from '@/data/metrics/contract';
import type { Lang } from '@/lib/i18n/langs';
import { toCsv } from '@/lib/csv';

interface SourceLike {
  id: string;
  publisher: string;
  title: string;
  url: string;
}

/** Exactly the figures shown (a spreadsheet-safe file, see lib/csv.ts) in the panel, one row per observation, with period, estimator and sources. */
export function metricToCsv(
  metric: Metric,
  lang: Lang,
  sources: ReadonlyMap<string, SourceLike>,
  datasetVersion: string,
): string {
  const header = [
    'metric',
    'series',
    'value',
    'low',
    'high',
    'qualifier',
    'unit',
    'period_start',
    'period_end',
    'period_label',
    'estimator',
    'published',
    'verification',
    'dispute_group',
    'notes',
    'sources',
    'dataset_version',
  ];
  const rows = metric.observations.map((o) => [
    metric.id,
    o.series,
    o.value,
    o.low ?? o.interval?.low,
    o.high ?? o.interval?.high,
    o.qualifier,
    metric.unit,
    o.period.start,
    o.period.end,
    o.period.label?.[lang],
    o.estimator[lang],
    o.published,
    o.verification,
    o.disputeGroup,
    // The figure's own note, and its release's where given (what a reader of the chart is told).
    [o.note?.[lang], o.release?.[lang]].filter(Boolean).join(' — '),
    o.sources
      .map((id) => sources.get(id))
      .filter((s) => s !== undefined)
      .map((s) => `${s.publisher}: ${s.title} <${s.url}>`)
      .join(' | '),
    datasetVersion,
  ]);
  return toCsv(header, rows);
}

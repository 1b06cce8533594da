import type { Metric } from '../api/contract';

interface SourceLike {
  id: string;
  publisher: string;
  title: string;
  url: string;
}

function cell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  // Quote every field that needs it; neutralise spreadsheet formulas from data.
  const safe = /^[=+\-@]/.test(text) && Number.isNaN(Number(text)) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Exactly the figures shown in the panel, one row per observation, with period, estimator and sources. */
export function metricToCsv(
  metric: Metric,
  lang: 'en' | 'es',
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
    'sources',
    'dataset_version',
  ];
  const rows = metric.observations.map((o) =>
    [
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
      o.sources
        .map((id) => sources.get(id))
        .filter((s) => s !== undefined)
        .map((s) => `${s.publisher}: ${s.title} <${s.url}>`)
        .join(' | '),
      datasetVersion,
    ]
      .map(cell)
      .join(','),
  );
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}

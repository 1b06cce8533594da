import type { Metric } from '@/data/metrics/contract';
import { PeriodText } from '@/components/ui/date-text';
import { SourceList, type SourceRef } from '@/components/ui/source-links';
import { VerificationBadge } from '@/components/ui/verification-badge';
import { useI18n } from '@/lib/i18n/context';
import { formatObservation } from '../lib/format-observation';
import { usePanelMessages } from '../panel-messages';

/**
 * Dated statements, newest first: each figure in its own unit, with the period it covers, who
 * stated it and its sources. For panels whose figures measure different things (counts of cases,
 * of arrests, of licences; sums of money far apart), which one chart would set on a false common scale.
 */
export function StatementList({
  metric,
  sources,
  seriesName,
}: {
  metric: Metric;
  sources: ReadonlyMap<string, SourceRef>;
  seriesName: (series: string) => string;
}) {
  const { lang, m } = useI18n();
  const p = usePanelMessages();
  const byDate = [...metric.observations].sort((a, b) => {
    const ka = a.published ?? a.period.end;
    const kb = b.published ?? b.period.end;
    return ka < kb ? 1 : ka > kb ? -1 : 0;
  });
  return (
    <>
      <p className="muted small">{p.statementsNote}</p>
      <ol className="statements" aria-label={metric.title[lang]}>
        {byDate.map((o) => (
          <li key={o.id} className="statement">
            <p className="statement-figure">
              <strong>{formatObservation(o, metric.unit, lang, m)}</strong>{' '}
              {o.verification !== 'confirmed' ? <VerificationBadge level={o.verification} /> : null}
            </p>
            <p className="muted small">
              {seriesName(o.series)} ·{' '}
              <PeriodText start={o.period.start} end={o.period.end} label={o.period.label?.[lang]} /> ·{' '}
              {o.estimator[lang]}
            </p>
            {o.note ? <p className="small">{o.note[lang]}</p> : null}
            <SourceList ids={o.sources} sources={sources} />
          </li>
        ))}
      </ol>
    </>
  );
}

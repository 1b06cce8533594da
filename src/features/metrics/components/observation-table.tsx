import type { Metric } from '@/data/metrics/contract';
import { formatInUnit, formatObservation } from '../lib/format-observation';
import { DateText, PeriodText } from '@/components/ui/date-text';
import { SourceList, type SourceRef } from '@/components/ui/source-links';
import { VerificationBadge } from '@/components/ui/verification-badge';
import { useI18n } from '@/lib/i18n/context';

/** Every observation of a metric as a real table: the accessible view of any chart. */
export function ObservationTable({
  metric,
  sources,
}: {
  metric: Metric;
  sources: ReadonlyMap<string, SourceRef>;
}) {
  const { lang, m } = useI18n();
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={metric.title[lang]}>
      <table>
        <caption>{m.metrics.caption(metric.title[lang])}</caption>
        <thead>
          <tr>
            <th scope="col">{m.metrics.value}</th>
            <th scope="col">{m.metrics.period}</th>
            <th scope="col">{m.metrics.estimator}</th>
            <th scope="col">{m.metrics.verification}</th>
            <th scope="col">{m.metrics.sources}</th>
          </tr>
        </thead>
        <tbody>
          {metric.observations.map((o) => (
            <tr key={o.id}>
              <th scope="row">
                {formatObservation(o, metric.unit, lang, m)}
                {o.interval ? (
                  <span className="muted small">
                    {' '}
                    ({o.interval.label[lang]}:{' '}
                    {m.metrics.range(
                      formatInUnit(o.interval.low, metric.unit, lang),
                      formatInUnit(o.interval.high, metric.unit, lang),
                    )}
                    )
                  </span>
                ) : null}
              </th>
              <td>
                <PeriodText start={o.period.start} end={o.period.end} label={o.period.label?.[lang]} />
              </td>
              <td>
                {o.estimator[lang]}
                {o.published ? (
                  <span className="muted small">
                    {' '}
                    ({m.metrics.published} <DateText iso={o.published} style="short" />)
                  </span>
                ) : null}
                {o.note ? <p className="small muted">{o.note[lang]}</p> : null}
              </td>
              <td>
                <VerificationBadge level={o.verification} />
              </td>
              <td>
                <SourceList ids={o.sources} sources={sources} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

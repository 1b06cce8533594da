import type { Metric } from '@/data/metrics/contract';
import { useI18n } from '@/lib/i18n/context';
import { usePanelMessages } from '../panel-messages';

/** How a metric's estimates were made, one note per estimator (nothing when it has none). */
export function MethodNotes({ metric, id }: { metric: Metric; id: string }) {
  const { lang } = useI18n();
  const p = usePanelMessages();
  return metric.methodNotes?.length ? (
    <section aria-labelledby={`${id}-method`} className="method-notes">
      <h2 id={`${id}-method`}>{p.method}</h2>
      <dl>
        {metric.methodNotes.map((n) => (
          <div key={n.estimator.en}>
            <dt>{n.estimator[lang]}</dt>
            <dd>{n.text[lang]}</dd>
          </div>
        ))}
      </dl>
    </section>
  ) : null;
}

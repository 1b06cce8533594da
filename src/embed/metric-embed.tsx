import type { PolicyEvent } from '@/data/events/contract';
import type { Metric } from '@/data/metrics/contract';
import { PeriodText } from '@/components/ui/date-text';
import { ExternalLink } from '@/components/ui/external-link';
import type { SourceRef } from '@/components/ui/source-links';
import { VerificationBadge } from '@/components/ui/verification-badge';
import { StatementList } from '@/features/metrics/components/statement-list';
import { encodingOf, seriesLabel } from '@/features/metrics/lib/encodings';
import { formatInUnit, formatObservation } from '@/features/metrics/lib/format-observation';
import { usePanelMessages } from '@/features/metrics/panel-messages';
import { useI18n } from '@/lib/i18n/context';
import { EmbedFrame, type Provenance } from './embed-frame';
import { useEmbedMessages } from './embed.messages';
import { EmbedChart, markableEvents } from './metric-chart';

/**
 * Every figure of a panel as a table, narrow enough for a phone's frame: the figure with its period,
 * and who estimated it with its sources.
 */
function FiguresTable({ metric, sources }: { metric: Metric; sources: ReadonlyMap<string, SourceRef> }) {
  const { lang, m } = useI18n();
  return (
    <div
      className="table-wrap embed-figures"
      tabIndex={0}
      role="region"
      aria-label={m.metrics.caption(metric.title[lang])}
    >
      <table>
        <caption>{m.metrics.caption(metric.title[lang])}</caption>
        <thead>
          <tr>
            <th scope="col">
              {m.metrics.value} <span className="muted">· {m.metrics.period}</span>
            </th>
            <th scope="col">
              {m.metrics.estimator} <span className="muted">· {m.metrics.sources}</span>
            </th>
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
                {o.verification !== 'confirmed' ? (
                  <>
                    {' '}
                    <VerificationBadge level={o.verification} />
                  </>
                ) : null}
                <span className="embed-figure-period muted small">
                  <PeriodText start={o.period.start} end={o.period.end} label={o.period.label?.[lang]} />
                </span>
              </th>
              <td>
                {o.estimator[lang]}
                <span className="embed-figure-sources small">
                  {o.sources
                    .map((id) => sources.get(id))
                    .filter((s) => s !== undefined)
                    .map((s, i) => (
                      <span key={s.id}>
                        {i > 0 ? '; ' : null}
                        <ExternalLink href={s.url}>{s.publisherLabel?.[lang] ?? s.publisher}</ExternalLink>
                      </span>
                    ))}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A metric panel as an embed: its title and description, its chart (drawn in the reader's browser by
 * the embed's own small script) or, for figures that are listed rather than drawn, the list; every
 * figure in a table; the caveats; the sources. The build draws all of it, so it reads with no script.
 */
export function MetricEmbed({
  metric,
  sources,
  events,
  provenance,
}: {
  metric: Metric;
  sources: ReadonlyMap<string, SourceRef>;
  /** The dataset's events: those of the panel's storylines are marked on its chart. */
  events: readonly PolicyEvent[];
  provenance: Provenance;
}) {
  const { lang, m } = useI18n();
  const p = usePanelMessages();
  const t = useEmbedMessages();
  const used = [...new Set(metric.observations.flatMap((o) => o.sources))];
  const listed = encodingOf(metric) === 'statement-list';
  const marks = markableEvents(metric, events);
  return (
    <EmbedFrame
      kind="metrics"
      provenance={provenance}
      sources={sources}
      sourceIds={used}
      sourcesTitle={p.sourcesTitle}
    >
      <h1 id="embed-title">{metric.title[lang]}</h1>
      <p className="embed-lede">{metric.description[lang]}</p>
      {metric.chart === 'context' ? <p className="callout callout-note small">{p.contextNote}</p> : null}
      {listed ? (
        <StatementList
          metric={metric}
          sources={sources}
          seriesName={(s) => seriesLabel(metric, s)?.[lang] ?? s}
        />
      ) : (
        <>
          {/* The part the embed's script hydrates (src/embed/metric.tsx), to draw the chart; with the
              events the chart marks, for that script (data-events). */}
          <div
            id="embed-chart"
            data-metric={metric.id}
            data-version={provenance.version}
            data-events={JSON.stringify(marks)}
          >
            <EmbedChart metric={metric} sources={sources} events={marks} texts={{ lang, p, t }} />
          </div>
          <FiguresTable metric={metric} sources={sources} />
        </>
      )}
      {metric.caveats.length > 0 ? (
        <section aria-labelledby="embed-caveats" className="embed-caveats">
          <h2 id="embed-caveats">{m.metrics.caveats}</h2>
          <ul className="small">
            {metric.caveats.map((c) => (
              <li key={c.en}>{c[lang]}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </EmbedFrame>
  );
}

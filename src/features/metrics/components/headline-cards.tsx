import type { HeadlineCard, Metric, Observation } from '@/data/metrics/contract';
import { estimateSpread, latestWithDisputes } from '../lib/headlines';
import { formatInUnit, formatObservation } from '../lib/format-observation';
import { AppLink } from '@/components/ui/app-link';
import { PeriodText } from '@/components/ui/date-text';
import { SourceList, type SourceRef } from '@/components/ui/source-links';
import { VerificationBadge } from '@/components/ui/verification-badge';
import { href } from '@/config/paths';
import { byId } from '@/lib/collections';
import { useI18n } from '@/lib/i18n/context';

function Attribution({ o, sources }: { o: Observation; sources: ReadonlyMap<string, SourceRef> }) {
  const { lang, m } = useI18n();
  return (
    <dl className="attribution">
      <dt>{m.overview.estimator}</dt>
      <dd>{o.estimator[lang]}</dd>
      <dt>{m.overview.period}</dt>
      <dd>
        <PeriodText start={o.period.start} end={o.period.end} label={o.period.label?.[lang]} />
      </dd>
      <dt>{m.overview.source}</dt>
      <dd>
        <SourceList ids={o.sources} sources={sources} />
      </dd>
    </dl>
  );
}

function Figure({
  o,
  metric,
  sources,
}: {
  o: Observation;
  metric: Metric;
  sources: ReadonlyMap<string, SourceRef>;
}) {
  const { lang, m } = useI18n();
  return (
    <div className="figure">
      <p className="figure-value">{formatObservation(o, metric.unit, lang, m)}</p>
      {o.verification !== 'confirmed' ? <VerificationBadge level={o.verification} /> : null}
      <Attribution o={o} sources={sources} />
    </div>
  );
}

/** The overview's headline figures, each with estimator, period and source. No charts needed. */
export function HeadlineCards({ metrics, sources }: { metrics: Metric[]; sources: SourceRef[] }) {
  const { lang, m } = useI18n();
  const sourceMap = byId(sources);
  // Each card is fed by the panel whose data says so (`headline`), never by an id written here.
  const feeding = (card: HeadlineCard) => metrics.find((x) => x.headline?.card === card);
  const latestOf = (metric: Metric | undefined) =>
    metric?.headline?.series ? latestWithDisputes(metric, metric.headline.series) : [];
  const estimates = feeding('estimates');
  const share = feeding('share');
  // The latest announced totals on each side of the border (each shows the period it covers).
  const bound = feeding('seizures-us');
  const inMexico = feeding('seizures-mx');
  const spread = estimates ? estimateSpread(estimates) : null;
  const latestShare = latestOf(share);
  const seizuresUs = latestOf(bound);
  const seizuresMx = latestOf(inMexico);

  return (
    <div className="cards">
      {estimates && spread ? (
        <article className="card" aria-labelledby="card-estimates">
          <h3 id="card-estimates">{m.overview.estimatesTitle}</h3>
          <p className="figure-value big">
            {m.overview.estimatesRange(
              formatInUnit(spread.low.value, estimates.unit, lang),
              formatInUnit(spread.high.value, estimates.unit, lang),
            )}
          </p>
          <p className="muted">{m.overview.estimatesNote(spread.count)}</p>
          <div className="figure-pair">
            <div>
              <p className="figure-label">{m.overview.estimatesLow}</p>
              <Figure o={spread.low.observation} metric={estimates} sources={sourceMap} />
            </div>
            <div>
              <p className="figure-label">{m.overview.estimatesHigh}</p>
              <Figure o={spread.high.observation} metric={estimates} sources={sourceMap} />
            </div>
          </div>
          <AppLink to={href('metric', { id: estimates.id })}>{m.overview.seeMetric}</AppLink>
        </article>
      ) : null}
      {share && latestShare.length > 0 ? (
        <article className="card" aria-labelledby="card-share">
          <h3 id="card-share">{m.overview.shareTitle}</h3>
          {latestShare.map((o) => (
            <Figure key={o.id} o={o} metric={share} sources={sourceMap} />
          ))}
          <p className="muted">{m.overview.shareNote}</p>
          <AppLink to={href('metric', { id: share.id })}>{m.overview.seeMetric}</AppLink>
        </article>
      ) : null}
      {seizuresUs.length > 0 || seizuresMx.length > 0 ? (
        <article className="card" aria-labelledby="card-seizures">
          <h3 id="card-seizures">{m.overview.seizuresTitle}</h3>
          {(
            [
              [m.overview.seizuresUs, seizuresUs, bound],
              [m.overview.seizuresMx, seizuresMx, inMexico],
            ] as const
          ).map(([label, list, metric]) =>
            list.length > 0 && metric ? (
              <div key={label} className="figure-group">
                <p className="figure-label">
                  {label}
                  {list.length > 1 ? (
                    <span className="badge badge-disputed">{m.overview.sourcesDisagree}</span>
                  ) : null}
                </p>
                <div className={list.length > 1 ? 'figure-pair' : undefined}>
                  {list.map((o) => (
                    <Figure key={o.id} o={o} metric={metric} sources={sourceMap} />
                  ))}
                </div>
                <AppLink to={href('metric', { id: metric.id })}>{m.overview.seeMetric}</AppLink>
              </div>
            ) : null,
          )}
        </article>
      ) : null}
    </div>
  );
}

import { PALETTE_SIZE } from '@/components/charts/types';
import type { PolicyEvent } from '@/data/events/contract';
import type { Metric } from '@/data/metrics/contract';
import type { SourceRef } from '@/components/ui/source-links';
import { ChartKeys } from '@/features/metrics/components/chart-keys';
import { ChartOrBox, figureTip } from '@/features/metrics/components/planned-chart';
import { planChart, type MarkableEvent } from '@/features/metrics/lib/chart-plan';
import { MAX_MARKERS, seriesLabel } from '@/features/metrics/lib/encodings';
import { seriesOf } from '@/features/metrics/lib/to-chart-series';
import type { PanelMessages } from '@/features/metrics/panel-messages';
import { formatPartialDate, type Lang } from '@/lib/format';
import { useHydrated } from '@/lib/use-hydrated';
import { useInView } from '@/lib/use-in-view';
import type { EmbedMessages } from './embed.messages';

/** Of the dataset's events, what the chart needs of those of the panel's storylines. */
export function markableEvents(metric: Metric, events: readonly PolicyEvent[]): MarkableEvent[] {
  return events
    .filter((e) => e.storyline !== null && metric.defaultEventStorylines.includes(e.storyline))
    .map(({ id, storyline, date, title }) => ({ id, storyline, date, title }));
}

/** The texts a chart needs, in the embed's language: given, since its script carries no catalog. */
export interface ChartTexts {
  lang: Lang;
  p: PanelMessages;
  t: EmbedMessages;
}

/**
 * A panel's chart in an embed: drawn by the same chart components as the panel page, from the same
 * shaping of its figures, once the page is live and the chart is in view (ChartOrBox); until
 * then, and without a script, a box of the chart's size. Its storylines' policy events are
 * numbered on it, with their key beneath. The only
 * part of an embed that is hydrated (src/embed/metric.tsx): it takes its texts as props.
 */
export function EmbedChart({
  metric,
  sources,
  events,
  texts: { lang, p, t },
}: {
  metric: Metric;
  sources: ReadonlyMap<string, SourceRef>;
  /** The policy events of the panel's storylines, marked on its chart as on the panel's page. */
  events: readonly MarkableEvent[];
  texts: ChartTexts;
}) {
  const live = useHydrated();
  const [seenRef, seen] = useInView();
  const m = t.figureWords;
  // The same plan as the panel page's by default: its storylines' events numbered on the chart.
  const plan = planChart(
    metric,
    { lang, m, p },
    {
      describe: figureTip(metric, sources, { lang, m, p }),
      marking: { events, storylines: metric.defaultEventStorylines, highlight: null },
    },
  );
  const allSeries = seriesOf(metric);
  return (
    <figure className="chart-figure embed-chart">
      {plan.notes.map((note) => (
        <p key={note} className="muted small">
          {note}
        </p>
      ))}
      {plan.parts.map((part, i) => (
        <div key={part.key} className="chart-part" ref={i === 0 ? seenRef : undefined}>
          {part.heading ? (
            <p className="chart-part-heading">
              {part.heading} <span className="muted small">({p.ownScale})</span>
            </p>
          ) : null}
          <ChartOrBox
            part={part}
            draw={live && seen}
            placeholder={
              <>
                <span className="with-script">{t.chartDrawing}</span>
                <span className="without-script">{t.chartNotDrawn}</span>
              </>
            }
          />
        </div>
      ))}
      {plan.legend.length > 0 ? (
        <ul className="legend inline-list" aria-label={p.legend}>
          {plan.legend.map((s) => (
            <li key={s}>
              <span
                className={`swatch swatch-${String(allSeries.indexOf(s) % PALETTE_SIZE)}`}
                aria-hidden="true"
              />{' '}
              {seriesLabel(metric, s)?.[lang] ?? s}
            </li>
          ))}
        </ul>
      ) : null}
      <ChartKeys keys={plan.keys} />
      {plan.marked.length > 0 && plan.marked.length <= MAX_MARKERS ? (
        <>
          <p id="embed-marked" className="small-heading">
            {p.markedEvents}
          </p>
          <ol aria-labelledby="embed-marked" className="marked-events small">
            {plan.marked.map((mk) => (
              <li key={mk.id} value={mk.n}>
                {formatPartialDate(mk.date, lang, 'short')}: {mk.label}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </figure>
  );
}

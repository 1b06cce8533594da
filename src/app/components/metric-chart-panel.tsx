import { useId } from 'react';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { Metric } from '@/data/metrics/contract';
import { queries } from '@/data/queries';
import { href } from '@/config/paths';
import { byId } from '@/lib/collections';
import { useI18n } from '@/lib/i18n/context';
import { localize } from '@/lib/i18n/lang';
import { useHydrated } from '@/lib/use-hydrated';
import { useInView } from '@/lib/use-in-view';
import { ChartKeys } from '@/features/metrics/components/chart-keys';
import { MarkersPicker } from '@/features/metrics/components/markers-picker';
import { MethodNotes } from '@/features/metrics/components/method-notes';
import { ChartOrBox } from '@/features/metrics/components/planned-chart';
import { StatementList } from '@/features/metrics/components/statement-list';
import { planChart } from '@/features/metrics/lib/chart-plan';
import { encodingOf, seriesLabel } from '@/features/metrics/lib/encodings';
import { seriesOf } from '@/features/metrics/lib/to-chart-series';
import { usePanelMessages } from '@/features/metrics/panel-messages';
import type { PanelSearch } from '@/features/metrics/search-params';
import { ScaleHeading, SeriesLegend, useDescribeObservation } from './panel-charts';

/**
 * A metric panel's chart tab: the charts its plan calls for (features/metrics/lib/chart-plan.ts,
 * drawn once the page is live and the chart is in view), its key and legend, the method notes, and (on a time axis) the
 * policy events marked on it. It combines the metrics feature with the events and storylines it
 * marks, so it lives in the app.
 */
export function ChartPanel({
  metric,
  search,
  onSearch,
}: {
  metric: Metric;
  search: PanelSearch;
  onSearch: (next: PanelSearch) => void;
}) {
  const { lang, m } = useI18n();
  const p = usePanelMessages();
  const navigate = useNavigate();
  const id = useId();
  const events = useQuery(queries.events()).data?.items ?? [];
  const sources = byId(useQuery(queries.sources()).data?.items ?? []);
  const storylines = useSuspenseQuery(queries.storylines()).data.items;
  const chosen = search.events ?? metric.defaultEventStorylines;
  const describe = useDescribeObservation(metric);
  const hydrated = useHydrated();
  const [seenRef, seen] = useInView();
  const allSeries = seriesOf(metric);
  const nameOf = (s: string) => seriesLabel(metric, s)?.[lang] ?? s;
  const plan = planChart(
    metric,
    { lang, m, p },
    {
      describe,
      onMarker: (eventId) => {
        void navigate(localize(href('event', { id: eventId }), lang));
      },
      marking: { events, storylines: chosen, highlight: search.highlight },
    },
  );
  // Drawn once the first chart's box comes into view, all together.
  const charts = plan.parts.map((part, i) => (
    <div key={part.key} className="chart-part" ref={i === 0 ? seenRef : undefined}>
      {part.heading ? <ScaleHeading name={part.heading} /> : null}
      <ChartOrBox part={part} draw={hydrated && seen} placeholder={p.loadingChart} />
    </div>
  ));
  return (
    <div>
      {metric.chart === 'context' ? <p className="callout callout-note small">{p.contextNote}</p> : null}
      <figure className="chart-figure">
        {plan.notes.map((note) => (
          <p key={note} className="muted small">
            {note}
          </p>
        ))}
        {encodingOf(metric) === 'statement-list' ? (
          <StatementList metric={metric} sources={sources} seriesName={nameOf} />
        ) : (
          charts
        )}
        {plan.legend.length > 0 ? (
          <SeriesLegend
            series={plan.legend}
            metric={metric}
            names={nameOf}
            colourOf={(s) => allSeries.indexOf(s)}
          />
        ) : null}
        <ChartKeys keys={plan.keys} />
        <figcaption className="muted small">
          {p.caveatsBelow}
          {metric.methodNotes?.length ? (
            <>
              {' '}
              <a href={`#${id}-method`}>{p.method}</a>
            </>
          ) : null}
        </figcaption>
      </figure>
      <MethodNotes metric={metric} id={id} />
      {plan.timeBased ? (
        <MarkersPicker
          id={id}
          storylines={storylines}
          chosen={chosen}
          onChoose={(next) => {
            onSearch({ ...search, events: next });
          }}
          marked={plan.marked}
          events={byId(events)}
          highlight={search.highlight}
        />
      ) : null}
    </div>
  );
}

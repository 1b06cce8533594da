import { PALETTE_SIZE } from '@/components/charts/types';
import { useMemo, type ReactNode } from 'react';
import { queries } from '@/data/queries';
import { useQuery } from '@tanstack/react-query';
import type { Metric } from '@/data/metrics/contract';
import { figureTip } from '@/features/metrics/components/planned-chart';
import { figureLabel } from '@/features/metrics/lib/chart-plan';
import { seriesLabel } from '@/features/metrics/lib/encodings';
import { usePanelMessages } from '@/features/metrics/panel-messages';
import { byId } from '@/lib/collections';
import type { Lang } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';

/** What a chart shows on hover or focus for one figure (figureTip), with the sources loaded. */
export function useDescribeObservation(metric: Metric): (id: string) => ReactNode {
  const { lang, m } = useI18n();
  const p = usePanelMessages();
  const sourceList = useQuery(queries.sources()).data?.items;
  return useMemo(
    () => figureTip(metric, byId(sourceList ?? []), { lang, m, p }),
    [metric, sourceList, lang, m, p],
  );
}

/** One figure in plain words (for screen readers): figure, range, period, estimator. */
export function useObservationLabel(metric: Metric): (id: string) => string {
  const { lang, m } = useI18n();
  return useMemo(() => figureLabel(metric, lang, m), [metric, lang, m]);
}

/** The key of a metric's series: a swatch in each series' colour and its name. */
export function SeriesLegend({
  series,
  metric,
  names,
  colourOf,
  indent = 0,
  small = false,
  children,
}: {
  series: readonly string[];
  /** The metric the series are of: each is named by its label in the data, else its id. */
  metric: Metric;
  /** Each series' name (default: its label in `metric`, else its id). */
  names?: (series: string) => string;
  /** Each series' colour index (default: its position). */
  colourOf?: (series: string) => number;
  /** Left padding, to line the key up with a plot that starts after a label column. */
  indent?: number;
  small?: boolean;
  children?: ReactNode;
}) {
  const { lang } = useI18n();
  const p = usePanelMessages();
  return (
    <ul
      className={`legend inline-list${small ? ' small' : ''}`}
      aria-label={p.legend}
      style={indent ? { paddingLeft: indent } : undefined}
    >
      {series.map((s, i) => (
        <li key={s}>
          <span
            className={`swatch swatch-${String((colourOf ? colourOf(s) : i) % PALETTE_SIZE)}`}
            aria-hidden="true"
          />{' '}
          {names ? names(s) : (seriesLabel(metric, s)?.[lang] ?? s)}
        </li>
      ))}
      {children}
    </ul>
  );
}

/**
 * The name of a group of series drawn on its own scale, or null when the metric has one scale: its
 * series' labels in `metric`, else their ids. Without the metric, the panel catalog's `series`
 * names, until every caller passes it (metric-rail.tsx, metric-preview.tsx).
 */
export function scaleGroupName(
  group: readonly string[],
  groups: number,
  lang: Lang,
  metric: Metric,
): string | null {
  return groups > 1 ? group.map((s) => seriesLabel(metric, s)?.[lang] ?? s).join(', ') : null;
}

/** The heading over one of several charts of a metric, each on its own scale. */
export function ScaleHeading({
  name,
  indent = 0,
  small = false,
}: {
  name: string;
  indent?: number;
  small?: boolean;
}) {
  const p = usePanelMessages();
  return (
    <p
      className={small ? 'rail-subhead small' : 'chart-part-heading'}
      style={indent ? { paddingLeft: indent } : undefined}
    >
      {name} <span className={small ? 'muted' : 'muted small'}>({p.ownScale})</span>
    </p>
  );
}

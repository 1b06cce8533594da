import { memo, startTransition, useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { queries } from '@/data/queries';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import type { Metric } from '@/data/metrics/contract';
import { formatTick } from '@/features/metrics/lib/format-observation';
import {
  eventMarkers,
  markersInView,
  scaleGroups,
  seriesOf,
  toTimeSpans,
} from '@/features/metrics/lib/to-chart-series';
import { usePanelMessages } from '@/features/metrics/panel-messages';
import { serializePanelSearch } from '@/features/metrics/search-params';
import type { PolicyEvent } from '@/data/events/contract';
import { labelledTicks, type Viewport } from '@/features/events/lib/axis';
import type { AxisFrame } from '@/features/events/components/timeline-axis';
import { AppLink } from '@/components/ui/app-link';
import { SpanStrip } from '@/components/charts/span-strip';
import { SkippedNotice } from '@/components/ui/skipped-notice';
import { href } from '@/config/paths';
import { useI18n } from '@/lib/i18n/context';
import { useWidth } from '@/lib/use-width';
import { formatCount } from '@/lib/format';
import {
  ScaleHeading,
  SeriesLegend,
  scaleGroupName,
  useDescribeObservation,
  useObservationLabel,
} from './panel-charts';

/** The time-based panels shown beside the timeline when the URL does not say (`panels`). */
export const DEFAULT_RAIL = ['us-origin-share', 'atf-mexico-traces', 'mexico-army-seizures'] as const;

/** A tiny store for the axis's frame, so panning re-renders only the charts, not the page. */
export function createFrameStore() {
  let frame: AxisFrame | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => frame,
    set: (next: AxisFrame) => {
      frame = next;
      for (const l of listeners) l();
    },
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
export type FrameStore = ReturnType<typeof createFrameStore>;

/** The time-based metrics the rail can show, in dataset order. */
export function railMetrics(metrics: readonly Metric[]): Metric[] {
  return metrics.filter((m) => m.timeBased);
}

interface Props {
  /** Chosen panel ids (already resolved from `panels` and its default), shown in dataset order. */
  ids: readonly string[];
  /** The axis's frame when the axis is shown; without it the charts use `domain`. */
  frameStore: FrameStore | null;
  /** Time range for the charts when there is no axis (list view, phones). */
  domain: Viewport;
  /** The filtered events; those of each panel's storylines are marked. */
  events: readonly PolicyEvent[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const NO_EVENTS: readonly PolicyEvent[] = [];
const LIST_LABEL_W = 64;
const ROW_H = 110;
const MAX_MARKERS = 40;

/**
 * The axis's frame, which the charts follow a moment behind: each change is rendered in a
 * transition, which yields to the axis's own frames and is dropped for a newer one while a drag or
 * a zoom goes on. (A store read with useSyncExternalStore is rendered synchronously: every step of
 * a wheel zoom drew all the charts before the axis's next frame, then again for the deferred value.)
 */
function useFollowedFrame(store: FrameStore | null): AxisFrame | null {
  const [frame, setFrame] = useState(() => store?.get() ?? null);
  useEffect(() => {
    if (!store) return;
    const follow = () => {
      startTransition(() => {
        setFrame(store.get());
      });
    };
    follow();
    return store.subscribe(follow);
  }, [store]);
  return store ? frame : null;
}

/**
 * Metric panels under the timeline, sharing its time scale: zooming or
 * panning the axis moves them; the selected event is marked on each; a
 * marker selects its event. Each row lines its plot up with the axis's.
 */
export function MetricRail({ ids, frameStore, domain, events, selectedId, onSelect }: Props) {
  const { lang } = useI18n();
  const p = usePanelMessages();
  const { items, skipped } = useSuspenseQuery(queries.metrics()).data;
  const frame = useFollowedFrame(frameStore);
  const [measure, ownWidth] = useWidth();
  const available = railMetrics(items);
  const shown = available.filter((m) => ids.includes(m.id));
  const unknown = ids.filter((id) => !available.some((m) => m.id === id));
  const view = frame?.view ?? domain;
  const labelW = frame?.labelWidth ?? LIST_LABEL_W;
  const plotW = frame?.width ?? Math.max(120, ownWidth - LIST_LABEL_W);
  const tickList = useMemo(() => labelledTicks(view, plotW, lang, 90), [view, plotW, lang]);
  // The charts' event markers follow the filtered events a moment behind too: the axis and the
  // list show the data (or a filter's result) first, and the markers are placed in the time after.
  const marked = useDeferredValue(events, NO_EVENTS);

  return (
    <div className="rail" ref={measure}>
      <SkippedNotice skipped={skipped} />
      {unknown.length > 0 ? (
        <p className="callout callout-warning" role="status">
          {p.rail.unknown(unknown.join(', '))}
        </p>
      ) : null}
      {/* Beside the axis, drawn once the axis has its width (never at a guessed one first). */}
      {(frameStore ? frame : ownWidth > 0)
        ? shown.map((metric) => (
            <RailPanel
              key={metric.id}
              metric={metric}
              view={view}
              labelWidth={labelW}
              width={plotW}
              ticks={tickList}
              events={marked}
              selectedId={selectedId}
              onSelect={onSelect}
            />
          ))
        : null}
      {shown.length > 0 ? <p className="muted small rail-key">{p.rail.key}</p> : null}
    </div>
  );
}

/** One panel's charts: drawn again only when its own inputs change (not for a sibling's). */
const RailPanel = memo(function RailPanel({
  metric,
  view,
  labelWidth,
  width,
  ticks: tickList,
  events,
  selectedId,
  onSelect,
}: {
  metric: Metric;
  view: Viewport;
  labelWidth: number;
  width: number;
  ticks: { t: number; label: string }[];
  events: readonly PolicyEvent[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { lang, m } = useI18n();
  const p = usePanelMessages();
  const headingId = useId();
  const describe = useDescribeObservation(metric);
  const label = useObservationLabel(metric);
  const spans = useMemo(() => toTimeSpans(metric), [metric]);
  const allSeries = useMemo(() => seriesOf(metric), [metric]);
  const groups = useMemo(() => scaleGroups(spans, allSeries), [spans, allSeries]);
  // Events of this panel's storylines placed in time once, not on every pan frame.
  // (with their titles: a few hundred of the 10,000 a large dataset has).
  const { candidates, titles } = useMemo(() => {
    const list = eventMarkers(events, metric.defaultEventStorylines, [-Infinity, Infinity]);
    const ids = new Set(list.map((mk) => mk.id));
    const named = new Map(events.filter((e) => ids.has(e.id)).map((e) => [e.id, e.title[lang]]));
    return { candidates: list, titles: named };
  }, [events, metric, lang]);
  const { selected, selectedTitle } = useMemo(() => {
    const e = selectedId ? events.find((x) => x.id === selectedId) : undefined;
    return {
      selected: e ? eventMarkers([e], [], [-Infinity, Infinity], e.id) : [],
      selectedTitle: e?.title[lang],
    };
  }, [events, selectedId, lang]);
  const { shown, inView: count, crowded } = markersInView(candidates, selected, view, MAX_MARKERS);
  const markers = shown.map((mk) => ({
    ...mk,
    label: titles.get(mk.id) ?? (mk.id === selectedId ? selectedTitle : undefined) ?? mk.id,
    highlighted: mk.id === selectedId,
  }));
  const inRange = spans.some((s) => s.end >= view.start && s.start <= view.end);
  const panelLink = `${href('metric', { id: metric.id })}${
    selectedId ? `?${serializePanelSearch({ tab: 'chart', events: null, highlight: selectedId })}` : ''
  }`;
  return (
    <section className="rail-panel" aria-labelledby={headingId}>
      <div className="rail-head">
        <h3 id={headingId}>{metric.title[lang]}</h3>
        <span className="muted small">{m.unit[metric.unit]}</span>
        <AppLink to={panelLink} className="small">
          {p.rail.open} →
        </AppLink>
      </div>
      {inRange ? null : <p className="muted small rail-empty">{p.rail.nothingInRange}</p>}
      {crowded ? <p className="muted small rail-empty">{p.rail.crowded(formatCount(count, lang))}</p> : null}
      {groups.map((group) => {
        const heading = scaleGroupName(group, groups.length, lang, metric);
        const data = spans.filter((d) => group.includes(d.series));
        return (
          <div key={group.join()} className="rail-chart">
            {heading ? <ScaleHeading name={heading} indent={labelWidth} small /> : null}
            <SpanStrip
              title={heading ? `${metric.title[lang]}: ${heading}` : metric.title[lang]}
              desc={p.chartDesc(metric.observations.length)}
              labelWidth={labelWidth}
              width={width}
              height={ROW_H}
              view={view}
              data={data}
              colourOf={(s) => allSeries.indexOf(s)}
              ticks={tickList}
              markers={markers}
              formatValue={(v) => formatTick(v, metric.unit, lang)}
              label={label}
              describe={describe}
              onMarker={onSelect}
              markersLabel={p.markers}
            />
          </div>
        );
      })}
      <SeriesLegend series={allSeries} metric={metric} indent={labelWidth} small />
    </section>
  );
});

/** Which charts sit under the timeline: show or hide them, and choose among the time-based panels. */
export function RailPicker({
  chosen,
  onChange,
}: {
  chosen: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const { lang } = useI18n();
  const p = usePanelMessages();
  const metrics = useQuery(queries.metrics()).data?.items;
  const options = metrics ? railMetrics(metrics) : [];
  return (
    <div className="rail-picker">
      <button
        type="button"
        className="button small secondary"
        onClick={() => {
          onChange(chosen.length > 0 ? [] : [...DEFAULT_RAIL]);
        }}
      >
        {chosen.length > 0 ? p.rail.hide : p.rail.show}
      </button>
      {options.length > 0 ? (
        <details className="rail-choose">
          <summary className="small">{p.rail.choose}</summary>
          <fieldset>
            <legend className="visually-hidden">{p.rail.choose}</legend>
            <ul className="plain-list">
              {options.map((metric) => (
                <li key={metric.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={chosen.includes(metric.id)}
                      onChange={() => {
                        const next = chosen.includes(metric.id)
                          ? chosen.filter((x) => x !== metric.id)
                          : options.map((o) => o.id).filter((id) => id === metric.id || chosen.includes(id));
                        onChange(next);
                      }}
                    />{' '}
                    {metric.title[lang]}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        </details>
      ) : null}
    </div>
  );
}

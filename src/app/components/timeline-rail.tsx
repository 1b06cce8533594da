import { useMemo } from 'react';
import type { PolicyEvent } from '@/data/events/contract';
import { QueryBoundary } from '@/components/ui/query-boundary';
import { listDomainOf } from '@/features/events/components/timeline-view';
import type { TimelineSearch } from '@/features/events/search-params';
import { useTimelineMessages } from '@/features/events/timeline-messages';
import { DEFAULT_RAIL, MetricRail, RailPicker, type FrameStore } from './metric-rail';

/**
 * The metric charts beside the timeline's axis (or under its list), with the picker of which are
 * shown: the events feature's timeline around the metrics feature's charts. On by default beside
 * the axis (wide screens); under the list only when asked for.
 */
export function TimelineRail({
  search,
  view,
  wide,
  frameStore,
  events,
  update,
  onOpen,
}: {
  search: TimelineSearch;
  view: 'list' | 'axis';
  wide: boolean;
  /** The axis's frame, which the charts follow when the axis is shown. */
  frameStore: FrameStore;
  /** The filtered events. */
  events: readonly PolicyEvent[];
  update: (next: TimelineSearch, replace?: boolean) => void;
  onOpen: (id: string) => void;
}) {
  const t = useTimelineMessages();
  const panels = search.panels ?? (view === 'axis' && wide ? [...DEFAULT_RAIL] : []);
  const domain = useMemo(
    () => listDomainOf(search.from, search.to, events),
    [search.from, search.to, events],
  );
  return (
    <section className="rail-section" aria-labelledby="rail-title">
      <div className="rail-top">
        <h2 id="rail-title" className="small-heading">
          {t.railTitle}
        </h2>
        <RailPicker
          chosen={panels}
          onChange={(next) => {
            update({ ...search, panels: next });
          }}
        />
      </div>
      {panels.length > 0 ? (
        <QueryBoundary>
          <MetricRail
            ids={panels}
            frameStore={view === 'axis' ? frameStore : null}
            domain={domain}
            events={events}
            selectedId={search.event}
            onSelect={(id) => {
              // On the axis a marker selects its event; in the list (no axis) it opens it.
              if (view === 'axis') update({ ...search, event: id }, true);
              else onOpen(id);
            }}
          />
        </QueryBoundary>
      ) : null}
    </section>
  );
}

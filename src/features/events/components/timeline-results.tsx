import { useMemo, type ReactNode } from 'react';
import type { PolicyEvent } from '@/data/events/contract';
import { useI18n } from '@/lib/i18n/context';
import type { Lang } from '@/lib/i18n/langs';
import type { Viewport } from '../lib/axis';
import type { ChangeKind } from '../lib/since-last-visit';
import { hasFilters, type TimelineSearch } from '../search-params';
import type { TimelineMessages } from '../timeline-messages';
import { EventList } from './event-list';
import { SelectedEvent } from './selected-event';
import { TimelineAxis, type AxisFrame } from './timeline-axis';
import { TimelineControls } from './timeline-controls';
import { EmptyResult } from './timeline-notices';
import { buildLanes, initialAxisView } from './timeline-view';
import { VirtualEventList } from './virtual-event-list';

const LARGE_LIST = 300;

/**
 * The timeline's results: the count and view controls, then the filtered events on the axis (with
 * the selected event beside it) or as a list, newest first; `rail` (the charts) goes beside the
 * axis or under the list.
 */
export function TimelineResults({
  search,
  view,
  events,
  total,
  selected,
  changes,
  actors,
  storylines,
  t,
  update,
  onOpen,
  onAxisView,
  axisEcho,
  onViewportChange,
  onClear,
  rail,
}: {
  search: TimelineSearch;
  view: 'list' | 'axis';
  /** The filtered events, in chronological order. */
  events: PolicyEvent[];
  /** How many events the dataset has. */
  total: number;
  /** The event selected on the axis (from all events, shown even when filtered out). */
  selected: PolicyEvent | undefined;
  changes: ReadonlyMap<string, ChangeKind>;
  actors: Map<string, { name: Record<Lang, string> }>;
  storylines: Map<string, { title: Record<Lang, string> }>;
  t: TimelineMessages;
  update: (next: TimelineSearch, replace?: boolean) => void;
  onOpen: (id: string) => void;
  onAxisView: (view: Viewport, discrete: boolean) => void;
  /** The address's range is one the axis wrote itself (see useAxisViewUrl). */
  axisEcho: boolean;
  onViewportChange: (frame: AxisFrame) => void;
  onClear: () => void;
  rail: ReactNode;
}) {
  const { lang, m } = useI18n();
  const lanes = useMemo(
    () => (view === 'axis' ? buildLanes(events, search.lanes, { m, t, lang, actors, storylines }) : []),
    [view, events, search.lanes, m, t, lang, actors, storylines],
  );
  const newest = useMemo(() => (view === 'list' ? [...events].reverse() : []), [view, events]);
  const changedShown = useMemo(
    () => (changes.size === 0 ? 0 : events.filter((e) => changes.has(e.id)).length),
    [changes, events],
  );
  return (
    <>
      <TimelineControls
        shown={events.length}
        total={total}
        changed={changedShown}
        view={view}
        lanes={search.lanes}
        t={t}
        onView={(v) => {
          update({ ...search, view: v });
        }}
        onLanes={(l) => {
          update({ ...search, lanes: l });
        }}
      />
      {events.length === 0 ? (
        <EmptyResult datasetEmpty={total === 0} canClear={hasFilters(search)} onClear={onClear} t={t} />
      ) : null}
      {view === 'axis' && events.length > 0 ? (
        <div className="axis-with-detail">
          <TimelineAxis
            key={`${search.lanes}-${search.from ?? ''}-${search.to ?? ''}`}
            lanes={lanes}
            events={events}
            selectedId={search.event}
            changes={changes}
            lang={lang}
            t={t}
            initial={initialAxisView(search)}
            initialIsEcho={axisEcho}
            onViewChange={onAxisView}
            onSelect={(id) => {
              update({ ...search, event: id }, true);
            }}
            onOpen={onOpen}
            onRange={(from, to) => {
              update({ ...search, from, to });
            }}
            onViewportChange={onViewportChange}
          />
          <aside className="event-detail panel" aria-labelledby="selected-title" aria-live="polite">
            <h2 id="selected-title" className="small-heading">
              {t.selected}
            </h2>
            {selected ? (
              <SelectedEvent event={selected} openLabel={t.openEvent} change={changes.get(selected.id)} />
            ) : (
              <p className="muted">{t.selectHint}</p>
            )}
          </aside>
          {/* Same box as the axis, so the charts' plots line up with its lanes. */}
          <div className="rail-box">{rail}</div>
        </div>
      ) : null}
      {view === 'list' && events.length > 0 ? (
        events.length > LARGE_LIST ? (
          <VirtualEventList events={newest} changes={changes} />
        ) : (
          <EventList events={newest} changes={changes} />
        )
      ) : null}
      {view === 'list' && events.length > 0 ? <div className="rail-under-list">{rail}</div> : null}
    </>
  );
}

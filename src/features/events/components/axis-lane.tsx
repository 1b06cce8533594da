import { memo, type RefObject } from 'react';
import type { PolicyEvent } from '@/data/events/contract';
import { clusterLeft, type AxisCluster, type AxisItem, type MarkLabel } from '../lib/axis';
import type { ChangeKind } from '../lib/since-last-visit';
import { changeLabel } from './change-badge';
import type { TimelineMessages } from '../timeline-messages';
import { formatCount, formatPartialDate, type Lang } from '@/lib/format';
import type { Messages } from '@/lib/i18n/messages/en';

export const ROW_H = 50;

/** What a lane's marks do, the same functions from render to render (they read the axis's latest state). */
export interface LaneActions {
  select: (id: string) => void;
  openCluster: (cluster: AxisCluster) => void;
  /** Pointer over or focus on a mark: its tooltip shows. */
  tip: (id: string, lane: number, focused: boolean) => void;
  untip: (id: string) => void;
}

interface Props {
  index: number;
  label: string;
  laneKey: string;
  items: readonly (AxisItem | AxisCluster)[];
  labels: ReadonlyMap<string, MarkLabel>;
  width: number;
  /** The one mark in the tab order, the selected one, the one whose tooltip shows: ids, or null. */
  tabTarget: string | null;
  focusId: string | null;
  tipId: string | null;
  changes: ReadonlyMap<string, ChangeKind> | undefined;
  lang: Lang;
  m: Messages;
  t: TimelineMessages;
  itemRefs: RefObject<Map<string, HTMLElement>>;
  actions: LaneActions;
}

export function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

// Every mark's name says its date, on every frame of a zoom: each date is set in words once.
const dayLabels = new Map<string, string>();
function dayLabel(t: number, lang: Lang): string {
  const key = `${lang}${String(t)}`;
  let label = dayLabels.get(key);
  if (label === undefined) {
    label = formatPartialDate(isoDay(t), lang);
    if (dayLabels.size > 50_000) dayLabels.clear();
    dayLabels.set(key, label);
  }
  return label;
}
const eventDates = new Map<Lang, WeakMap<PolicyEvent, string>>();

/** "25 June 2022", or "June 2022 – March 2023" for a period. */
export function describeDate(event: PolicyEvent, lang: Lang): string {
  let dates = eventDates.get(lang);
  if (!dates) {
    dates = new WeakMap();
    eventDates.set(lang, dates);
  }
  const known = dates.get(event);
  if (known !== undefined) return known;
  const start = formatPartialDate(event.date.start, lang);
  const text =
    event.date.end && event.date.end !== event.date.start
      ? `${start} – ${formatPartialDate(event.date.end, lang)}`
      : start;
  dates.set(event, text);
  return text;
}

function describe(
  event: PolicyEvent,
  lang: Lang,
  words: Messages['changeBadge'],
  change?: ChangeKind,
): string {
  return `${describeDate(event, lang)}: ${event.title[lang]}${change ? ` (${changeLabel(change, words)})` : ''}`;
}

/**
 * One lane of the axis: its label, its marks (events and clusters) and their titles. Drawn again
 * only when its own marks, labels or the mark in focus change: a tooltip opening over one lane
 * leaves the others as they are.
 *
 * Marks are spans with the button role, not `<button>`s: Chromium restyles a moved `<button>`
 * three to five times slower than a focusable span (300 marks: 20–30 ms against 6–8 ms on the
 * bench machine), and a zoom moves every mark. The axis handles their keys (Enter opens, Space
 * selects, see TimelineAxis).
 */
export const AxisLane = memo(function AxisLane({
  index,
  label,
  laneKey,
  items,
  labels,
  width,
  tabTarget,
  focusId,
  tipId,
  changes,
  lang,
  m,
  t,
  itemRefs,
  actions,
}: Props) {
  /** How many of these events are new or updated since the reader's last visit. */
  const changedIn = (list: readonly PolicyEvent[]) =>
    changes && changes.size > 0 ? list.reduce((n, e) => n + (changes.has(e.id) ? 1 : 0), 0) : 0;
  return (
    <div className="axis-row" style={{ height: ROW_H }}>
      <div className="lane-label small" title={label}>
        {label}
      </div>
      <div className="lane-plot">
        {/* Moved and scaled as one while a gesture is under way (see TimelineAxis). */}
        <div className="lane-marks">
          {items.map((item, i) => {
            if (item.kind === 'cluster') {
              const changed = changedIn(item.events);
              return (
                <span
                  // By place in the lane: as a zoom regroups the events, each badge is the same element
                  // with new figures, not one removed and another made (clusters never hold focus).
                  key={`c-${String(i)}`}
                  role="button"
                  tabIndex={-1}
                  className={`cluster${changed > 0 ? ' changed' : ''}`}
                  style={{ left: clusterLeft(item, width) }}
                  aria-label={`${t.cluster(
                    item.events.length,
                    dayLabel(item.start, lang),
                    dayLabel(item.end, lang),
                  )}${changed > 0 ? ` (${t.changedCount(formatCount(changed, lang))})` : ''}`}
                  onClick={() => {
                    actions.openCluster(item);
                  }}
                >
                  {item.events.length}
                </span>
              );
            }
            const id = item.event.id;
            return (
              <span
                key={`${laneKey}-${id}`}
                ref={(node) => {
                  if (node) itemRefs.current.set(id, node);
                  else itemRefs.current.delete(id);
                }}
                role="button"
                tabIndex={id === tabTarget ? 0 : -1}
                className={`item item-${item.event.category}${item.x2 - item.x > 8 ? ' period' : ''}${id === focusId ? ' selected' : ''}${changes?.has(id) ? ' changed' : ''}`}
                style={{ left: item.x - 7, width: Math.max(14, item.x2 - item.x + 14) }}
                aria-label={describe(item.event, lang, m.changeBadge, changes?.get(id))}
                aria-describedby={tipId === id ? `axis-tip-${id}` : undefined}
                aria-pressed={id === focusId}
                onClick={() => {
                  actions.select(id);
                }}
                onPointerEnter={() => {
                  actions.tip(id, index, false);
                }}
                onFocus={() => {
                  actions.tip(id, index, true);
                }}
                onBlur={() => {
                  actions.untip(id);
                }}
              />
            );
          })}
          {[...labels].map(([key, mark]) => (
            <span
              key={`l-${key}`}
              className={`mark-label ${mark.line}`}
              style={{ left: mark.x }}
              aria-hidden="true"
            >
              {mark.text}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
});

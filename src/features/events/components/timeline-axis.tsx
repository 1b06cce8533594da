import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import type { PolicyEvent } from '@/data/events/contract';
import { ADMINISTRATIONS } from '../lib/administrations';
import {
  bandLabel,
  clampView,
  covers,
  eventExtent,
  extentOf,
  labelLane,
  labelWidth,
  layoutLane,
  pan,
  reveal,
  tickLabel,
  ticks,
  zoom,
  MIN_SPAN,
  type AxisCluster,
  type AxisItem,
  type MarkLabel,
  type Reserved,
  type Viewport,
} from '../lib/axis';
import { inDateOrder } from '../lib/events';
import type { ChangeKind } from '../lib/since-last-visit';
import { AxisLane, describeDate, isoDay, ROW_H, type LaneActions } from './axis-lane';
import type { TimelineMessages } from '../timeline-messages';
import { formatPartialDate, type Lang } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';

export interface Lane {
  key: string;
  label: string;
  events: PolicyEvent[];
}

interface Props {
  lanes: Lane[];
  /** All filtered events in chronological order (for keyboard moves). */
  events: PolicyEvent[];
  selectedId: string | null;
  /** Events added or changed since the reader's last visit: marked, and said in their names. */
  changes?: ReadonlyMap<string, ChangeKind>;
  lang: Lang;
  t: TimelineMessages;
  /**
   * The time range to show (the URL's `axis`, else the `from`/`to` filter): shown first, and again
   * whenever it changes to something other than what is shown (Back and Forward).
   */
  initial?: Viewport | null;
  /**
   * `initial` is a range this axis reported itself, written into the address a moment later: it
   * is taken as said, not shown again (the axis may have zoomed on since it was written).
   */
  initialIsEcho?: boolean;
  /** The shown range changed (after the first): `discrete` for a zoom step, not a drag or the wheel. */
  onViewChange?: (view: Viewport, discrete: boolean) => void;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  onRange: (from: string, to: string) => void;
  /** Reports the visible time range and the label column's width, so linked charts can line up. */
  onViewportChange?: (frame: AxisFrame) => void;
}

const NONE: never[] = [];
const NO_LABELS = new Map<string, never>();
/** The marks that keep their size while a gesture scales their lane (a period's bar stretches). */
const UNZOOMED = '.lane-marks > .item:not(.period), .lane-marks > .cluster, .lane-marks > .mark-label';
/** How long a gesture pauses before the marks are laid out again for the range it reached. */
const SETTLE_MS = 150;

interface Shown {
  /** The range shown. */
  view: Viewport;
  /** The range the lanes are laid out for (the view, once a gesture pauses). */
  goal: Viewport;
  /** Lanes (by key) still laid out for an earlier range, in the order they will be laid out again. */
  lagging: ReadonlyMap<string, Viewport>;
}
const NOT_LAGGING: ReadonlyMap<string, Viewport> = new Map();
type LaneItems = readonly (AxisItem | AxisCluster)[];

// The last layout of each lane (by its events), so a render lays out only the lanes whose inputs
// changed: during a zoom's frames, none; after it, one per frame.
const layouts = new WeakMap<
  readonly PolicyEvent[],
  { basis: Viewport; width: number; keep: string | null; items: LaneItems }
>();
function laneLayout(events: readonly PolicyEvent[], basis: Viewport, width: number, keep: string | null) {
  const last = layouts.get(events);
  if (last?.basis === basis && last.width === width && last.keep === keep) return last.items;
  const items = layoutLane(events, basis, width, keep);
  layouts.set(events, { basis, width, keep, items });
  return items;
}
const laneLabelSets = new WeakMap<
  LaneItems,
  { width: number; lang: Lang; reserved: Reserved | null; labels: Map<string, MarkLabel> }
>();
function laneLabels(items: LaneItems, width: number, lang: Lang, reserved: Reserved | null) {
  const last = laneLabelSets.get(items);
  if (
    last?.width === width &&
    last.lang === lang &&
    last.reserved?.from === reserved?.from &&
    last.reserved?.to === reserved?.to
  )
    return last.labels;
  const labels = labelLane(items, width, lang, { reserved });
  laneLabelSets.set(items, { width, lang, reserved, labels });
  return labels;
}
/** Average width, in px, of a character of the ruler's labels (0.78rem), set generously. */
const TICK_CHAR_PX = 8;
/** The "Today" label's reach from today's line (px): right of it, or left of it near the end. */
const TODAY_AT_END = 48;
function todayLabelSpan(x: number, width: number, text: string): Reserved {
  // Its 0.7rem bold text, padding and offset from the line, set generously.
  const w = text.length * 8 + 12;
  return x > width - TODAY_AT_END ? { from: x - w, to: x } : { from: x, to: x + w };
}
/** The first event with a mark of its own, lane by lane. */
function firstEvent(laidOut: readonly LaneItems[]): string | null {
  for (const items of laidOut) for (const item of items) if (item.kind === 'event') return item.event.id;
  return null;
}

const IN_PLACE = { stretch: 1, shift: 0 };
/**
 * How marks laid out for `basis` are moved and scaled to show `view`. (The scale to a
 * ten-thousandth, a twelfth of a pixel across the axis: a drag keeps the span, give or take
 * rounding, and must not restyle every mark on every frame for a scale of 0.9999999.)
 */
function placement(basis: Viewport, view: Viewport, scale: number) {
  if (basis === view) return IN_PLACE;
  return {
    stretch: Math.round(((basis.end - basis.start) / (view.end - view.start)) * 1e4) / 1e4,
    shift: (basis.start - view.start) * scale,
  };
}

/** Runs `task` once the next frame has been shown (or after 100 ms where frames are not drawn). */
function afterNextFrame(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    clearTimeout(fallback);
    if (frame !== undefined) cancelAnimationFrame(frame);
    timer = setTimeout(task, 0);
  };
  const fallback = setTimeout(run, 100);
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(run) : undefined;
  return () => {
    clearTimeout(fallback);
    clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
}

export interface AxisFrame {
  view: Viewport;
  /** Width of the lane-label column; the plot starts after it. */
  labelWidth: number;
  /** Width of the plot area. */
  width: number;
}

/**
 * A zoomable, pannable time axis with lanes, clusters, presidential terms
 * and today's date. Mouse, touch (drag) and keyboard all work: arrows move
 * between events, Enter opens, + and − zoom, Home/End jump to the ends.
 */
export function TimelineAxis({
  lanes,
  events,
  selectedId,
  changes,
  lang,
  t,
  initial,
  initialIsEcho = false,
  onViewChange,
  onSelect,
  onOpen,
  onRange,
  onViewportChange,
}: Props) {
  const { m } = useI18n();
  const plotRef = useRef<HTMLDivElement>(null);
  const itemRefs = useRef(new Map<string, HTMLElement>());
  // The axis's width, measured before any mark is laid out (laying 10,000 events out at a guessed
  // width and again at the real one doubled the first render); 950 where nothing can be measured.
  const [measured, setContainerWidth] = useState<number | null>(null);
  const containerWidth = measured ?? 950;
  const LABEL_W = labelWidth(containerWidth);
  const narrow = containerWidth < 560;
  const width = Math.max(120, containerWidth - LABEL_W);
  const fullExtent = useMemo(() => extentOf(events), [events]);
  // `view` is the range shown; each lane's marks are laid out for a range of their own (its basis:
  // `goal`, or the earlier range it is still `lagging` on). While a gesture (a drag, a pinch, the
  // wheel) is under way its frames move and scale the laid-out marks as one (a transform per lane,
  // see below) instead of laying 10,000 events out again; once it pauses, or after a zoom step, the
  // lanes are laid out for the range reached, one lane per frame (see the effect below), so no
  // frame holds the layout of every lane.
  const [shown, setShown] = useState<Shown>(() => {
    const first = initial ?? fullExtent;
    return { view: first, goal: first, lagging: NOT_LAGGING };
  });
  const { view, goal, lagging } = shown;
  /** The lanes are to be laid out for `next`: each keeps its marks until its turn comes. */
  const retarget = (s: Shown, next: Viewport): Shown => {
    if (next === s.goal) return s;
    const behind = new Map<string, Viewport>();
    for (const lane of lanes) {
      const basis = s.lagging.get(lane.key) ?? s.goal;
      if (basis !== next) behind.set(lane.key, basis);
    }
    return { view: s.view, goal: next, lagging: behind };
  };
  const setViewRaw = (next: Viewport) => {
    setShown((s) => retarget({ ...s, view: next }, next));
  };
  // Panning and zooming stay within the events plus a margin (never decades of empty axis).
  const setView = (next: Viewport | ((v: Viewport) => Viewport), gesture = false) => {
    setShown((s) => {
      const v = clampView(typeof next === 'function' ? next(s.view) : next, fullExtent);
      // A gesture's frames keep the marks as laid out, while they can stand for the range shown.
      const held = gesture && covers(s.goal, v) && [...s.lagging.values()].every((b) => covers(b, v));
      return held ? { ...s, view: v } : retarget({ ...s, view: v }, v);
    });
  };
  // A range asked for from outside (Back, Forward, a link) that is not the one shown, to the day;
  // not the axis's own range coming back through the address, which it may have left since.
  const dayKey = (v: Viewport | null | undefined) => (v ? `${isoDay(v.start)}~${isoDay(v.end)}` : '');
  const [requested, setRequested] = useState(dayKey(initial));
  if (dayKey(initial) !== requested) {
    setRequested(dayKey(initial));
    if (!initialIsEcho) {
      if (initial && dayKey(initial) !== dayKey(view)) setViewRaw(clampView(initial, fullExtent));
      else if (!initial) setViewRaw(fullExtent);
    }
  }
  const discrete = useRef(false);
  const reported = useRef(dayKey(view));
  useEffect(() => {
    const key = dayKey(view);
    if (key === reported.current) return;
    reported.current = key;
    onViewChange?.(view, discrete.current);
    discrete.current = false;
  }, [view, onViewChange]);
  /** A zoom step (buttons, keys, a cluster, "Show all"): its own step in the history. */
  const step = (next: Viewport | ((v: Viewport) => Viewport)) => {
    discrete.current = true;
    setView(next);
  };
  /** The mark a pointer is over or focus is on: its tooltip shows. */
  const [tip, setTip] = useState<{ id: string; lane: number } | null>(null);
  /** The mark focus is on: never merged into a cluster while it has focus. */
  const [focusedItem, setFocusedItem] = useState<string | null>(null);
  const pointers = useRef(new Map<number, number>());
  const pinch = useRef<{ distance: number; view: Viewport; center: number } | null>(null);
  const [brush, setBrush] = useState<{ a: number; b: number } | null>(null);
  const [now] = useState(() => Date.now());
  /** The event a key press moved to: focused as soon as it is drawn (and selected). */
  const focusAfterMove = useRef<string | null>(null);
  const drag = useRef<{ x: number; view: Viewport; moved: boolean } | null>(null);

  // What the lanes' marks do: one object for the axis's life, reading the latest render's state,
  // so a lane is drawn again only when its own marks change.
  const latest = useRef({ onSelect, step });
  useLayoutEffect(() => {
    latest.current = { onSelect, step };
  });
  const actions = useMemo<LaneActions>(
    () => ({
      select: (id) => {
        latest.current.onSelect(id);
      },
      openCluster: (item) => {
        // Zoom so the cluster's range fills a third of the axis (at least two weeks shown).
        const span = Math.max(MIN_SPAN, (item.end - item.start) * 3);
        const mid = (item.start + item.end) / 2;
        latest.current.step({ start: mid - span / 2, end: mid + span / 2 });
      },
      tip: (id, lane, focused) => {
        if (focused) setFocusedItem(id);
        setTip((current) => (current?.id === id && current.lane === lane ? current : { id, lane }));
      },
      untip: (id) => {
        setTip((current) => (current?.id === id ? null : current));
      },
    }),
    [],
  );

  useLayoutEffect(() => {
    const node = plotRef.current;
    if (!node) return;
    const now = node.getBoundingClientRect().width;
    setContainerWidth(now > 0 ? now : 950);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setContainerWidth(entry.contentRect.width);
    });
    observer.observe(node);
    return () => {
      observer.disconnect();
    };
  }, []);

  useEffect(() => {
    if (measured !== null) onViewportChange?.({ view, labelWidth: LABEL_W, width });
  }, [measured, view, LABEL_W, width, onViewportChange]);

  const scale = width / (view.end - view.start);
  const xOf = (time: number) => (time - view.start) * scale;
  const tOf = (x: number) => view.start + x / scale;

  const sorted = useMemo(() => inDateOrder(events), [events]);
  const focusId = selectedId && sorted.some((e) => e.id === selectedId) ? selectedId : null;
  const keepId = focusId ?? focusedItem;
  const bases = lanes.map((lane) => lagging.get(lane.key) ?? goal);
  // Each lane laid out again only when its own events, its basis, the width or the kept event change.
  const laidOut = lanes.map((lane, i) =>
    measured === null ? NONE : laneLayout(lane.events, bases[i] ?? goal, width, keepId),
  );
  // The top lane's labels above its marks stay clear of the "Today" label over them.
  const todayIn = (basis: Viewport) => (now - basis.start) * (width / (basis.end - basis.start));
  const labels = laidOut.map((items, i) => {
    const basis = bases[i] ?? goal;
    const reserved =
      i === 0 && now > basis.start && now < basis.end ? todayLabelSpan(todayIn(basis), width, t.today) : null;
    return laneLabels(items, width, lang, reserved);
  });
  // One item in the axis is in the tab order: the selected event, else the first visible one.
  const tabTarget = focusId ?? firstEvent(laidOut);

  // An event selected from elsewhere (a marker on a linked chart) is brought into view.
  // (State adjusted during render, React's pattern for reacting to a changed prop.)
  const [revealed, setRevealed] = useState(focusId);
  if (focusId !== revealed) {
    setRevealed(focusId);
    const focused = focusId ? sorted.find((e) => e.id === focusId) : undefined;
    if (focused) setView((v) => reveal(v, eventExtent(focused).start));
  }

  // Focus follows the key press at once: the target is focused as soon as its mark exists (it is
  // never clustered once selected), whether the selection or the view changed first.
  useLayoutEffect(() => {
    const target = focusAfterMove.current;
    if (!target) return;
    const node = itemRefs.current.get(target);
    if (node) {
      node.focus();
      if (target === focusId) focusAfterMove.current = null;
    }
  }, [focusId, laidOut]);

  // A gesture's frames: each lane's marks, laid out for its basis, are moved and scaled to `view`
  // as one, a transform per lane (set here, not rendered, so the lanes are not drawn again); each
  // mark keeps its size (scaled back, each on its own element), while a period's bar stretches.
  // (Not through one inherited custom property on the lanes: changing it restyled every element
  // under them ten times slower, 12–17 ms against 1.3 ms for 230 elements on the bench machine.)
  const placed = bases.map((basis) => placement(basis, view, scale));
  const unzoomed = useRef<{ scale: string; items: unknown }[]>([]);
  useLayoutEffect(() => {
    const node = plotRef.current;
    if (!node) return;
    node.querySelectorAll<HTMLElement>('.lane-marks').forEach((marks, i) => {
      const { stretch, shift } = placed[i] ?? IN_PLACE;
      marks.style.transform =
        stretch === 1 && shift === 0 ? '' : `translateX(${String(shift)}px) scaleX(${String(stretch)})`;
      // Set again when the lane's scale changes or other marks were drawn (never on a drag's frames).
      const scale = stretch === 1 ? '' : `${String(1 / stretch)} 1`;
      const done = unzoomed.current[i];
      if (done?.scale === scale && done.items === laidOut[i]) return;
      unzoomed.current[i] = { scale, items: laidOut[i] };
      for (const mark of marks.querySelectorAll<HTMLElement>(UNZOOMED)) mark.style.scale = scale;
    });
  });
  // Once the gesture pauses, the marks are laid out for the range it reached (clusters split or
  // merge, labels fit again).
  useEffect(() => {
    if (view === goal) return;
    const timer = setTimeout(() => {
      setShown((s) => retarget(s, s.view));
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
    };
    // (`retarget` reads the lanes of the render that set the timer.)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, goal]);
  // A lane still laid out for an earlier range is laid out for the goal once a frame has been
  // shown: one lane per frame, in order, so a zoom's frames never hold the work of every lane.
  useEffect(() => {
    const next = lagging.keys().next();
    if (next.done) return;
    return afterNextFrame(() => {
      setShown((s) => {
        if (!s.lagging.has(next.value)) return s;
        const behind = new Map(s.lagging);
        behind.delete(next.value);
        return { ...s, lagging: behind.size > 0 ? behind : NOT_LAGGING };
      });
    });
  }, [lagging]);

  function move(to: PolicyEvent | undefined) {
    if (!to) return;
    setView((v) => reveal(v, eventExtent(to).start));
    focusAfterMove.current = to.id;
    onSelect(to.id);
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    // From the selected event, else from the one focus started on (the first in view): the first
    // arrow press goes on in time from there.
    const from = focusAfterMove.current ?? focusId ?? tabTarget;
    const index = from ? sorted.findIndex((x) => x.id === from) : -1;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        move(sorted[Math.min(sorted.length - 1, index + 1)]);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        move(sorted[Math.max(0, index - 1)]);
        break;
      case 'Home':
        move(sorted[0]);
        break;
      case 'End':
        move(sorted.at(-1));
        break;
      case '+':
      case '=':
        step((v) => zoom(v, 0.5, sorted[index] ? eventExtent(sorted[index]).start : undefined));
        break;
      case '-':
      case '_':
        step((v) => zoom(v, 2));
        break;
      case ' ': {
        // Space presses the mark in focus, as on a button: it selects its event.
        const target = e.target as HTMLElement;
        const id = [...itemRefs.current].find(([, node]) => node === target)?.[0];
        if (!id) return;
        onSelect(id);
        break;
      }
      case 'Enter': {
        // The event the last key press moved to, even if its selection is not drawn yet: a quick
        // arrow-then-Enter opens what the reader moved to, not what was selected before.
        const open = focusAfterMove.current ?? focusId;
        if (open) onOpen(open);
        break;
      }
      case 'Escape':
        if (!tip) return;
        setTip(null);
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  /** Two fingers on the axis: the distance between them zooms, around the point between them. */
  function startPinch(target: HTMLElement) {
    const [a, b] = [...pointers.current.values()];
    if (a === undefined || b === undefined) return;
    const left = target.getBoundingClientRect().left + LABEL_W;
    pinch.current = { distance: Math.max(1, Math.abs(a - b)), view, center: tOf((a + b) / 2 - left) };
    drag.current = null;
  }
  function onPlotPointerDown(e: PointerEvent<HTMLDivElement>) {
    pointers.current.set(e.pointerId, e.clientX);
    if (pointers.current.size === 2) {
      startPinch(e.currentTarget);
      e.currentTarget.setPointerCapture(e.pointerId);
      return;
    }
    if ((e.target as HTMLElement).closest('.item, .cluster')) return;
    drag.current = { x: e.clientX, view, moved: false };
    e.currentTarget.setPointerCapture(e.pointerId);
  }
  function onPlotPointerMove(e: PointerEvent<HTMLDivElement>) {
    if (pointers.current.has(e.pointerId)) pointers.current.set(e.pointerId, e.clientX);
    const p = pinch.current;
    if (p) {
      const [a, b] = [...pointers.current.values()];
      if (a === undefined || b === undefined) return;
      setView(zoom(p.view, p.distance / Math.max(1, Math.abs(a - b)), p.center), true);
      return;
    }
    const d = drag.current;
    if (!d) return;
    const dx = e.clientX - d.x;
    if (Math.abs(dx) > 3) d.moved = true;
    setView(pan(d.view, -dx / scale), true);
  }
  function onPlotPointerUp(e: PointerEvent<HTMLDivElement>) {
    pointers.current.delete(e.pointerId);
    if (pointers.current.size < 2) pinch.current = null;
    drag.current = null;
  }
  // Ctrl/⌘ + wheel (and a trackpad's pinch, which arrives as one) zooms the axis, a sideways
  // wheel pans it; either is the axis's alone, not also the page's zoom or a swipe Back. React's
  // wheel listeners are passive and cannot say so: this one is the element's own.
  const gridRef = useRef<HTMLDivElement>(null);
  const onWheel = useRef<(e: globalThis.WheelEvent) => void>(() => undefined);
  useLayoutEffect(() => {
    onWheel.current = (e) => {
      if (e.ctrlKey || e.metaKey) {
        const grid = gridRef.current;
        if (!grid) return;
        const at = tOf(e.clientX - grid.getBoundingClientRect().left - LABEL_W);
        setView((v) => zoom(v, e.deltaY > 0 ? 1.25 : 0.8, at), true);
      } else if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        setView((v) => pan(v, e.deltaX / scale), true);
      } else return;
      e.preventDefault();
    };
  });
  useEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    const listener = (e: globalThis.WheelEvent) => {
      onWheel.current(e);
    };
    grid.addEventListener('wheel', listener, { passive: false });
    return () => {
      grid.removeEventListener('wheel', listener);
    };
  }, []);

  function rulerX(e: PointerEvent<HTMLDivElement>) {
    return e.clientX - e.currentTarget.getBoundingClientRect().left;
  }
  function onRulerDown(e: PointerEvent<HTMLDivElement>) {
    const x = rulerX(e);
    setBrush({ a: x, b: x });
    e.currentTarget.setPointerCapture(e.pointerId);
  }
  function onRulerMove(e: PointerEvent<HTMLDivElement>) {
    if (brush) setBrush({ a: brush.a, b: rulerX(e) });
  }
  function onRulerUp() {
    if (brush && Math.abs(brush.b - brush.a) > 6) {
      const a = tOf(Math.min(brush.a, brush.b));
      const b = tOf(Math.max(brush.a, brush.b));
      setView({ start: a - (b - a) * 0.05, end: b + (b - a) * 0.05 });
      onRange(isoDay(a), isoDay(b));
    }
    setBrush(null);
  }

  const tickList = ticks(view, width);
  const bands = (['us', 'mx'] as const).map((country) => ({
    country,
    items: ADMINISTRATIONS.filter((a) => a.country === country)
      .map((a) => ({ ...a, x: xOf(Date.parse(a.start)), x2: xOf(a.end ? Date.parse(a.end) : now) }))
      .filter((a) => a.x2 > 0 && a.x < width),
  }));

  return (
    <div className="axis" style={{ '--label-w': `${String(LABEL_W)}px` } as CSSProperties}>
      <div className="axis-toolbar">
        {(
          [
            ['+', t.zoomIn, 0.5],
            ['−', t.zoomOut, 2],
          ] as const
        ).map(([symbol, label, factor]) => (
          <button
            key={symbol}
            type="button"
            className="button small"
            aria-label={label}
            onClick={() => {
              step((v) => zoom(v, factor));
            }}
          >
            {symbol}{' '}
            <span aria-hidden="true" className="hide-narrow">
              {label}
            </span>
          </button>
        ))}
        <button
          type="button"
          className="button small secondary"
          onClick={() => {
            step(fullExtent);
          }}
        >
          {t.zoomReset}
        </button>
        <span className="muted small">
          {formatPartialDate(isoDay(view.start), lang, 'short')} –{' '}
          {formatPartialDate(isoDay(view.end), lang, 'short')}
        </span>
      </div>
      <div ref={gridRef} className="axis-grid">
        <div className="axis-corner muted small">{t.rangeHint}</div>
        <div
          className="axis-ruler"
          onPointerDown={onRulerDown}
          onPointerMove={onRulerMove}
          onPointerUp={onRulerUp}
          onPointerCancel={() => {
            setBrush(null);
          }}
          aria-hidden="true"
        >
          {tickList.map((tick) => {
            const label = tickLabel(tick.t, tick.unit, lang);
            // A label that would run past the ruler's end is left off (the tick stays): never "202".
            const fits = xOf(tick.t) + label.length * TICK_CHAR_PX + 4 <= width;
            return (
              <span key={tick.t} className="tick" style={{ left: xOf(tick.t) }}>
                {fits ? label : null}
              </span>
            );
          })}
          {brush ? (
            <span
              className="brush"
              style={{ left: Math.min(brush.a, brush.b), width: Math.abs(brush.b - brush.a) }}
            />
          ) : null}
        </div>
        {bands.map((band) => (
          <div key={band.country} className="axis-row band-row">
            <div className="lane-label small">
              {band.country === 'us'
                ? narrow
                  ? t.usAdminsShort
                  : t.usAdmins
                : narrow
                  ? t.mxAdminsShort
                  : t.mxAdmins}
            </div>
            <div className="lane-plot band-plot">
              {band.items.map((a, i) => {
                const w = Math.min(width, a.x2) - Math.max(0, a.x);
                return (
                  <span
                    key={`${a.name}-${a.start}`}
                    className={`band band-${band.country} band-${String(i % 2)}`}
                    style={{ left: Math.max(0, a.x), width: w }}
                    title={a.name}
                  >
                    {bandLabel(a.name, w)}
                  </span>
                );
              })}
            </div>
          </div>
        ))}
        <div
          ref={plotRef}
          // While a gesture's frames move the marks as one, nothing under the pointer is looked up
          // for them (each frame's hit test cost up to 5 ms).
          className={view === goal ? 'axis-lanes' : 'axis-lanes moving'}
          role="group"
          aria-label={t.axisLabel}
          onKeyDown={onKeyDown}
          onPointerDown={onPlotPointerDown}
          onPointerMove={onPlotPointerMove}
          onPointerUp={onPlotPointerUp}
          onPointerCancel={onPlotPointerUp}
          onPointerLeave={() => {
            setTip(null);
          }}
        >
          {now > view.start && now < view.end ? (
            <span
              className={`today${xOf(now) > width - TODAY_AT_END ? ' at-end' : ''}`}
              style={{ left: LABEL_W + xOf(now) }}
            >
              <span className="today-label">{t.today}</span>
            </span>
          ) : null}
          {lanes.map((lane, i) => (
            <AxisLane
              key={lane.key}
              index={i}
              laneKey={lane.key}
              label={lane.label}
              items={laidOut[i] ?? NONE}
              labels={labels[i] ?? NO_LABELS}
              width={width}
              tabTarget={tabTarget}
              focusId={focusId}
              tipId={tip?.lane === i ? tip.id : null}
              changes={changes}
              lang={lang}
              m={m}
              t={t}
              itemRefs={itemRefs}
              actions={actions}
            />
          ))}
          {(() => {
            // Above the lanes' clipping: the tooltip of the mark under the pointer or focus.
            if (!tip) return null;
            const item = (laidOut[tip.lane] ?? []).find((x) => x.kind === 'event' && x.event.id === tip.id);
            if (item?.kind !== 'event') return null;
            // Where the mark is shown (moved with its lane during a gesture).
            const { stretch, shift } = placed[tip.lane] ?? IN_PLACE;
            const x = shift + item.x * stretch;
            return (
              <span
                role="tooltip"
                id={`axis-tip-${item.event.id}`}
                className={`axis-tooltip${x > width - 240 ? ' at-right' : ''}`}
                style={{
                  left: LABEL_W + Math.max(0, Math.min(x, width)),
                  top: tip.lane * ROW_H + 4,
                }}
              >
                <strong>{item.event.title[lang]}</strong>
                <span>{describeDate(item.event, lang)}</span>
                <span>{m.verification[item.event.verification]}</span>
              </span>
            );
          })()}
        </div>
      </div>
    </div>
  );
}

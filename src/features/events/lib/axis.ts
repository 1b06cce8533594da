import { cutAtWord } from '@/lib/words';
import type { PolicyEvent } from '@/data/events/contract';
import { formatInstant, rangeEnd, rangeStart, spanOf, type Lang } from '@/lib/format';

export const DAY = 86_400_000;
export const MIN_SPAN = 14 * DAY;
export const MAX_SPAN = 70 * 365 * DAY;

export interface Viewport {
  start: number;
  end: number;
}

/** Start and end (UTC ms) of an event; points have start = end. */
export function eventExtent(event: PolicyEvent): { start: number; end: number } {
  return spanOf(event.date);
}

/** Time range covering the events and today, padded by 5% each side (at least six months). */
export function extentOf(events: readonly PolicyEvent[], now = Date.now()): Viewport {
  if (events.length === 0) {
    return { start: now - 5 * 365 * DAY, end: now };
  }
  let start = Infinity;
  let end = -Infinity;
  // Read for each of 10,000 events on the first render: noted by the data layer, not parsed here.
  for (const e of events) {
    const s = rangeStart(e.date);
    const x2 = rangeEnd(e.date);
    if (s < start) start = s;
    if (x2 > end) end = x2;
  }
  end = Math.max(end, now);
  const pad = Math.max((end - start) * 0.05, 180 * DAY);
  return { start: start - pad, end: end + pad };
}

/** Zooms by `factor` (<1 zooms in) around `center`, within the allowed spans. */
export function zoom(view: Viewport, factor: number, center = (view.start + view.end) / 2): Viewport {
  const span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, (view.end - view.start) * factor));
  const ratio = (center - view.start) / (view.end - view.start);
  const start = center - span * ratio;
  return { start, end: start + span };
}

export function pan(view: Viewport, deltaMs: number): Viewport {
  return { start: view.start + deltaMs, end: view.end + deltaMs };
}

/** Moves the viewport the least needed so that `t` is inside it with a margin. */
export function reveal(view: Viewport, t: number): Viewport {
  const span = view.end - view.start;
  const margin = span * 0.1;
  if (t < view.start + margin) return { start: t - margin, end: t - margin + span };
  if (t > view.end - margin) return { start: t + margin - span, end: t + margin };
  return view;
}

/** Width of the lane-label column for a given axis width; linked charts use it to line up. */
export function labelWidth(containerWidth: number): number {
  return containerWidth < 560 ? 90 : containerWidth > 900 ? 190 : 150;
}

export type TickUnit = 'decade' | 'year' | 'month' | 'day';
export interface Tick {
  t: number;
  unit: TickUnit;
}

const STEPS: { unit: TickUnit; months?: number; days?: number; approx: number }[] = [
  { unit: 'decade', months: 120, approx: 3652 * DAY },
  { unit: 'year', months: 60, approx: 1826 * DAY },
  { unit: 'year', months: 24, approx: 730 * DAY },
  { unit: 'year', months: 12, approx: 365 * DAY },
  { unit: 'month', months: 6, approx: 182 * DAY },
  { unit: 'month', months: 3, approx: 91 * DAY },
  { unit: 'month', months: 1, approx: 30 * DAY },
  { unit: 'day', days: 7, approx: 7 * DAY },
  { unit: 'day', days: 1, approx: DAY },
];

/** A year's label ("2024") is about half as wide as a month's or a day's ("Sept 2024", "Sept 30"). */
const YEAR_LABEL_SHARE = 0.55;

/**
 * Ticks on calendar boundaries, as dense as fits `minPx` between labels (`minPx` for months and
 * days; a year's shorter label needs a little over half of it, so a phone still shows several).
 */
export function ticks(view: Viewport, width: number, minPx = 80): Tick[] {
  const msPerPx = (view.end - view.start) / Math.max(width, 1);
  const candidates = STEPS.filter(
    (s) =>
      s.approx / msPerPx >= (s.unit === 'year' || s.unit === 'decade' ? minPx * YEAR_LABEL_SHARE : minPx),
  );
  const step = candidates.at(-1) ?? STEPS[0];
  if (!step) return [];
  const out: Tick[] = [];
  const first = new Date(view.start);
  if (step.months) {
    const totalMonths = first.getUTCFullYear() * 12 + first.getUTCMonth();
    let m = Math.ceil(totalMonths / step.months) * step.months;
    for (let i = 0; i < 400; i++, m += step.months) {
      const t = Date.UTC(Math.floor(m / 12), m % 12, 1);
      if (t > view.end) break;
      if (t >= view.start) out.push({ t, unit: step.unit });
    }
  } else if (step.days) {
    let t = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate());
    for (let i = 0; i < 400 && t <= view.end; i++, t += step.days * DAY)
      if (t >= view.start) out.push({ t, unit: step.unit });
  }
  return out;
}

export interface AxisItem {
  kind: 'event';
  event: PolicyEvent;
  x: number;
  x2: number;
}
export interface AxisCluster {
  kind: 'cluster';
  events: PolicyEvent[];
  /** The event it is labelled with (`representativeOf` its events), chosen as it is laid out. */
  representative: PolicyEvent;
  x: number;
  x2: number;
  start: number;
  end: number;
}

/**
 * How far beyond each edge of the view a lane is laid out, as a share of the view's span: a drag
 * or zoom can move that far before the marks must be laid out again (see `covers`).
 */
export const LAID_OUT_MARGIN = 0.25;

/**
 * Whether marks laid out for `basis` can stand for `view` while a gesture goes on (moved and
 * scaled as one): the view lies within what was laid out, zoomed in at most fourfold.
 */
export function covers(basis: Viewport, view: Viewport): boolean {
  const span = basis.end - basis.start;
  const margin = span * LAID_OUT_MARGIN;
  return (
    view.start >= basis.start - margin && view.end <= basis.end + margin && view.end - view.start >= span / 4
  );
}

/**
 * Lays out one lane: events whose markers would overlap (closer than `gap`
 * pixels) are merged into a cluster showing their count. The selected event
 * is never clustered, so keyboard focus always has a target. Only items in
 * view (plus `LAID_OUT_MARGIN`) are returned.
 */
export function layoutLane(
  events: readonly PolicyEvent[],
  view: Viewport,
  width: number,
  selectedId: string | null,
  gap = 18,
): (AxisItem | AxisCluster)[] {
  const { starts, ends, scores } = laneFigures(events);
  const scale = width / (view.end - view.start);
  const margin = (view.end - view.start) * LAID_OUT_MARGIN;
  const from = view.start - margin;
  const to = view.end + margin;
  const out: (AxisItem | AxisCluster)[] = [];
  let open: AxisCluster | null = null;
  let openScore = -1;
  let openRepStart = 0;
  let last: AxisItem | null = null;
  const flush = () => {
    if (open) out.push(open.events.length === 1 && last ? last : open);
    open = null;
    last = null;
  };
  for (let i = 0; i < events.length; i++) {
    const start = starts[i] as number;
    const end = ends[i] as number;
    if (end < from || start > to) continue;
    const event = events[i] as PolicyEvent;
    const x = (start - view.start) * scale;
    const x2 = (end - view.start) * scale;
    if (event.id === selectedId || x2 - x > gap) {
      flush();
      out.push({ kind: 'event', event, x, x2 });
      continue;
    }
    const score = scores[i] as number;
    // A cluster's bubble (26 px) is wider than a dot: what follows one keeps clear of it.
    if (open && x - open.x < (open.events.length > 1 ? Math.max(gap, 30) : gap)) {
      open.events.push(event);
      open.x2 = Math.max(open.x2, x2);
      open.end = Math.max(open.end, end);
      // As representativeOf: the more important, the latest of equals.
      if (score > openScore || (score === openScore && start > openRepStart)) {
        open.representative = event;
        openScore = score;
        openRepStart = start;
      }
      continue;
    }
    flush();
    open = { kind: 'cluster', events: [event], representative: event, x, x2, start, end };
    openScore = score;
    openRepStart = start;
    last = { kind: 'event', event, x, x2 };
  }
  flush();
  return out;
}

const figures = new WeakMap<
  readonly PolicyEvent[],
  { starts: Float64Array; ends: Float64Array; scores: Int8Array }
>();
/** A lane's events' extents and importance as numbers, worked out once per lane, not on every frame. */
function laneFigures(events: readonly PolicyEvent[]) {
  const known = figures.get(events);
  // (A lane's list is built once and not changed; a list that grew or shrank is worked out again.)
  if (known?.starts.length === events.length) return known;
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  const scores = new Int8Array(events.length);
  events.forEach((e, i) => {
    starts[i] = rangeStart(e.date);
    ends[i] = rangeEnd(e.date);
    scores[i] = importance(e);
  });
  const made = { starts, ends, scores };
  figures.set(events, made);
  return made;
}

/** A tick's label in the reader's language: the year for year ticks, month or day otherwise. */
const MONTH_TICK: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric' };
const DAY_TICK: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' };
export function tickLabel(t: number, unit: TickUnit, lang: Lang): string {
  if (unit === 'decade' || unit === 'year') return String(new Date(t).getUTCFullYear());
  return formatInstant(t, lang, unit === 'month' ? MONTH_TICK : DAY_TICK);
}

/** Ticks for `view` at `width` pixels, each with its label in the reader's language. */
export function labelledTicks(
  view: Viewport,
  width: number,
  lang: Lang,
  minPx = 80,
): { t: number; label: string }[] {
  return ticks(view, width, minPx).map((tick) => ({ t: tick.t, label: tickLabel(tick.t, tick.unit, lang) }));
}

/** How much an event matters to a reader, for choosing a cluster's label (see `representativeOf`). */
function importance(e: PolicyEvent): number {
  return (
    (e.context ? 0 : 4) +
    (e.storyline && e.stage ? 2 : 0) +
    (e.verification === 'confirmed' ? 1 : 0) +
    ((e.identifiers?.length ?? 0) > 0 ? 1 : 0)
  );
}

/**
 * The event a cluster is labelled with: the one most likely to matter to a reader (a stage of a
 * storyline rather than context, confirmed, with official identifiers), the latest of equals.
 */
export function representativeOf(events: readonly PolicyEvent[]): PolicyEvent | undefined {
  let best: PolicyEvent | undefined;
  let bestScore = -1;
  for (const e of events) {
    const s = importance(e);
    if (!best || s > bestScore || (s === bestScore && spanOf(e.date).start > spanOf(best.date).start)) {
      best = e;
      bestScore = s;
    }
  }
  return best;
}

/**
 * A title set in at most `chars` characters: whole, or cut after a whole word with "…", keeping at
 * least two words and `min` characters; otherwise nothing (a label is never a word's stump).
 */
export function fitLabel(title: string, chars: number, min = 14): string | null {
  if (title.length <= chars) return title;
  const cut = cutAtWord(title, chars).slice(0, -1);
  if (cut.length < min || !cut.includes(' ')) return null;
  return `${cut}…`;
}

/** Average width, in px, of a character of an administration band's type (11 px), set generously. */
const BAND_CHAR_PX = 6.2;
const BAND_PADDING = 12;

/**
 * An administration band's name in `width` px: whole ("Andrés Manuel López Obrador"), else its last
 * word ("Obrador"), else nothing (the band keeps its name as a tooltip); never a stump like "Ge…".
 */
export function bandLabel(name: string, width: number): string | null {
  const chars = Math.floor((width - BAND_PADDING) / BAND_CHAR_PX);
  if (name.length <= chars) return name;
  const last = name.split(' ').at(-1) ?? '';
  return last.length > 0 && last.length <= chars ? last : null;
}

/**
 * A label drawn beside a mark: its text, where it starts (px, in the lane) and its line: beside the
 * mark (`mid`), or on the line above or below the marks when the next mark is too close.
 */
export interface MarkLabel {
  text: string;
  x: number;
  line: 'mid' | 'above' | 'below';
}

/** Width, in px, of a character of the axis labels' type (12 px system sans), on average; set generously. */
export const LABEL_CHAR_PX = 6.6;
const LABEL_GAP = 8;
const MARK_HALF = 7;
/**
 * Where a cluster's badge starts: kept inside the lane when any of its events is in view ("10" is
 * not cut in half at an edge); at its own place when they all lie beyond an edge, laid out only for
 * a gesture to bring in (pinned to the edge, it would stand for events out of view).
 */
export function clusterLeft(item: AxisCluster, width: number): number {
  const left = item.x - 4;
  if (item.x2 < 0 || item.x > width) return left;
  return Math.max(0, Math.min(left, width - 6 - clusterRight(item.events.length)));
}

/**
 * How far a cluster's badge reaches right of its x (px): drawn from x − 4, at least 26 px wide, wider
 * for a count of more digits (styles.css `.cluster`). Its label starts after it, never under it.
 */
export function clusterRight(count: number): number {
  return -4 + Math.max(26, 15 + 8 * String(count).length);
}

/** A label on the line above or below the marks is at most this wide (px). */
const OFF_LINE_MAX = 260;

/** A stretch of the line above the marks that something else covers (the top lane's "Today"). */
export interface Reserved {
  from: number;
  to: number;
}

/**
 * Labels for a lane's marks: an event's title, a cluster's representative event's. A label goes
 * beside its mark when the room before the next mark holds a readable one; otherwise on the line
 * above or below the marks (whichever is free there), where it may pass over later marks but never
 * under what `reserved` covers of the line above. Where neither has room there is none (the mark
 * keeps its count, its tooltip and its name). Keys are the event's id, or the cluster's first
 * event's id.
 */
export function labelLane(
  items: readonly (AxisItem | AxisCluster)[],
  width: number,
  lang: Lang,
  { charPx = LABEL_CHAR_PX, reserved = null }: { charPx?: number; reserved?: Reserved | null } = {},
): Map<string, MarkLabel> {
  const out = new Map<string, MarkLabel>();
  const sorted = [...items].sort((a, b) => a.x - b.x);
  // Where each off-line track is taken up to.
  const taken = { above: -Infinity, below: -Infinity };
  // How far the marks so far reach (a period's bar may run past the marks after it).
  let reach = -Infinity;
  sorted.forEach((item, i) => {
    const before = reach;
    reach = Math.max(reach, item.x2 + MARK_HALF);
    // A mark wholly beyond an edge (laid out for a gesture to bring in) has no label in view.
    if (item.x2 + MARK_HALF < 0 || item.x - MARK_HALF > width) return;
    const next = sorted[i + 1];
    const event = item.kind === 'cluster' ? item.representative : item.event;
    const key = item.kind === 'cluster' ? (item.events[0]?.id ?? '') : item.event.id;
    const title = event.title[lang];
    const x =
      Math.max(
        item.kind === 'cluster' ? item.x + clusterRight(item.events.length) : item.x2 + MARK_HALF,
        before,
      ) + LABEL_GAP;
    const end = Math.min(width, next ? next.x - MARK_HALF - LABEL_GAP : width);
    const beside = x >= 0 && end - x >= charPx * 8 ? fitLabel(title, Math.floor((end - x) / charPx)) : null;
    if (beside) {
      out.set(key, { text: beside, x, line: 'mid' });
      return;
    }
    if (item.kind === 'cluster') return;
    // Off the line: starting at the mark, as far as the lane (and a readable width) allows, on the
    // first free line where a readable label fits.
    const start = Math.max(0, item.x - MARK_HALF);
    const room = (line: 'above' | 'below') => {
      const end = Math.min(width, start + OFF_LINE_MAX);
      if (line === 'below' || !reserved || reserved.to <= start) return end;
      return reserved.from <= start ? 0 : Math.min(end, reserved.from - LABEL_GAP);
    };
    for (const line of ['above', 'below'] as const) {
      if (taken[line] >= start) continue;
      const chars = Math.floor((room(line) - start) / charPx);
      const text = chars > 0 ? fitLabel(title, chars) : null;
      if (!text) continue;
      taken[line] = start + text.length * charPx + LABEL_GAP;
      out.set(key, { text, x: start, line });
      return;
    }
  });
  return out;
}

/** Keeps a view within the data's range plus a margin of a fifth of a view: panning never leaves the events. */
export function clampView(view: Viewport, bounds: Viewport): Viewport {
  const span = Math.min(view.end - view.start, bounds.end - bounds.start + (view.end - view.start));
  const margin = span / 5;
  const min = bounds.start - margin;
  const max = bounds.end + margin;
  let start = view.start;
  if (start < min) start = min;
  if (start + span > max) start = max - span;
  return { start, end: start + span };
}

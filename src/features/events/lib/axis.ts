import type { PolicyEvent } from '@/data/events/contract';
import { endOf, localeOf, startOf, type Lang } from '@/lib/format';

export const DAY = 86_400_000;
export const MIN_SPAN = 14 * DAY;
export const MAX_SPAN = 70 * 365 * DAY;

export interface Viewport {
  start: number;
  end: number;
}

/** Start and end (UTC ms) of an event; points have start = end. */
export function eventExtent(event: PolicyEvent): { start: number; end: number } {
  const start = startOf(event.date.start);
  const end = event.date.end
    ? endOf(event.date.end)
    : event.date.precision === 'day'
      ? start
      : endOf(event.date.start);
  return { start, end };
}

/** Time range covering the events and today, padded by 5% each side (at least six months). */
export function extentOf(events: readonly PolicyEvent[], now = Date.now()): Viewport {
  if (events.length === 0) {
    return { start: now - 5 * 365 * DAY, end: now };
  }
  let start = Infinity;
  let end = -Infinity;
  for (const e of events) {
    const x = eventExtent(e);
    if (x.start < start) start = x.start;
    if (x.end > end) end = x.end;
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
  { unit: 'year', months: 12, approx: 365 * DAY },
  { unit: 'month', months: 6, approx: 182 * DAY },
  { unit: 'month', months: 3, approx: 91 * DAY },
  { unit: 'month', months: 1, approx: 30 * DAY },
  { unit: 'day', days: 7, approx: 7 * DAY },
  { unit: 'day', days: 1, approx: DAY },
];

/** Ticks on calendar boundaries, as dense as fits `minPx` between labels. */
export function ticks(view: Viewport, width: number, minPx = 80): Tick[] {
  const msPerPx = (view.end - view.start) / Math.max(width, 1);
  const candidates = STEPS.filter((s) => s.approx / msPerPx >= minPx);
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
  x: number;
  x2: number;
  start: number;
  end: number;
}

/**
 * Lays out one lane: events whose markers would overlap (closer than `gap`
 * pixels) are merged into a cluster showing their count. The selected event
 * is never clustered, so keyboard focus always has a target. Only items in
 * view (plus a margin) are returned.
 */
export function layoutLane(
  events: readonly PolicyEvent[],
  view: Viewport,
  width: number,
  selectedId: string | null,
  gap = 18,
): (AxisItem | AxisCluster)[] {
  const scale = width / (view.end - view.start);
  const margin = (view.end - view.start) * 0.05;
  const out: (AxisItem | AxisCluster)[] = [];
  let open: AxisCluster | null = null;
  let last: AxisItem | null = null;
  const flush = () => {
    if (open) out.push(open.events.length === 1 && last ? last : open);
    open = null;
    last = null;
  };
  for (const event of events) {
    const ext = eventExtent(event);
    if (ext.end < view.start - margin || ext.start > view.end + margin) continue;
    const x = (ext.start - view.start) * scale;
    const x2 = (ext.end - view.start) * scale;
    if (event.id === selectedId || x2 - x > gap) {
      flush();
      out.push({ kind: 'event', event, x, x2 });
      continue;
    }
    if (open && x - open.x < gap) {
      open.events.push(event);
      open.x2 = Math.max(open.x2, x2);
      open.end = Math.max(open.end, ext.end);
      continue;
    }
    flush();
    open = { kind: 'cluster', events: [event], x, x2, start: ext.start, end: ext.end };
    last = { kind: 'event', event, x, x2 };
  }
  flush();
  return out;
}

/** A tick's label in the reader's language: the year for year ticks, month or day otherwise. */
export function tickLabel(t: number, unit: TickUnit, lang: Lang): string {
  const d = new Date(t);
  if (unit === 'decade' || unit === 'year') return String(d.getUTCFullYear());
  const opts: Intl.DateTimeFormatOptions =
    unit === 'month'
      ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
      : { month: 'short', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(localeOf(lang), opts).format(d);
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

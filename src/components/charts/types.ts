import type { ReactNode } from 'react';

/** How many series colours charts have (--chart-1 … --chart-6 in styles.css, light and dark); beyond, they repeat. */
export const PALETTE_SIZE = 6;

/** A series' colour: its index into the palette (0-based), as a CSS variable. */
export const seriesColour = (i: number): string =>
  `var(--chart-${String((((i % PALETTE_SIZE) + PALETTE_SIZE) % PALETTE_SIZE) + 1)})`;

/** A figure over its period, as prepared by toTimeSpans (only the fields the charts draw). */
export interface SpanPoint {
  id: string;
  series: string;
  start: number;
  end: number;
  mid: number;
  value: number | null;
  low: number | null;
  high: number | null;
  disputed: boolean;
  /**
   * Drawn as a thin bar over a thicker one (`nestSpans`): another figure about as large covers some
   * of the same time, and would otherwise hide it.
   */
  nested?: boolean;
}

/**
 * The order to draw figures over periods in, and which are drawn thin: longer periods first, and a
 * bar whose period overlaps one already drawn at nearly the same height (within `closeness` of the
 * value axis's span: a bar's thickness on a phone's chart) is nested, thin, on top of it, so neither hides the other. No bar moves off
 * its value. Ranges without a figure (open boxes) are left as they are.
 */
export function nestSpans<T extends SpanPoint>(
  points: readonly T[],
  span: number,
  closeness = 0.05,
): (T & { nested: boolean })[] {
  const ordered = [...points].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const drawn: SpanPoint[] = [];
  return ordered.map((p) => {
    const v = p.value;
    const nested =
      v !== null &&
      drawn.some(
        (q) =>
          q.value !== null && q.start < p.end && p.start < q.end && Math.abs(q.value - v) <= span * closeness,
      );
    const out = { ...p, nested };
    drawn.push(out);
    return out;
  });
}

/** A policy event marked on a time chart: a line, or a shaded span for a period. */
export interface Marker {
  id: string;
  label: string;
  start: number;
  end: number;
  isSpan: boolean;
  highlighted: boolean;
  /** Its number in the chart's key of marked events. */
  n?: number;
}

/** What every chart is told about its figures: their names in words and in full. */
export interface MarkText {
  /** Plain text of a figure, for screen readers (and the mark's accessible name). */
  label: (id: string) => string;
  /** Rich text of a figure, shown on hover or keyboard focus. */
  describe: (id: string) => ReactNode;
}

/** The item an arrow, Home or End key moves to in a roving-focus list. */
export function step<T>(items: readonly T[], index: number, key: string): T | undefined {
  if (key === 'ArrowRight' || key === 'ArrowDown') return items[Math.min(items.length - 1, index + 1)];
  if (key === 'ArrowLeft' || key === 'ArrowUp') return items[Math.max(0, index - 1)];
  if (key === 'Home') return items[0];
  if (key === 'End') return items.at(-1);
  return undefined;
}

/** A round number at or above `value` (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten). */
/**
 * A value axis from zero with evenly spaced round ticks (steps of 1, 2, 2.5 or 5 times a power of
 * ten), three to five of them, the last one at or above `value`: "0, 500, 1,000, 1,500", never
 * "…, 1,200, 1,500".
 */
export function niceTicks(value: number): number[] {
  if (!(value > 0)) return [0, 1];
  const raw = value / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((f) => f * power >= raw) ?? 10) * power;
  const count = Math.ceil(value / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const factor = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => s * power >= value) ?? 10;
  return factor * power;
}

/** How far apart (px) two numbered event badges' centres must be in a row, and how many rows there are. */
export const BADGE_GAP = 16;
const BADGE_ROWS = 3;

/**
 * Where each numbered event badge goes above a chart: over its mark (`at`, px, in time order) in the
 * first of three rows with room; where none has room, in the row that frees up first, moved right
 * just far enough to clear its neighbour (the chart draws a leader line from it down to its mark).
 * Badges never overlap, up to `right`, the chart's right edge.
 */
export function placeBadges(at: readonly number[], right = Infinity): { x: number; row: number }[] {
  const rows: number[] = [];
  return at.map((cx) => {
    let row = rows.findIndex((last) => last <= cx - BADGE_GAP);
    if (row === -1 && rows.length < BADGE_ROWS) row = rows.length;
    let x = cx;
    if (row === -1) {
      row = rows.indexOf(Math.min(...rows));
      x = Math.min(right, (rows[row] ?? cx) + BADGE_GAP);
    }
    rows[row] = x;
    return { x, row };
  });
}

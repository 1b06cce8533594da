import { startOf } from '@/lib/format';

/** The small timeline's scale: whole years, from 1 January of the first to 1 January after the last. */
export interface YearScale {
  start: number;
  end: number;
  /** Every 1 January in the range (empty years included); `label` on at most `maxLabels` of them. */
  ticks: { year: number; t: number; label: boolean }[];
}

export function yearScale(firstIso: string, lastIso: string, maxLabels = 8): YearScale {
  const first = Number(firstIso.slice(0, 4));
  const last = Number(lastIso.slice(0, 4));
  const start = Date.UTC(first, 0, 1);
  const end = Date.UTC(last + 1, 0, 1);
  const count = last - first + 2;
  // Labels every 1, 2, 5 or 10 years, so that at most `maxLabels` show.
  const every = [1, 2, 5, 10, 20].find((n) => Math.ceil(count / n) <= maxLabels) ?? 50;
  const ticks = [];
  for (let year = first; year <= last + 1; year++)
    ticks.push({ year, t: Date.UTC(year, 0, 1), label: (year - first) % every === 0 });
  return { start, end, ticks };
}

/** Where a date sits on the scale, 0–1. */
export function positionOn(scale: YearScale, iso: string): number {
  return (startOf(iso) - scale.start) / (scale.end - scale.start);
}

/**
 * A row for each mark (0 is the axis's own row), so that no two marks in a row are closer than
 * `minGap` (a share of the width): every mark keeps a target a finger can hit, 24 px on a 340 px
 * phone, with nothing on top of it. Marks are taken in order; each goes to the lowest row it fits.
 */
export function stackRows(positions: readonly number[], minGap = 24 / 340): number[] {
  const lastInRow: number[] = [];
  return positions.map((p) => {
    let row = lastInRow.findIndex((q) => p - q >= minGap);
    if (row === -1) row = lastInRow.length;
    lastInRow[row] = p;
    return row;
  });
}

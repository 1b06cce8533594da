import { endOf } from '@/lib/format';

/** A storyline with nothing newer than this many months is said to be quiet. */
export const QUIET_MONTHS = 6;

/** The latest date among the events (their start, as the timeline places them), or null. */
export function newestDate(events: readonly { date: { start: string } }[]): string | null {
  let newest: string | null = null;
  for (const e of events) if (newest === null || e.date.start > newest) newest = e.date.start;
  return newest;
}

/**
 * True when the newest event is more than `months` months before `today` (YYYY-MM-DD): a month-
 * or year-dated event counts from the end of its month or year, so "2025" is not quiet until
 * July 2026. (Months are counted back from today, the day clamped to the month's length.)
 */
export function isQuiet(newest: string | null, today: string, months = QUIET_MONTHS): boolean {
  if (newest === null) return false;
  const [y = 0, m = 1, d = 1] = today.split('-').map(Number);
  const month = m - 1 - months;
  const lastDay = new Date(Date.UTC(y, month + 1, 0)).getUTCDate();
  return endOf(newest) < Date.UTC(y, month, Math.min(d, lastDay));
}

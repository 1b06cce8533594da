// Kept apart from the contract's schemas: pages import this, and must not load zod with it.

/**
 * Events in reading order: by start date, then id, so the order is stable. The data layer hands the
 * events resource over in this order (`registry.ts`), so pages need not sort 10,000 events again.
 */
export function compareEventDates(
  a: { id: string; date: { start: string } },
  b: { id: string; date: { start: string } },
): number {
  if (a.date.start !== b.date.start) return a.date.start < b.date.start ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Lists known to be in date order (`compareEventDates`), so no part of a page checks them again. */
const ordered = new WeakSet<readonly object[]>();

/** Notes that `list` is in date order: the events resource as the data layer hands it over, or a list taken in order from one. */
export function noteInDateOrder(list: readonly object[]): void {
  ordered.add(list);
}

/** Whether `list` was noted to be in date order. */
export function notedInDateOrder(list: readonly object[]): boolean {
  return ordered.has(list);
}

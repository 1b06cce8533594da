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

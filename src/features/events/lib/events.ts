import type { PolicyEvent } from '@/data/events/contract';
import { compareEventDates, noteInDateOrder, notedInDateOrder } from '@/data/events/order';

/** Chronological order by start date, then id, so the order is stable (the order the data layer gives). */
export const compareEvents: (a: PolicyEvent, b: PolicyEvent) => number = compareEventDates;

/** The events in date order: the same array when they already are (the timeline's filtered list), else a sorted copy. */
export function inDateOrder<T extends PolicyEvent>(events: readonly T[]): readonly T[] {
  // Checked once, not again by each part of the page that asks (nor at all for the events resource
  // as the data layer hands it over, see `fetchResource`).
  if (notedInDateOrder(events)) return events;
  for (let i = 1; i < events.length; i++)
    if (compareEvents(events[i - 1] as T, events[i] as T) > 0) {
      const sorted = [...events].sort(compareEvents);
      noteInDateOrder(sorted);
      return sorted;
    }
  noteInDateOrder(events);
  return events;
}

/** `subset`, taken in order from `events`, is in date order when `events` is known to be. */
export function keepsDateOrder(events: readonly PolicyEvent[], subset: readonly PolicyEvent[]): void {
  if (notedInDateOrder(events)) noteInDateOrder(subset);
}

export function newestFirst(events: readonly PolicyEvent[]): PolicyEvent[] {
  return [...events].sort((a, b) => compareEvents(b, a));
}

/** Groups events by the year they start in, keeping the given order. */
export function groupByYear(events: readonly PolicyEvent[]): { year: string; events: PolicyEvent[] }[] {
  const groups: { year: string; events: PolicyEvent[] }[] = [];
  for (const event of events) {
    const year = event.date.start.slice(0, 4);
    const last = groups.at(-1);
    if (last?.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

/** The events just before and after this one in its storyline, by date. */
export function storylineNeighbours(
  event: PolicyEvent,
  events: readonly PolicyEvent[],
): { previous: PolicyEvent | undefined; next: PolicyEvent | undefined } {
  if (!event.storyline) return { previous: undefined, next: undefined };
  const line = events.filter((e) => e.storyline === event.storyline).sort(compareEvents);
  const index = line.findIndex((e) => e.id === event.id);
  return { previous: line[index - 1], next: line[index + 1] };
}

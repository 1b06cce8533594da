import type { PolicyEvent } from '@/data/events/contract';
import type { Metric } from '@/data/metrics/contract';

/** One slide of a presentation: the title, an event, or the sources cited. */
export type Slide = { kind: 'title' } | { kind: 'event'; event: PolicyEvent } | { kind: 'sources' };

/** The slides of a presentation of these events: a title slide, one per event, then the sources. */
export function toSlides(events: readonly PolicyEvent[]): Slide[] {
  return [
    { kind: 'title' },
    ...events.map((event) => ({ kind: 'event' as const, event })),
    { kind: 'sources' },
  ];
}

/** The time-based panel an event's slide shows: the first whose default storylines include the event's. */
export function relatedMetric(metrics: readonly Metric[], event: PolicyEvent): Metric | undefined {
  return event.storyline
    ? metrics.find((mt) => mt.timeBased && mt.defaultEventStorylines.includes(event.storyline ?? ''))
    : undefined;
}

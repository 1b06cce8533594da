import type { PolicyEvent } from '@/data/events/contract';
import type { Metric } from '@/data/metrics/contract';
import { startOf } from '@/lib/format';
import { timeDomain, toTimeSpans } from '@/features/metrics/lib/to-chart-series';

// Which panel an event's slide draws: it joins the presentation feature with the metrics feature's
// shaping of figures, so it lives in the app.

/**
 * The time-based panel an event's slide shows, with the event marked on it:
 * 1. the first of the event's own related panels (chosen by its editor) that is on a time axis;
 * 2. else a panel of the event's storyline (one that marks the storyline's events): one whose
 *    figures span the event's date, so the event's mark is on the chart, first; then the one most
 *    its own (marking the fewest storylines); then the dataset's order;
 * 3. else none: a slide never borrows a panel of another storyline.
 */
export function relatedMetric(metrics: readonly Metric[], event: PolicyEvent): Metric | undefined {
  const timeBased = metrics.filter((mt) => mt.timeBased);
  for (const id of event.relatedMetrics) {
    const own = timeBased.find((mt) => mt.id === id);
    if (own) return own;
  }
  const storyline = event.storyline;
  if (!storyline) return undefined;
  const at = startOf(event.date.start);
  const spans = (mt: Metric) => {
    const [start, end] = timeDomain(toTimeSpans(mt));
    return at >= start && at <= end;
  };
  const ofStoryline = timeBased
    .filter((mt) => mt.defaultEventStorylines.includes(storyline))
    .map((mt, order) => ({ mt, order, spans: spans(mt), shared: mt.defaultEventStorylines.length }));
  ofStoryline.sort((a, b) => Number(b.spans) - Number(a.spans) || a.shared - b.shared || a.order - b.order);
  return ofStoryline[0]?.mt;
}

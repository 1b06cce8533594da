import type { PolicyEvent } from '@/data/events/contract';
import type { Metric } from '@/data/metrics/contract';
import type { DeckDraft } from './built-deck';

/**
 * One slide of a presentation: the title, an event, a metric panel (built decks), the sources
 * cited, or the closing words (built decks). `note` is the presenter's note for it (speaker view
 * and handout only, never on the slide).
 */
export type Slide =
  | { kind: 'title'; note?: string }
  | { kind: 'event'; event: PolicyEvent; note?: string }
  | { kind: 'panel'; metric: Metric; note?: string }
  | { kind: 'sources' }
  | { kind: 'closing'; note?: string };

/**
 * The slides of a presentation of these events: a title slide, one per event (with the deck's
 * note for it, if any), then the sources.
 */
export function toSlides(
  events: readonly PolicyEvent[],
  notes?: Readonly<Record<string, string | undefined>>,
): Slide[] {
  return [
    { kind: 'title' },
    ...events.map((event) => {
      const note = notes?.[event.id];
      return { kind: 'event' as const, event, ...(note ? { note } : {}) };
    }),
    { kind: 'sources' },
  ];
}

/**
 * The slides of a built deck (its slides already checked against the dataset): the title, its
 * events and panels in order, the sources cited, and the closing slide.
 */
export function toBuiltSlides(
  deck: DeckDraft,
  events: ReadonlyMap<string, PolicyEvent>,
  metrics: ReadonlyMap<string, Metric>,
): Slide[] {
  const note = (text: string) => (text.trim() ? { note: text } : {});
  return [
    { kind: 'title', ...note(deck.titleNote) },
    ...deck.items.flatMap((item): Slide[] => {
      if (item.kind === 'event') {
        const event = events.get(item.id);
        return event ? [{ kind: 'event', event, ...note(item.note) }] : [];
      }
      const metric = metrics.get(item.id);
      return metric ? [{ kind: 'panel', metric, ...note(item.note) }] : [];
    }),
    { kind: 'sources' },
    { kind: 'closing', ...note(deck.closingNote) },
  ];
}

/** A slide's key among its deck's slides. */
export function slideKey(s: Slide): string {
  return s.kind === 'event' ? `event:${s.event.id}` : s.kind === 'panel' ? `panel:${s.metric.id}` : s.kind;
}

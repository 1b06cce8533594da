import type { PolicyEvent } from '@/data/events/contract';
import type { Metric } from '@/data/metrics/contract';
import type { Source } from '@/data/sources/contract';
import { AppLink } from '@/components/ui/app-link';
import { SourceLine } from '@/components/ui/source-links';
import { href } from '@/config/paths';
import { present } from '@/lib/collections';
import { useI18n } from '@/lib/i18n/context';

function SourceQuote({ text, lang }: { text: string | undefined; lang: string }) {
  if (!text) return null;
  return (
    <blockquote lang={lang} className="quote">
      {text}
    </blockquote>
  );
}

/** An event's sources, each with the passage quoted from it (the event's own, else the source's). */
export function EventSources({ event, sources }: { event: PolicyEvent; sources: readonly Source[] }) {
  const { m } = useI18n();
  return (
    <section aria-labelledby="sources-title">
      <h2 id="sources-title">{m.event.sources}</h2>
      <ul className="source-list">
        {sources.map((source) => (
          <li key={source.id}>
            <SourceLine source={source} />
            <SourceQuote text={event.quotes?.[source.id] ?? source.quote} lang={source.language} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The events before and after this one in its storyline (nothing when it has neither). */
export function StorylineNav({
  previous,
  next,
}: {
  previous: PolicyEvent | undefined;
  next: PolicyEvent | undefined;
}) {
  const { lang, m } = useI18n();
  return previous || next ? (
    <nav className="prev-next" aria-label={m.event.storyline}>
      {previous ? (
        <AppLink to={href('event', { id: previous.id })}>
          ← {m.event.previous}: {previous.title[lang]}
        </AppLink>
      ) : (
        <span />
      )}
      {next ? (
        <AppLink to={href('event', { id: next.id })}>
          {m.event.next}: {next.title[lang]} →
        </AppLink>
      ) : null}
    </nav>
  ) : null;
}

/** The events an event is related to (nothing when there are none). */
export function RelatedEvents({
  event,
  events,
}: {
  event: PolicyEvent;
  events: ReadonlyMap<string, PolicyEvent>;
}) {
  const { lang, m } = useI18n();
  return event.relatedEvents.length > 0 ? (
    <section aria-labelledby="related-title">
      <h2 id="related-title">{m.event.related}</h2>
      <ul>
        {present(event.relatedEvents.map((r) => events.get(r))).map((r) => (
          <li key={r.id}>
            <AppLink to={href('event', { id: r.id })}>{r.title[lang]}</AppLink>
          </li>
        ))}
      </ul>
    </section>
  ) : null;
}

/**
 * The metric panels an event is related to; a panel on a time axis opens with the event's storyline
 * marked and the event highlighted.
 */
export function RelatedMetrics({
  event,
  metrics,
}: {
  event: PolicyEvent;
  metrics: ReadonlyMap<string, Metric>;
}) {
  const { lang, m } = useI18n();
  return event.relatedMetrics.length > 0 ? (
    <section aria-labelledby="metrics-title">
      <h2 id="metrics-title">{m.event.relatedMetrics}</h2>
      <ul>
        {present(event.relatedMetrics.map((r) => metrics.get(r))).map((r) => (
          <li key={r.id}>
            <AppLink
              to={
                r.timeBased && event.storyline
                  ? `${href('metric', { id: r.id })}?events=${event.storyline}&highlight=${event.id}`
                  : href('metric', { id: r.id })
              }
            >
              {r.title[lang]}
            </AppLink>
          </li>
        ))}
      </ul>
    </section>
  ) : null;
}

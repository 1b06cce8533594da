import type { PolicyEvent } from '@/data/events/contract';
import type { ChangeKind } from '../lib/since-last-visit';
import { ChangeBadge } from './change-badge';
import { groupByYear } from '../lib/events';
import { EventDateText } from './event-date';
import { AppLink } from '@/components/ui/app-link';
import { VerificationBadge } from '@/components/ui/verification-badge';
import { href } from '@/config/paths';
import { useI18n } from '@/lib/i18n/context';
import { useHydrated } from '@/lib/use-hydrated';

/**
 * The newest events the page's HTML carries (drawn at build time, and while the browser hydrates
 * it); every event follows once the page is live. Keeps the timeline's HTML small.
 */
export const FIRST_PAINT_EVENTS = 12;

/** Events grouped under year headings: the accessible, canonical view of the timeline. */
export function EventList({
  events,
  changes,
}: {
  events: PolicyEvent[];
  /** Events added or changed since the reader's last visit, badged as such. */
  changes?: ReadonlyMap<string, ChangeKind>;
}) {
  const { lang, m } = useI18n();
  const hydrated = useHydrated();
  const shown = hydrated ? events : events.slice(0, FIRST_PAINT_EVENTS);
  // The events the live page adds after the HTML's are laid out only near the window (styles.css,
  // `.event-item.later`); those in the HTML are laid out at once, so nothing moves on first paint.
  let n = 0;
  return (
    <div className="year-groups">
      {groupByYear(shown).map((group) => (
        <section key={group.year} aria-labelledby={`year-${group.year}`} className="year-group">
          <h2 id={`year-${group.year}`} className="year-heading">
            {group.year}
          </h2>
          <ol className="event-list">
            {group.events.map((event) => (
              <li key={event.id} className={n++ < FIRST_PAINT_EVENTS ? 'event-item' : 'event-item later'}>
                <p className="event-date">
                  <EventDateText date={event.date} />
                </p>
                <h3 className="event-title">
                  <AppLink to={href('event', { id: event.id })}>{event.title[lang]}</AppLink>
                </h3>
                <p className="event-summary">{event.summary[lang]}</p>
                <p className="event-meta">
                  <ChangeBadge kind={changes?.get(event.id)} />
                  <span className={`tag tag-${event.category}`}>{m.category[event.category]}</span>
                  <span className="tag">{m.jurisdiction[event.jurisdiction]}</span>
                  {event.verification !== 'confirmed' ? (
                    <VerificationBadge level={event.verification} />
                  ) : null}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
      {shown.length < events.length ? (
        <p className="muted">{m.timeline.more(shown.length, events.length)}</p>
      ) : null}
    </div>
  );
}

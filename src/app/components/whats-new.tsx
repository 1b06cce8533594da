import { useState } from 'react';
import { queries } from '@/data/queries';
import { useSuspenseQuery } from '@tanstack/react-query';
import { markAllSeen, visitSince, whatsNew } from '@/features/events/lib/since-last-visit';
import { EventDateText } from '@/features/events/components/event-date';
import { ChangeBadge } from '@/features/events/components/change-badge';
import { AppLink } from '@/components/ui/app-link';
import { DateText } from '@/components/ui/date-text';
import { href } from '@/config/paths';
import { useI18n } from '@/lib/i18n/context';

// Loaded after the overview has drawn, so its code and text stay out of the first page.
export default function WhatsNew() {
  const { lang, m } = useI18n();
  const t = m.whatsNew;
  const events = useSuspenseQuery(queries.events()).data.items;
  const meta = useSuspenseQuery(queries.meta()).data;
  const [since, setSince] = useState(() => visitSince());
  const items = since ? whatsNew(events, meta.changelog, since) : [];
  return (
    <section aria-labelledby="whats-new-title" className="whats-new panel">
      <h2 id="whats-new-title">{t.title(items.length)}</h2>
      {since ? (
        <p className="muted small">
          {t.since} <DateText iso={since.slice(0, 10)} />
        </p>
      ) : (
        <p className="muted">{t.first}</p>
      )}
      {since && items.length === 0 ? <p>{t.none}</p> : null}
      {items.length > 0 ? (
        <>
          <ul className="whats-new-list">
            {items.map(({ event, kind }) => (
              <li key={event.id}>
                <ChangeBadge kind={kind} />{' '}
                <span className="muted small">
                  <EventDateText date={event.date} style="short" />
                </span>{' '}
                <AppLink to={href('event', { id: event.id })}>{event.title[lang]}</AppLink>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button small secondary"
            onClick={() => {
              const newest = [
                ...items.map((i) => i.event.updated),
                ...meta.changelog.map((entry) => entry.date),
              ].reduce((a, b) => (b > a ? b : a), '');
              setSince(markAllSeen(newest || null));
            }}
          >
            {t.seen}
          </button>
        </>
      ) : null}
    </section>
  );
}

import type { PolicyEvent } from '@/data/events/contract';
import { AppLink } from '@/components/ui/app-link';
import { VerificationBadge } from '@/components/ui/verification-badge';
import { href } from '@/config/paths';
import { useI18n } from '@/lib/i18n/context';
import type { ChangeKind } from '../lib/since-last-visit';
import { ChangeBadge } from './change-badge';
import { EventDateText } from './event-date';

/** The event selected on the axis, beside it: date, title, category, verification, summary and a link. */
export function SelectedEvent({
  event,
  openLabel,
  change,
}: {
  event: PolicyEvent;
  openLabel: string;
  change: ChangeKind | undefined;
}) {
  const { lang, m } = useI18n();
  return (
    <div>
      <p className="event-date">
        <EventDateText date={event.date} />
      </p>
      <h3>{event.title[lang]}</h3>
      <p className="event-meta">
        <ChangeBadge kind={change} />
        <span className={`tag tag-${event.category}`}>{m.category[event.category]}</span>
        <VerificationBadge level={event.verification} />
      </p>
      <p>{event.summary[lang]}</p>
      <AppLink to={href('event', { id: event.id })}>{openLabel} →</AppLink>
    </div>
  );
}

import type { PolicyEvent } from '@/data/events/contract';
import { AppLink } from '@/components/ui/app-link';
import { href } from '@/config/paths';
import { formatPartialDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';
import { positionOn, stackRows, yearScale } from '../lib/mini-timeline';

/** A small timeline of the storyline's events, each a link to its page. */
export function MiniTimeline({ events, label }: { events: PolicyEvent[]; label: string }) {
  const { lang } = useI18n();
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) return null;
  const scale = yearScale(first.date.start, last.date.end ?? last.date.start);
  const pos = (iso: string) => `${String(positionOn(scale, iso) * 100)}%`;
  const rows = stackRows(events.map((e) => positionOn(scale, e.date.start)));
  const height = Math.max(...rows) + 1;
  return (
    <nav className={`mini-timeline rows-${String(Math.min(height, 6))}`} aria-label={label}>
      {scale.ticks.map((tick) => (
        <span
          key={tick.year}
          className={`mini-year${tick.label ? '' : ' unlabelled'}${tick === scale.ticks.at(-1) ? ' last' : ''}`}
          style={{ left: pos(`${String(tick.year)}-01-01`) }}
          aria-hidden="true"
        >
          {tick.label ? tick.year : null}
        </span>
      ))}
      {events.map((e, i) => (
        <AppLink
          key={e.id}
          to={href('event', { id: e.id })}
          style={{ left: pos(e.date.start), bottom: `${String((rows[i] ?? 0) * 1.6 - 0.75)}rem` }}
          aria-label={`${formatPartialDate(e.date.start, lang)}: ${e.title[lang]}`}
          title={e.title[lang]}
        />
      ))}
    </nav>
  );
}

import type { Storyline } from '../api/contract';
import type { PolicyEvent } from '@/features/events/api/contract';
import { AppLink } from '@/components/ui/app-link';
import { paths } from '@/config/paths';
import { formatPartialDate, startOf } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';

const label = { en: 'Key events by storyline since', es: 'Eventos clave por historia desde' };

/**
 * A compact strip of each storyline's events over recent years, drawn with
 * plain HTML and CSS (no chart library) so the first page stays small.
 */
export function StorylineStrip({
  storylines,
  events,
  fromYear,
  now,
}: {
  storylines: Storyline[];
  events: PolicyEvent[];
  fromYear: number;
  now: number;
}) {
  const { lang } = useI18n();
  const start = Date.UTC(fromYear, 0, 1);
  const span = now - start;
  const pos = (iso: string) =>
    `${String(Math.min(100, Math.max(0, ((startOf(iso) - start) / span) * 100)))}%`;
  const years: number[] = [];
  for (let y = fromYear; y <= new Date(now).getUTCFullYear(); y++) years.push(y);
  const rows = storylines
    .map((s) => ({
      story: s,
      items: events.filter((e) => e.storyline === s.id && startOf(e.date.start) >= start),
    }))
    .filter((r) => r.items.length > 0);
  return (
    <figure className="strip" aria-label={`${label[lang]} ${String(fromYear)}`}>
      <div className="strip-years" aria-hidden="true">
        {years.map((y) => (
          <span
            key={y}
            className={y % 2 === 1 ? 'odd' : undefined}
            style={{ left: pos(`${String(y)}-01-01`) }}
          >
            {y}
          </span>
        ))}
      </div>
      {rows.map(({ story, items }) => (
        <div key={story.id} className="strip-row">
          <AppLink to={paths.storyline(story.id)} className="strip-label">
            {story.title[lang]}
          </AppLink>
          <div className="strip-track">
            {items.map((e) => (
              <AppLink
                key={e.id}
                to={paths.event(e.id)}
                className="strip-dot"
                style={{ left: pos(e.date.start) }}
                aria-label={`${formatPartialDate(e.date.start, lang)}: ${e.title[lang]}`}
                title={e.title[lang]}
              />
            ))}
          </div>
        </div>
      ))}
    </figure>
  );
}

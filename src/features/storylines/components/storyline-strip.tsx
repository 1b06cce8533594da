import type { Storyline } from '@/data/storylines/contract';
import type { PolicyEvent } from '@/data/events/contract';
import { AppLink } from '@/components/ui/app-link';
import { href } from '@/config/paths';
import { formatPartialDate, startOf } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';
import { useWidth } from '@/lib/use-width';

/** Targets are 24 px wide (WCAG 2.5.8); events closer than that on screen share one. */
const TARGET = 26;

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
  const { lang, m } = useI18n();
  const [measure, trackWidth] = useWidth();
  const start = Date.UTC(fromYear, 0, 1);
  const span = now - start;
  const share = (iso: string) => Math.min(100, Math.max(0, ((startOf(iso) - start) / span) * 100));
  const pos = (iso: string) => `${String(share(iso))}%`;
  // Events closer than a target's width merge into one numbered target opening the storyline.
  const groupsOf = (items: PolicyEvent[]) => {
    const groups: PolicyEvent[][] = [];
    const minGap = trackWidth > 0 ? (TARGET / trackWidth) * 100 : 4;
    for (const e of items) {
      const last = groups.at(-1);
      const first = last?.[0];
      if (last && first && share(e.date.start) - share(first.date.start) < minGap) last.push(e);
      else groups.push([e]);
    }
    return groups;
  };
  const years: number[] = [];
  for (let y = fromYear; y <= new Date(now).getUTCFullYear(); y++) years.push(y);
  const rows = storylines
    .map((s) => ({
      story: s,
      items: events.filter((e) => e.storyline === s.id && startOf(e.date.start) >= start),
    }))
    .filter((r) => r.items.length > 0);
  const t = m.storylineStrip;
  const title = `${t.title} ${String(fromYear)}`;
  return (
    <figure className="strip" aria-label={title}>
      <figcaption className="strip-head">
        <h2 className="strip-title">{title}</h2>
        <span className="strip-key" aria-hidden="true">
          <span className="strip-key-item">
            <span className="strip-dot strip-key-dot" /> {t.one}
          </span>
          <span className="strip-key-item">
            <span className="strip-dot strip-many strip-key-dot">3</span> {t.many}
          </span>
          <span className="strip-key-item">
            <span className="strip-key-today" /> {t.today}
          </span>
        </span>
      </figcaption>
      <div className="strip-years" aria-hidden="true">
        <span className="strip-today-label">{t.today}</span>
        {years.map((y) => (
          <span
            key={y}
            className={
              // The year nearest today gives way to the "Today" label at the end.
              share(`${String(y)}-01-01`) > 88 ? 'near-today' : y % 2 === 1 ? 'odd' : undefined
            }
            style={{ left: pos(`${String(y)}-01-01`) }}
          >
            {y}
          </span>
        ))}
      </div>
      {rows.map(({ story, items }, i) => (
        <div key={story.id} className="strip-row">
          <AppLink to={href('storyline', { id: story.id })} className="strip-label">
            {story.title[lang]}
          </AppLink>
          <div className="strip-track" ref={i === 0 ? measure : undefined}>
            <span className="strip-today" aria-hidden="true" />
            {groupsOf(items).map(([e, ...more]) =>
              e && more.length === 0 ? (
                <AppLink
                  key={e.id}
                  to={href('event', { id: e.id })}
                  className="strip-dot"
                  style={{ left: pos(e.date.start) }}
                  aria-label={`${formatPartialDate(e.date.start, lang)}: ${e.title[lang]}`}
                  title={e.title[lang]}
                />
              ) : e ? (
                <AppLink
                  key={e.id}
                  to={href('storyline', { id: story.id })}
                  className="strip-dot strip-many"
                  style={{ left: pos(e.date.start) }}
                  aria-label={`${String(more.length + 1)} ${m.storylineStripMany} ${formatPartialDate(e.date.start, lang)}: ${e.title[lang]}… · ${story.title[lang]}`}
                  title={[e, ...more].map((x) => x.title[lang]).join('\n')}
                >
                  {more.length + 1}
                </AppLink>
              ) : null,
            )}
          </div>
        </div>
      ))}
    </figure>
  );
}

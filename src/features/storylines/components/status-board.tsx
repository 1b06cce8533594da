import type { Storyline } from '@/data/storylines/contract';
import type { PolicyEvent } from '@/data/events/contract';
import { AppLink } from '@/components/ui/app-link';
import { DateText } from '@/components/ui/date-text';
import { href } from '@/config/paths';
import { useI18n } from '@/lib/i18n/context';
import { StatusAsOf } from './status-as-of';

/** Each storyline's status, current stage and latest event: where things stand at a glance. */
export function StatusBoard({ storylines, events }: { storylines: Storyline[]; events: PolicyEvent[] }) {
  const { lang, m } = useI18n();
  if (storylines.length === 0) return <p>{m.errors.empty}</p>;
  const latestByStoryline = new Map<string, PolicyEvent>();
  for (const event of events) {
    if (!event.storyline) continue;
    const current = latestByStoryline.get(event.storyline);
    if (!current || event.date.start > current.date.start) latestByStoryline.set(event.storyline, event);
  }
  return (
    <ul className="status-board" aria-label={m.overview.statusBoard}>
      {storylines.map((story) => {
        const stage = story.stages.find((s) => s.id === story.status.currentStage);
        const latest = latestByStoryline.get(story.id);
        return (
          <li key={story.id} className="status-item">
            <p className="status-head">
              <AppLink to={href('storyline', { id: story.id })} className="status-title">
                {story.title[lang]}
              </AppLink>
              <span className={`status status-${story.status.kind}`}>{m.status[story.status.kind]}</span>
            </p>
            <StatusAsOf storyline={story} />
            {stage ? (
              <p className="muted">
                {m.overview.currentStage}: {stage.label[lang]}
              </p>
            ) : null}
            {latest ? (
              <p className="muted">
                {m.overview.lastEvent}: <DateText iso={latest.date.start} style="short" />
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

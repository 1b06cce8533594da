import type { PolicyEvent } from '@/data/events/contract';
import type { Storyline } from '@/data/storylines/contract';
import type { SourceRef } from '@/components/ui/source-links';
import { EventDateText } from '@/features/events/components/event-date';
import { compareEvents } from '@/features/events/lib/events';
import { StageList } from '@/features/storylines/components/stage-list';
import { formatPartialDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';
import { EmbedFrame, type Provenance } from './embed-frame';
import { useEmbedMessages } from './embed.messages';

/**
 * A storyline as an embed: where it stands (status, as of when), each stage with its dated events
 * (each a link to its page on the site), and the sources of the status and the events. Drawn at
 * build time and needing no script at all: it is plain HTML and one stylesheet.
 */
export function StorylineEmbed({
  storyline,
  events,
  sources,
  provenance,
  eventUrl,
}: {
  storyline: Storyline;
  events: ReadonlyMap<string, PolicyEvent>;
  sources: ReadonlyMap<string, SourceRef>;
  provenance: Provenance;
  /** The absolute address of an event's page, in the embed's language. */
  eventUrl: (id: string) => string;
}) {
  const { lang, m } = useI18n();
  const t = useEmbedMessages();
  const stages = storyline.stages.map((stage) => ({
    stage,
    events: stage.events
      .map((id) => events.get(id))
      .filter((e) => e !== undefined)
      .sort(compareEvents),
  }));
  const sourceIds = [
    ...new Set([
      ...(storyline.status.sources ?? []),
      ...stages.flatMap((s) => s.events.flatMap((e) => e.sources)),
    ]),
  ];
  return (
    <EmbedFrame
      kind="storylines"
      provenance={provenance}
      sources={sources}
      sourceIds={sourceIds}
      sourcesTitle={t.storylineSources}
    >
      <h1 id="embed-title">{storyline.title[lang]}</h1>
      <p className="embed-status">
        <span className="muted">{m.storyline.status}:</span>{' '}
        <span className={`status status-${storyline.status.kind}`}>{m.status[storyline.status.kind]}</span>{' '}
        {storyline.status.text[lang]}
      </p>
      {storyline.statusAsOf ? (
        <p className="muted small">{m.storyline.statusAsOf(formatPartialDate(storyline.statusAsOf, lang))}</p>
      ) : null}
      <h2>{m.storyline.stages}</h2>
      <StageList
        storyline={storyline}
        stages={stages}
        explanation={(stage) => stage.explanation[lang]}
        eventLine={(event) => (
          <>
            <EventDateText date={event.date} />:{' '}
            <a href={eventUrl(event.id)} target="_blank" rel="noopener">
              {event.title[lang]}
              <span className="visually-hidden"> {m.event.opensNewTab}</span>
            </a>
          </>
        )}
      />
    </EmbedFrame>
  );
}

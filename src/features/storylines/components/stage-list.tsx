import type { ReactNode } from 'react';
import type { PolicyEvent } from '@/data/events/contract';
import type { Stage, Storyline } from '@/data/storylines/contract';
import { VerificationBadge } from '@/components/ui/verification-badge';
import { useI18n } from '@/lib/i18n/context';

/**
 * A storyline's stages in order, the current one marked, each with its explanation and its events
 * (dated, linked, flagged when not confirmed). The storyline's page and its embed each say how an
 * explanation reads (with glossary marks, or plain) and how an event is named and linked.
 */
export function StageList({
  storyline,
  stages,
  explanation,
  eventLine,
}: {
  storyline: Storyline;
  /** Each stage with its events, in the order to list them. */
  stages: readonly { stage: Stage; events: readonly PolicyEvent[] }[];
  explanation: (stage: Stage, index: number) => ReactNode;
  /** An event's date and linked title. */
  eventLine: (event: PolicyEvent) => ReactNode;
}) {
  const { lang, m } = useI18n();
  return (
    <ol className="stages">
      {stages.map(({ stage, events }, index) => {
        const current = stage.id === storyline.status.currentStage;
        return (
          <li
            key={stage.id}
            className={current ? 'stage current' : 'stage'}
            aria-current={current ? 'step' : undefined}
          >
            <h3>
              {stage.label[lang]}
              {current ? <span className="badge">{m.storyline.current}</span> : null}
            </h3>
            <p>{explanation(stage, index)}</p>
            {events.length === 0 ? (
              <p className="muted">{m.storyline.noEventYet}</p>
            ) : (
              <ul className="stage-events">
                {events.map((event) => (
                  <li key={event.id}>
                    {eventLine(event)}{' '}
                    {event.verification !== 'confirmed' ? (
                      <VerificationBadge level={event.verification} />
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}

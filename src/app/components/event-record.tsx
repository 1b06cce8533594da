import type { Actor } from '@/data/actors/contract';
import type { PolicyEvent } from '@/data/events/contract';
import type { Storyline } from '@/data/storylines/contract';
import { AppLink } from '@/components/ui/app-link';
import { env } from '@/config/env';
import { href } from '@/config/paths';
import { present } from '@/lib/collections';
import { correctionHref } from '@/lib/corrections';
import { useI18n } from '@/lib/i18n/context';
import { usePageUrl } from '@/lib/use-page-url';
import { CiteThis, useCitationContext } from '@/features/sources/components/cite-this';
import { IdentifierList } from '@/features/sources/components/identifier-list';
import { cite } from '@/features/sources/lib/cite';
import { useSourcesMessages } from '@/features/sources/messages';
import { useEventMessages } from '../routes/event.messages';

/*
 * The parts of the event page that combine an event with the sources feature (citations,
 * identifiers) or with the page's own texts (event.messages.ts, loaded only with that page).
 */

/** The facts of an event: its actors, what it is cited as, and its storyline with the stage it is at. */
export function EventFacts({
  event,
  actors,
  storyline,
}: {
  event: PolicyEvent;
  actors: ReadonlyMap<string, Actor>;
  storyline: Storyline | undefined;
}) {
  const { lang, m } = useI18n();
  const t = useEventMessages();
  const stageIndex = storyline?.stages.findIndex((s) => s.id === event.stage) ?? -1;
  return (
    <dl className="facts">
      <dt>{m.event.actors}</dt>
      <dd>
        {present(event.actors.map((a) => actors.get(a)))
          .map((a) => a.name[lang])
          .join('; ')}
      </dd>
      {event.identifiers?.length ? (
        <>
          <dt>{t.identifiers}</dt>
          <dd>
            <IdentifierList identifiers={event.identifiers} />
          </dd>
        </>
      ) : null}
      {storyline ? (
        <>
          <dt>{m.event.storyline}</dt>
          <dd>
            <AppLink to={href('storyline', { id: storyline.id })}>{storyline.title[lang]}</AppLink>
          </dd>
          <dt>{m.event.stage}</dt>
          <dd>
            <ol className="stage-strip">
              {storyline.stages.map((stage, i) => (
                <li key={stage.id} aria-current={i === stageIndex ? 'step' : undefined}>
                  {stage.label[lang]}
                </li>
              ))}
            </ol>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/** "Cite this" for an event: the record, and the matter itself where it has a docket or bill number. */
export function CiteEvent({ event }: { event: PolicyEvent }) {
  const { lang } = useI18n();
  const t = useSourcesMessages();
  const context = useCitationContext();
  const url = usePageUrl(lang);
  const citations = cite(
    {
      id: event.id,
      title: event.title[lang],
      date: event.date.start,
      url,
      lang,
      identifiers: event.identifiers,
      ...context,
    },
    t.citation,
  );
  return <CiteThis citations={citations} file={event.id} heading={t.title} accessed={context.accessed} />;
}

/** "Suggest a correction", when an address is configured (VITE_CORRECTIONS_URL); nothing otherwise. */
export function SuggestCorrection({ event }: { event: PolicyEvent }) {
  const { lang, m } = useI18n();
  const t = useEventMessages();
  const url = usePageUrl(lang);
  const target = correctionHref(env.correctionsUrl, { id: event.id, title: event.title[lang], url });
  if (!target) return null;
  return (
    <p className="suggest-correction">
      <a href={target} target="_blank" rel="noopener noreferrer">
        {m.event.suggest}
        <span className="visually-hidden"> {m.event.opensNewTab}</span>
      </a>
      <br />
      <span className="muted small">{t.suggestHint}</span>
    </p>
  );
}

import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { PageHead } from '@/components/ui/page-head';
import type { LoaderFunctionArgs } from 'react-router';
import { queries } from '@/data/queries';
import type { Codebook } from '@/data/codebook/contract';
import { AppLink } from '@/components/ui/app-link';
import { QueryBoundary } from '@/components/ui/query-boundary';
import { Folded } from '@/components/ui/folded';
import { href } from '@/config/paths';
import { useI18n } from '@/lib/i18n/context';
import type { Messages } from '@/lib/i18n/messages/en';
import { queryClientFrom, prefetch } from '../loader-utils';
import { ViewActions } from '../components/view-actions';
import { loadCodebookMessages, useCodebookMessages } from './codebook.messages';
import { loaderLang } from '@/lib/i18n/page-messages';

export async function loader({ context, pattern }: LoaderFunctionArgs) {
  const queryClient = queryClientFrom(context);
  prefetch(queryClient, queries.codebook());
  prefetch(queryClient, queries.events());
  prefetch(queryClient, queries.storylines());
  await loadCodebookMessages(loaderLang({ pattern }));
  return null;
}

type SectionId = Codebook['sections'][number]['id'];

/** A code's name in the reader's language, as the rest of the app shows it. */
function label(m: Messages, section: SectionId, value: string): string {
  const names: Record<SectionId, Record<string, unknown>> = {
    category: m.category,
    jurisdiction: m.jurisdiction,
    verification: m.verification,
    status: m.status,
  };
  const name = names[section][value];
  return typeof name === 'string' ? name : value;
}

function Sections() {
  const { lang, m } = useI18n();
  const t = useCodebookMessages();
  const codebook = useSuspenseQuery(queries.codebook()).data;
  const events = new Map((useQuery(queries.events()).data?.items ?? []).map((e) => [e.id, e]));
  return (
    <>
      <p className="lede">{codebook.intro[lang]}</p>
      <nav aria-label={t.contents} className="toc">
        <ul>
          {codebook.sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title[lang]}</a>
            </li>
          ))}
          <li>
            <a href="#stages">{t.stagesTitle}</a>
          </li>
        </ul>
      </nav>
      {codebook.sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id} className="codebook-section">
          <h2 id={section.id}>{section.title[lang]}</h2>
          <p>{section.intro[lang]}</p>
          <dl className="codebook">
            {section.entries.map((entry) => {
              const examples = entry.examples.flatMap((id) => {
                const event = events.get(id);
                return event ? [event] : [];
              });
              return (
                <div key={entry.value} id={`${section.id}-${entry.value}`} className="codebook-entry">
                  <dt>
                    {label(m, section.id, entry.value)} <code title={t.code}>{entry.value}</code>
                  </dt>
                  <dd>
                    <p>{entry.definition[lang]}</p>
                    <p>
                      <strong>{t.decided}:</strong> {entry.decided[lang]}
                    </p>
                    {examples.length > 0 ? (
                      <p>
                        <strong>{t.examples}:</strong>{' '}
                        {examples.map((event, i) => (
                          <span key={event.id}>
                            {i > 0 ? '; ' : ''}
                            <AppLink to={href('event', { id: event.id })}>{event.title[lang]}</AppLink>
                          </span>
                        ))}
                      </p>
                    ) : null}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </>
  );
}

function Stages() {
  const { lang } = useI18n();
  const t = useCodebookMessages();
  const storylines = useSuspenseQuery(queries.storylines()).data.items;
  return (
    <section aria-labelledby="stages" className="codebook-section">
      <h2 id="stages">{t.stagesTitle}</h2>
      <p>{t.stagesIntro}</p>
      {storylines.map((story) => (
        <Folded key={story.id} className="codebook-stages" summary={story.title[lang]}>
          <ol>
            {story.stages.map((stage) => (
              <li key={stage.id}>
                <strong>{stage.label[lang]}</strong> <code>{stage.id}</code>: {stage.explanation[lang]}
              </li>
            ))}
          </ol>
          <p>
            <AppLink to={href('storyline', { id: story.id })}>{story.title[lang]} →</AppLink>
          </p>
        </Folded>
      ))}
    </section>
  );
}

export function Component() {
  const { m } = useI18n();
  const t = useCodebookMessages();
  return (
    <article className="page narrow">
      <PageHead title={t.title} description={t.description} />
      <h1>{t.title}</h1>
      <ViewActions />
      <QueryBoundary>
        <Sections />
      </QueryBoundary>
      <QueryBoundary>
        <Stages />
      </QueryBoundary>
      <p className="muted">
        {t.download} <AppLink to={`${href('about')}#download`}>{m.footer.download}</AppLink>
      </p>
    </article>
  );
}

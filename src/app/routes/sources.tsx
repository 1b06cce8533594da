import { useSuspenseQuery } from '@tanstack/react-query';
import { PageHead } from '@/components/ui/page-head';
import { queries } from '@/data/queries';
import type { LoaderFunctionArgs } from 'react-router';
import { queryClientFrom, prefetch } from '../loader-utils';
import { SOURCE_KINDS } from '@/data/sources/values';
import { citationsBySource } from '@/features/sources/lib/citations';
import { AppLink } from '@/components/ui/app-link';
import { QueryBoundary } from '@/components/ui/query-boundary';
import { SkippedNotice } from '@/components/ui/skipped-notice';
import { SourceLine } from '@/components/ui/source-links';
import { href } from '@/config/paths';
import { useI18n } from '@/lib/i18n/context';
import { loaderLang } from '@/lib/i18n/page-messages';
import { loadSourcesMessages } from '@/features/sources/messages';
import { useHydrated } from '@/lib/use-hydrated';
import { Loading } from '@/components/ui/loading';
import { ViewActions } from '../components/view-actions';
import { CiteSource } from '@/features/sources/components/cite-source';

export async function loader({ context, pattern }: LoaderFunctionArgs) {
  prefetch(queryClientFrom(context), queries.sources());
  prefetch(queryClientFrom(context), queries.events());
  prefetch(queryClientFrom(context), queries.metrics());
  prefetch(queryClientFrom(context), queries.meta());
  await loadSourcesMessages(loaderLang({ pattern }));
  return null;
}

function Bibliography() {
  const { lang, m } = useI18n();
  const sources = useSuspenseQuery(queries.sources()).data;
  const events = useSuspenseQuery(queries.events()).data.items;
  const metrics = useSuspenseQuery(queries.metrics()).data.items;
  const citations = citationsBySource(events, metrics);
  return (
    <>
      <SkippedNotice skipped={sources.skipped} />
      <p className="count">{m.sources.count(sources.items.length)}</p>
      {SOURCE_KINDS.map((kind) => {
        const group = sources.items
          .filter((s) => s.kind === kind)
          .sort((a, b) => a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title));
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`}>
              {m.sourceKind[kind]} <span className="muted small">({group.length})</span>
            </h2>
            <ul className="bibliography">
              {group.map((source) => {
                const cited = citations.get(source.id);
                return (
                  <li key={source.id} id={`source-${source.id}`}>
                    <SourceLine source={source} />{' '}
                    <span className="tag" lang={lang}>
                      {m.sources.language[source.language]}
                    </span>
                    {cited && (cited.events.length > 0 || cited.metrics.length > 0) ? (
                      <p className="small">
                        <span className="muted">{m.sources.citedBy}: </span>
                        {cited.events.map((e, i) => (
                          <span key={e.id}>
                            {i > 0 ? '; ' : ''}
                            <AppLink to={href('event', { id: e.id })}>{e.title[lang]}</AppLink>
                          </span>
                        ))}
                        {cited.metrics.map((x, i) => (
                          <span key={x.id}>
                            {i > 0 || cited.events.length > 0 ? '; ' : ''}
                            <AppLink to={href('metric', { id: x.id })}>{x.title[lang]}</AppLink>
                          </span>
                        ))}
                      </p>
                    ) : null}
                    <CiteSource source={source} />
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}

export function Component() {
  const { m } = useI18n();
  const hydrated = useHydrated();
  return (
    <div className="page narrow">
      <PageHead title={m.sources.title} description={m.sources.intro} />
      <h1>{m.sources.title}</h1>
      <p className="lede">{m.sources.intro}</p>
      <ViewActions />
      {/* Hundreds of sources: listed once the page is live, so its HTML stays small. */}
      {hydrated ? (
        <QueryBoundary>
          <Bibliography />
        </QueryBoundary>
      ) : (
        <Loading label={m.sources.title} />
      )}
    </div>
  );
}

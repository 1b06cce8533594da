import { useSuspenseQuery } from '@tanstack/react-query';
import { PageHead } from '@/components/ui/page-head';
import { queries } from '@/data/queries';
import type { LoaderFunctionArgs } from 'react-router';
import { queryClientFrom, prefetch } from '../loader-utils';
import { QueryBoundary } from '@/components/ui/query-boundary';
import { SkippedNotice } from '@/components/ui/skipped-notice';
import { useI18n } from '@/lib/i18n/context';
import { ViewActions } from '../components/view-actions';

export function loader({ context }: LoaderFunctionArgs) {
  prefetch(queryClientFrom(context), queries.glossary());
  return null;
}

function Terms() {
  const { lang, m } = useI18n();
  const { items, skipped } = useSuspenseQuery(queries.glossary()).data;
  const sorted = [...items].sort((a, b) => a.term[lang].localeCompare(b.term[lang], lang));
  return (
    <>
      <SkippedNotice skipped={skipped} />
      <dl className="glossary">
        {sorted.map((term) => (
          <div key={term.id} id={term.id} className="glossary-entry">
            <dt>
              <span lang="en">{term.term.en}</span> · <span lang="es">{term.term.es}</span>
            </dt>
            <dd>
              <p lang="en">
                <span className="visually-hidden">{m.glossary.english}: </span>
                {term.definition.en}
              </p>
              <p lang="es">
                <span className="visually-hidden">{m.glossary.spanish}: </span>
                {term.definition.es}
              </p>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}

export function Component() {
  const { m } = useI18n();
  return (
    <div className="page narrow">
      <PageHead title={m.glossary.title} description={m.glossary.intro} />
      <h1>{m.glossary.title}</h1>
      <p className="lede">{m.glossary.intro}</p>
      <ViewActions />
      <QueryBoundary>
        <Terms />
      </QueryBoundary>
    </div>
  );
}

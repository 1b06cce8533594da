import { useSuspenseQuery } from '@tanstack/react-query';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { ensureItemId, prefetch, queryClientFrom } from '../loader-utils';
import { metricQueries } from '@/features/metrics/api/queries';
import { sourceQueries } from '@/features/sources/api/queries';
import { ObservationTable } from '@/features/metrics/components/observation-table';
import { DateText } from '@/components/ui/date-text';
import { DetailPage } from '../detail-page';
import { byId } from '@/lib/collections';
import { useI18n } from '@/lib/i18n/context';

export async function loader({ context, params }: LoaderFunctionArgs) {
  const queryClient = queryClientFrom(context);
  prefetch(queryClient, sourceQueries.list());
  return ensureItemId(queryClient, metricQueries.list(), params.id);
}

function Details({ id }: { id: string }) {
  const { lang, m } = useI18n();
  const metric = useSuspenseQuery(metricQueries.list()).data.items.find((x) => x.id === id);
  const sources = byId(useSuspenseQuery(sourceQueries.list()).data.items);
  if (!metric) return null;
  return (
    <article className="page">
      <title>{`${metric.title[lang]} · ${m.appName}`}</title>
      <h1>{metric.title[lang]}</h1>
      <p className="lede">{metric.description[lang]}</p>
      <p className="muted">
        {m.metrics.unit}: {m.unit[metric.unit]} · {m.metrics.updated} <DateText iso={metric.updated} />
      </p>
      <section aria-labelledby="caveats-title" className="callout callout-note">
        <h2 id="caveats-title">{m.metrics.caveats}</h2>
        <ul>
          {metric.caveats.map((c) => (
            <li key={c.en}>{c[lang]}</li>
          ))}
        </ul>
      </section>
      <ObservationTable metric={metric} sources={sources} />
    </article>
  );
}

export function Component() {
  return <DetailPage loader={useLoaderData<typeof loader>()} Details={Details} />;
}

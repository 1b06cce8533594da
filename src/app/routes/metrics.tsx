import { useSuspenseQuery } from '@tanstack/react-query';
import { PageHead } from '@/components/ui/page-head';
import { queries } from '@/data/queries';
import type { LoaderFunctionArgs } from 'react-router';
import { queryClientFrom, prefetch } from '../loader-utils';
import { AppLink } from '@/components/ui/app-link';
import { DateText } from '@/components/ui/date-text';
import { QueryBoundary } from '@/components/ui/query-boundary';
import { SkippedNotice } from '@/components/ui/skipped-notice';
import { href } from '@/config/paths';
import { MetricPreview } from '../components/metric-preview';
import { useI18n } from '@/lib/i18n/context';
import { loaderLang } from '@/lib/i18n/page-messages';
import { loadPanelMessages } from '@/features/metrics/panel-messages';
import { useHydrated } from '@/lib/use-hydrated';

export async function loader({ context, pattern }: LoaderFunctionArgs) {
  const queryClient = queryClientFrom(context);
  prefetch(queryClient, queries.metrics());
  // Sources name the publisher in each chart's tooltips.
  prefetch(queryClient, queries.sources());
  // The previews' texts (series keys, scale names) are the panel's.
  await loadPanelMessages(loaderLang({ pattern }));
  return null;
}

function Grid() {
  const { lang, m } = useI18n();
  const { items, skipped } = useSuspenseQuery(queries.metrics()).data;
  const hydrated = useHydrated();
  return (
    <>
      <SkippedNotice skipped={skipped} />
      {items.length === 0 ? <p>{m.errors.empty}</p> : null}
      <ul className="metric-grid">
        {items.map((metric) => (
          <li key={metric.id} className="card">
            <h2>
              <AppLink to={href('metric', { id: metric.id })}>{metric.title[lang]}</AppLink>
            </h2>
            <p>{metric.description[lang]}</p>
            {/* Its charts are drawn once the page is live (the page's HTML stays small); until then
                boxes of their height hold their place under the same headings and key. */}
            <MetricPreview metric={metric} drawn={hydrated} />
            <p className="muted small">
              {m.metrics.count(metric.observations.length)} · {m.metrics.unit}: {m.unit[metric.unit]} ·{' '}
              {m.metrics.updated} <DateText iso={metric.updated} style="short" />
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

export function Component() {
  const { m } = useI18n();
  return (
    <div className="page">
      <PageHead title={m.metrics.title} description={m.metrics.intro} />
      <h1>{m.metrics.title}</h1>
      <p className="lede">{m.metrics.intro}</p>
      <QueryBoundary>
        <Grid />
      </QueryBoundary>
    </div>
  );
}

import { useQuery } from '@tanstack/react-query';
import { queries } from '@/data/queries';
import type { LoaderFunctionArgs } from 'react-router';
import { queryClientFrom, prefetch } from '../loader-utils';
import { DateText } from '@/components/ui/date-text';
import { VerificationBadge } from '@/components/ui/verification-badge';
import { env } from '@/config/env';
import { useI18n } from '@/lib/i18n/context';
import { ViewActions } from '../components/view-actions';
import { aboutMessages } from './about.messages';

export function loader({ context }: LoaderFunctionArgs) {
  prefetch(queryClientFrom(context), queries.meta());
  return null;
}

export function Component() {
  const { lang, m } = useI18n();
  const meta = useQuery(queries.meta()).data;
  const a = aboutMessages[lang];
  return (
    <article className="page narrow prose">
      <title>{`${a.title} · ${m.appName}`}</title>
      <h1>{a.title}</h1>
      <ViewActions />
      <h2>{a.coverageTitle}</h2>
      {a.coverage.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <h2>{a.methodTitle}</h2>
      {a.method.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {meta ? (
        <p className="muted">
          {m.footer.dataset(meta.datasetVersion)} · {a.factSheet}: <DateText iso={meta.factSheetCompiled} />
        </p>
      ) : null}
      <h2>{a.levelsTitle}</h2>
      <ul className="levels">
        {(['confirmed', 'single-source', 'disputed'] as const).map((level) => (
          <li key={level}>
            <VerificationBadge level={level} explain />
          </li>
        ))}
      </ul>
      <h2>{a.correctionsTitle}</h2>
      <ul>
        {a.corrections.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <h2 id="corrections">{a.contributeTitle}</h2>
      {a.contribute.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <h2>{a.contractTitle}</h2>
      <p>{a.contract}</p>
      <p>
        <code>{env.dataUrl}/</code>
        {['meta', 'events', 'storylines', 'metrics', 'sources', 'actors', 'glossary'].map((r) => (
          <code key={r} className="resource">
            {r}.json
          </code>
        ))}
      </p>
      <h2>{a.licenseTitle}</h2>
      <p>{a.license}</p>
    </article>
  );
}

import { useQuery } from '@tanstack/react-query';
import { PageHead } from '@/components/ui/page-head';
import { queries } from '@/data/queries';
import type { LoaderFunctionArgs } from 'react-router';
import { queryClientFrom, prefetch } from '../loader-utils';
import { DateText } from '@/components/ui/date-text';
import { VerificationBadge } from '@/components/ui/verification-badge';
import { env } from '@/config/env';
import { useI18n } from '@/lib/i18n/context';
import { ViewActions } from '../components/view-actions';
import { loadAboutMessages, useAboutMessages } from './about.messages';
import { loaderLang } from '@/lib/i18n/page-messages';
import { AppLink } from '@/components/ui/app-link';
import { href } from '@/config/paths';
import { correctionHref } from '@/lib/corrections';
import { usePageUrl } from '@/lib/use-page-url';
import { RESOURCES, RESOURCE_NAMES, downloadPath } from '@/data/resources';

export async function loader({ context, pattern }: LoaderFunctionArgs) {
  prefetch(queryClientFrom(context), queries.meta());
  await loadAboutMessages(loaderLang({ pattern }));
  return null;
}

/** "Suggest a correction" for anything on the site, or why there is no such link here. */
function SuggestAnything() {
  const { lang, m } = useI18n();
  const a = useAboutMessages();
  const url = usePageUrl(lang);
  const target = correctionHref(env.correctionsUrl, { id: 'general', title: a.title, url });
  return target ? (
    <p>
      {a.suggest}{' '}
      <a href={target} target="_blank" rel="noopener noreferrer">
        {m.event.suggest}
      </a>
    </p>
  ) : (
    <p className="muted">{a.suggestNone}</p>
  );
}

export function Component() {
  const { m } = useI18n();
  const meta = useQuery(queries.meta()).data;
  const a = useAboutMessages();
  return (
    <article className="page narrow prose">
      <PageHead title={a.title} description={a.coverage[0] ?? a.title} />
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
      <p>
        {a.codebookLink} <AppLink to={href('codebook')}>{m.footer.codebook}</AppLink>
      </p>
      <p>
        {a.changesLink} <AppLink to={href('changes')}>{m.footer.changes}</AppLink>
      </p>
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
      <SuggestAnything />
      {meta ? (
        <>
          <h2 id="download">{a.downloadTitle}</h2>
          <p>{a.download(meta.datasetVersion)}</p>
          <p>
            <a className="button" href={`${env.basePath}${downloadPath(meta.datasetVersion)}`} download>
              ⤓ {a.downloadLink(meta.datasetVersion)}
            </a>
          </p>
        </>
      ) : null}
      <h2>{a.contractTitle}</h2>
      <p>{a.contract}</p>
      <ul className="resources">
        {RESOURCE_NAMES.map((name) => (
          <li key={name}>
            <a href={`${env.dataUrl}/${RESOURCES[name].file}`}>
              <code>{RESOURCES[name].file}</code>
            </a>{' '}
            <span className="muted">{m.resources[RESOURCES[name].file]}</span>
          </li>
        ))}
      </ul>
      <h2>{a.licenseTitle}</h2>
      <p>{a.license}</p>
    </article>
  );
}

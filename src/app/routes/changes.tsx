import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { PageHead } from '@/components/ui/page-head';
import type { LoaderFunctionArgs } from 'react-router';
import { queries } from '@/data/queries';
import type { DatasetMeta } from '@/data/meta/contract';
import { AppLink } from '@/components/ui/app-link';
import { DateText } from '@/components/ui/date-text';
import { Folded } from '@/components/ui/folded';
import { QueryBoundary } from '@/components/ui/query-boundary';
import { href } from '@/config/paths';
import { useI18n } from '@/lib/i18n/context';
import { queryClientFrom, prefetch } from '../loader-utils';
import { ViewActions } from '../components/view-actions';
import { loadChangesMessages, useChangesMessages } from './changes.messages';
import { loaderLang } from '@/lib/i18n/page-messages';

export async function loader({ context, pattern }: LoaderFunctionArgs) {
  const queryClient = queryClientFrom(context);
  prefetch(queryClient, queries.meta());
  prefetch(queryClient, queries.events());
  prefetch(queryClient, queries.storylines());
  prefetch(queryClient, queries.metrics());
  await loadChangesMessages(loaderLang({ pattern }));
  return null;
}

type Change = DatasetMeta['changelog'][number]['changes'][number];
const KINDS = ['corrected', 'changed', 'added', 'removed'] as const;
/** Past this many, a group of changes is folded (the first release adds every record). */
const FOLD = 12;

/** The record a change is about, as a link to its page (or its id, once removed). */
function ChangeItem({
  change,
  titles,
  leads,
}: {
  change: Change;
  titles: Map<string, string>;
  leads: Map<string, string>;
}) {
  const { lang } = useI18n();
  const t = useChangesMessages();
  const [kind, id] = change.event
    ? (['event', change.event] as const)
    : change.storyline
      ? (['storyline', change.storyline] as const)
      : (['metric', change.metric ?? ''] as const);
  const title = titles.get(`${kind}:${id}`);
  // An event the monitor found (its lead id starts with the official source's id).
  const lead = change.type === 'added' && kind === 'event' ? leads.get(id) : undefined;
  const leadSource = (leadId: string) =>
    Object.entries(t.leadSources).find(([source]) => leadId.startsWith(`${source}-`))?.[1] ??
    t.leadSourceUnknown;
  return (
    <li>
      <span className="muted">{t.record[kind]}: </span>
      {title && change.type !== 'removed' ? (
        <AppLink to={href(kind, { id })}>{title}</AppLink>
      ) : (
        <>
          <code>{id}</code>{' '}
          {change.type === 'removed' ? <span className="muted">{t.removedNote}</span> : null}
        </>
      )}
      {change.note ? <span className="change-note"> — {change.note[lang]}</span> : null}
      {lead ? <span className="change-note"> — {t.foundBy(leadSource(lead))}</span> : null}
    </li>
  );
}

function Releases() {
  const { lang } = useI18n();
  const t = useChangesMessages();
  const { changelog } = useSuspenseQuery(queries.meta()).data;
  // Titles come in as their resources load; until then, and for removed records, the id shows.
  const events = useQuery(queries.events()).data?.items ?? [];
  const storylines = useQuery(queries.storylines()).data?.items ?? [];
  const metrics = useQuery(queries.metrics()).data?.items ?? [];
  const titles = new Map<string, string>([
    ...events.map((e) => [`event:${e.id}`, e.title[lang]] as const),
    ...storylines.map((s) => [`storyline:${s.id}`, s.title[lang]] as const),
    ...metrics.map((mt) => [`metric:${mt.id}`, mt.title[lang]] as const),
  ]);
  const leads = new Map(events.flatMap((e) => (e.lead ? [[e.id, e.lead] as const] : [])));
  const releases = [...changelog].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  if (releases.length === 0) return <p>{t.empty}</p>;
  return (
    <ol className="releases">
      {releases.map((release) => (
        <li key={release.version} className="release">
          <h2 id={`v${release.version}`}>
            {t.release(release.version)} · <DateText iso={release.date.slice(0, 10)} />
          </h2>
          <p>{release.summary[lang]}</p>
          {KINDS.map((kind) => {
            const changes = release.changes.filter((c) => c.type === kind);
            if (changes.length === 0) return null;
            const heading = `${t.kinds[kind]} (${t.count(changes.length)})`;
            const list = (
              <ul className="change-list">
                {changes.map((change) => (
                  <ChangeItem
                    key={`${change.event ?? change.storyline ?? change.metric ?? ''}:${change.note?.en ?? ''}`}
                    change={change}
                    titles={titles}
                    leads={leads}
                  />
                ))}
              </ul>
            );
            return changes.length > FOLD ? (
              <Folded key={kind} className="change-group" summary={<h3>{heading}</h3>}>
                {list}
              </Folded>
            ) : (
              <section key={kind} className="change-group" aria-label={heading}>
                <h3>{heading}</h3>
                {list}
              </section>
            );
          })}
        </li>
      ))}
    </ol>
  );
}

export function Component() {
  const t = useChangesMessages();
  return (
    <article className="page narrow">
      <PageHead title={t.title} description={t.lede} />
      <h1>{t.title}</h1>
      <p className="lede">{t.lede}</p>
      <ViewActions feed="feeds/events" />
      <QueryBoundary>
        <Releases />
      </QueryBoundary>
    </article>
  );
}

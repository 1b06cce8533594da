import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { PageHead } from '@/components/ui/page-head';
import type { Lang } from '@/lib/i18n/langs';
import { queries } from '@/data/queries';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { ensure, prefetch, queryClientFrom } from '../loader-utils';
import { MetricRail, RailPicker, DEFAULT_RAIL, createFrameStore } from '../components/metric-rail';
import { QueryBoundary } from '@/components/ui/query-boundary';
import { ViewActions } from '../components/view-actions';
import { SavedViews } from '@/features/views/components/saved-views';
import type { PolicyEvent } from '@/data/events/contract';
import { CATEGORIES, JURISDICTIONS } from '@/data/events/values';
import { compareEvents } from '@/features/events/lib/events';
import { extentOf } from '@/features/events/lib/axis';
import { buildSearchIndex, filterEvents } from '@/features/events/lib/filter';
import { startOf, endOf, formatCount } from '@/lib/format';
import {
  hasFilters,
  LANES,
  parseTimelineSearch,
  serializeTimelineSearch,
  defaultTimelineSearch,
  type TimelineSearch,
  type LaneKey,
} from '@/features/events/search-params';
import { timelineMessages } from '@/features/events/timeline-messages';
import { EventList } from '@/features/events/components/event-list';
import { VirtualEventList } from '@/features/events/components/virtual-event-list';
import { ChangeBadge } from '@/features/events/components/change-badge';
import type { ChangeKind } from '@/features/events/lib/since-last-visit';
import { useChangesSinceLastVisit } from '../components/use-changes-since-last-visit';
import { FilterPanel } from '@/features/events/components/filter-panel';
import { TimelineAxis, type Lane } from '@/features/events/components/timeline-axis';
import { EventDateText } from '@/features/events/components/event-date';
import { AppLink } from '@/components/ui/app-link';
import { SkippedNotice } from '@/components/ui/skipped-notice';
import { VerificationBadge } from '@/components/ui/verification-badge';
import { href } from '@/config/paths';
import { localize } from '@/lib/i18n/lang';
import { byId } from '@/lib/collections';
import { useI18n } from '@/lib/i18n/context';

export async function loader({ context, request }: LoaderFunctionArgs) {
  const queryClient = queryClientFrom(context);
  // The charts under the timeline load alongside; if they fail, only they say so.
  prefetch(queryClient, queries.metrics());
  const params = new URL(request.url).searchParams;
  const [, actors, storylines] = await Promise.all([
    ensure(queryClient, queries.events()),
    ensure(queryClient, queries.actors()),
    ensure(queryClient, queries.storylines()),
    ensure(queryClient, queries.sources()),
  ]);
  return parseTimelineSearch(params, {
    actors: new Set(actors.items.map((a) => a.id)),
    storylines: new Set(storylines.items.map((s) => s.id)),
  });
}

const WIDE = '(min-width: 60rem)';
function useWide(): boolean {
  return useSyncExternalStore(
    (notify) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const query = window.matchMedia(WIDE);
      query.addEventListener('change', notify);
      return () => {
        query.removeEventListener('change', notify);
      };
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(WIDE).matches,
    // The build-time first paint is the phone layout (vite.config.ts shows it on narrow screens only).
    () => false,
  );
}

const LARGE_LIST = 300;

export function Component() {
  const { search, ignored } = useLoaderData<typeof loader>();
  const { lang, m } = useI18n();
  const t = timelineMessages[lang];
  const navigate = useNavigate();
  const wide = useWide();

  const eventsData = useSuspenseQuery(queries.events()).data;
  const actorsData = useSuspenseQuery(queries.actors()).data;
  const storylinesData = useSuspenseQuery(queries.storylines()).data;
  const sourcesData = useSuspenseQuery(queries.sources()).data;
  const all = eventsData.items;
  const actors = useMemo(() => byId(actorsData.items), [actorsData]);
  const storylines = useMemo(() => byId(storylinesData.items), [storylinesData]);

  // The search index is built in small slices while the browser is idle after
  // the first render (no long task), or at once at the first search.
  const index = useMemo(() => {
    const sources = byId(sourcesData.items);
    const lookups = {
      actorName: (id: string, l: Lang) => actors.get(id)?.name[l],
      sourceTitle: (id: string) => sources.get(id)?.title,
    };
    const built = new Map<string, Record<Lang, string>>();
    const progress = { done: 0 };
    const step = (n: number) => {
      const slice = all.slice(progress.done, progress.done + n);
      for (const [id, text] of buildSearchIndex(slice, lookups)) built.set(id, text);
      progress.done += slice.length;
      return progress.done >= all.length;
    };
    const get = () => {
      step(all.length);
      return built;
    };
    return Object.assign(get, { step });
  }, [all, actors, sourcesData]);
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    let handle = 0;
    const work = (deadline: IdleDeadline) => {
      while (deadline.timeRemaining() > 4) if (index.step(250)) return;
      handle = requestIdleCallback(work);
    };
    handle = requestIdleCallback(work);
    return () => {
      cancelIdleCallback(handle);
    };
  }, [index]);

  // What is typed filters at once; the URL follows a moment later, so typing
  // does not wait for navigation.
  const [draftQ, setDraftQ] = useState<string | null>(null);
  // Once the URL has caught up with what was typed, the URL is the source again.
  if (draftQ !== null && search.q === draftQ.trim()) setDraftQ(null);
  const effective = useMemo(() => (draftQ === null ? search : { ...search, q: draftQ }), [search, draftQ]);
  const sortedAll = useMemo(() => [...all].sort(compareEvents), [all]);
  const result = useMemo(
    () => filterEvents(sortedAll, effective, index, lang),
    [sortedAll, effective, index, lang],
  );
  const view = search.view ?? (wide ? 'axis' : 'list');

  const update = useCallback(
    (next: TimelineSearch, replace = false) => {
      const query = serializeTimelineSearch(next);
      void navigate({ search: query ? `?${query}` : '' }, { replace, preventScrollReset: true });
    },
    [navigate],
  );
  // The axis's zoom and pan follow into the URL a moment after they settle: a step of its own in
  // the history for a zoom (button, key, cluster), the same step for dragging and the wheel.
  const latest = useRef(search);
  useEffect(() => {
    latest.current = search;
  });
  const axisTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(
    () => () => {
      clearTimeout(axisTimer.current);
    },
    [],
  );
  const onAxisView = useCallback(
    (next: { start: number; end: number }, discrete: boolean) => {
      clearTimeout(axisTimer.current);
      axisTimer.current = setTimeout(() => {
        const day = (t: number) => new Date(t).toISOString().slice(0, 10);
        update({ ...latest.current, axis: { start: day(next.start), end: day(next.end) } }, !discrete);
      }, 300);
    },
    [update],
  );

  const options = useMemo(
    () => ({
      category: CATEGORIES.map((c) => ({ value: c, label: m.category[c] })),
      jurisdiction: JURISDICTIONS.map((j) => ({ value: j, label: m.jurisdiction[j] })),
      storyline: storylinesData.items.map((s) => ({ value: s.id, label: s.title[lang] })),
      verification: (['confirmed', 'single-source', 'disputed'] as const).map((v) => ({
        value: v,
        label: m.verification[v],
      })),
      actor: actorsData.items.map((a) => ({ value: a.id, label: a.name[lang] })),
    }),
    [m, lang, storylinesData, actorsData],
  );

  const lanes = useMemo(
    () =>
      view === 'axis' ? buildLanes(result.events, search.lanes, { m, t, lang, actors, storylines }) : [],
    [view, result.events, search.lanes, m, t, lang, actors, storylines],
  );
  const chronological = result.events;
  const newest = useMemo(() => (view === 'list' ? [...result.events].reverse() : []), [view, result.events]);

  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(
    () => () => {
      clearTimeout(typingTimer.current);
    },
    [],
  );
  function onQuery(q: string) {
    setDraftQ(q);
    clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(() => {
      update({ ...search, q }, true);
    }, 250);
  }
  const selected = search.event ? all.find((e) => e.id === search.event) : undefined;
  const changes = useChangesSinceLastVisit(all);
  const changedShown = useMemo(
    () => (changes.size === 0 ? 0 : result.events.filter((e) => changes.has(e.id)).length),
    [changes, result.events],
  );
  const frameStore = useMemo(() => createFrameStore(), []);
  // On by default beside the axis (wide screens); under the list only when asked for.
  const panels = search.panels ?? (view === 'axis' && wide ? [...DEFAULT_RAIL] : []);
  const listDomain = useMemo(
    () =>
      search.from || search.to
        ? {
            start: startOf(search.from ?? '1990'),
            end: endOf(search.to ?? new Date().toISOString().slice(0, 10)),
          }
        : extentOf(result.events),
    [search.from, search.to, result.events],
  );
  const rail = (
    <section className="rail-section" aria-labelledby="rail-title">
      <div className="rail-top">
        <h2 id="rail-title" className="small-heading">
          {t.railTitle}
        </h2>
        <RailPicker
          chosen={panels}
          onChange={(next) => {
            update({ ...search, panels: next });
          }}
        />
      </div>
      {panels.length > 0 ? (
        <QueryBoundary>
          <MetricRail
            ids={panels}
            frameStore={view === 'axis' ? frameStore : null}
            domain={listDomain}
            events={result.events}
            selectedId={search.event}
            onSelect={(id) => {
              // On the axis a marker selects its event; in the list (no axis) it opens it.
              if (view === 'axis') update({ ...search, event: id }, true);
              else void navigate(localize(href('event', { id }), lang));
            }}
          />
        </QueryBoundary>
      ) : null}
    </section>
  );
  const initial = search.axis
    ? { start: startOf(search.axis.start), end: endOf(search.axis.end) }
    : search.from || search.to
      ? {
          start: startOf(search.from ?? '1990'),
          end: endOf(search.to ?? new Date().toISOString().slice(0, 10)),
        }
      : null;

  function clearFilters() {
    clearTimeout(typingTimer.current);
    setDraftQ(null);
    update({ ...defaultTimelineSearch, view: search.view, lanes: search.lanes });
  }

  return (
    <div className="page timeline-page">
      <PageHead title={m.timeline.title} description={m.timeline.intro} />
      <a className="skip-inline" href="#results">
        {t.skipToResults}
      </a>
      <div className="title-row">
        <h1>{m.timeline.title}</h1>
        <ViewActions
          feed="feeds/events"
          present={
            result.events.length > 0
              ? serializeTimelineSearch({
                  ...search,
                  view: null,
                  event: null,
                  panels: null,
                  lanes: 'category',
                })
              : null
          }
        />
      </div>
      <SavedViews path={href('timeline')} query={serializeTimelineSearch(search)} />
      <SkippedNotice
        skipped={[
          ...eventsData.skipped,
          ...actorsData.skipped,
          ...storylinesData.skipped,
          ...sourcesData.skipped,
        ]}
      />
      {ignored.length > 0 ? (
        <div className="callout callout-warning" role="status">
          <p className="callout-title">{t.ignoredTitle}</p>
          <ul>
            {ignored.map((item, i) => (
              <li key={`${item.key}-${String(i)}`}>
                <code>{t.ignoredItem(item.key, item.value)}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="timeline-layout">
        <FilterPanel
          search={effective}
          counts={result.counts}
          options={options}
          t={t}
          canClear={hasFilters(search)}
          folded={!wide}
          activeCount={
            [
              search.category,
              search.actor,
              search.jurisdiction,
              search.storyline,
              search.verification,
            ].reduce((n, list) => n + list.length, 0) +
            (effective.q ? 1 : 0) +
            (search.from || search.to ? 1 : 0)
          }
          onQuery={onQuery}
          onToggle={(facet, value) => {
            const current = search[facet] as string[];
            const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
            update({ ...search, [facet]: next });
          }}
          onDates={(from, to) => {
            update({ ...search, from, to: to && from && to < from ? null : to });
          }}
          onClear={clearFilters}
        />
        <div className="timeline-main" id="results" tabIndex={-1}>
          <div className="timeline-controls">
            <p className="count" role="status" aria-live="polite">
              {m.timeline.count(formatCount(result.events.length, lang), formatCount(all.length, lang))}
              {changedShown > 0 ? (
                <span className="muted">
                  {' · '}
                  {view === 'axis' ? <span className="changed-dot" aria-hidden="true" /> : null}
                  {t.changedCount(formatCount(changedShown, lang))}
                </span>
              ) : null}
            </p>
            <div className="segmented" role="group" aria-label={t.view}>
              {(['list', 'axis'] as const).map((v) => (
                <button
                  key={v}
                  type="button"
                  aria-pressed={view === v}
                  onClick={() => {
                    update({ ...search, view: v });
                  }}
                >
                  {v === 'list' ? t.viewList : t.viewAxis}
                </button>
              ))}
            </div>
            {view === 'axis' ? (
              <label className="small">
                {t.lanes}{' '}
                <select
                  className="input"
                  value={search.lanes}
                  onChange={(e) => {
                    update({ ...search, lanes: e.target.value as LaneKey });
                  }}
                >
                  {LANES.map((l) => (
                    <option key={l} value={l}>
                      {t.laneKey[l]}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
          </div>
          {result.events.length === 0 ? (
            <div className="callout empty-result" role="status">
              <p>{all.length === 0 ? m.errors.empty : t.noResults}</p>
              {all.length > 0 && hasFilters(search) ? (
                <button type="button" className="button small" onClick={clearFilters}>
                  {t.clearFilters}
                </button>
              ) : null}
            </div>
          ) : null}
          {view === 'axis' && result.events.length > 0 ? (
            <div className="axis-with-detail">
              <TimelineAxis
                key={`${search.lanes}-${search.from ?? ''}-${search.to ?? ''}`}
                lanes={lanes}
                events={chronological}
                selectedId={search.event}
                changes={changes}
                lang={lang}
                t={t}
                initial={initial}
                onViewChange={onAxisView}
                onSelect={(id) => {
                  update({ ...search, event: id }, true);
                }}
                onOpen={(id) => {
                  void navigate(localize(href('event', { id }), lang));
                }}
                onRange={(from, to) => {
                  update({ ...search, from, to });
                }}
                onViewportChange={frameStore.set}
              />
              <aside className="event-detail panel" aria-labelledby="selected-title" aria-live="polite">
                <h2 id="selected-title" className="small-heading">
                  {t.selected}
                </h2>
                {selected ? (
                  <SelectedEvent event={selected} openLabel={t.openEvent} change={changes.get(selected.id)} />
                ) : (
                  <p className="muted">{t.selectHint}</p>
                )}
              </aside>
              {/* Same box as the axis, so the charts' plots line up with its lanes. */}
              <div className="rail-box">{rail}</div>
            </div>
          ) : null}
          {view === 'list' && result.events.length > 0 ? (
            result.events.length > LARGE_LIST ? (
              <VirtualEventList events={newest} changes={changes} />
            ) : (
              <EventList events={newest} changes={changes} />
            )
          ) : null}
          {view === 'list' && result.events.length > 0 ? <div className="rail-under-list">{rail}</div> : null}
        </div>
      </div>
    </div>
  );
}

function SelectedEvent({
  event,
  openLabel,
  change,
}: {
  event: PolicyEvent;
  openLabel: string;
  change: ChangeKind | undefined;
}) {
  const { lang, m } = useI18n();
  return (
    <div>
      <p className="event-date">
        <EventDateText date={event.date} />
      </p>
      <h3>{event.title[lang]}</h3>
      <p className="event-meta">
        <ChangeBadge kind={change} />
        <span className={`tag tag-${event.category}`}>{m.category[event.category]}</span>
        <VerificationBadge level={event.verification} />
      </p>
      <p>{event.summary[lang]}</p>
      <AppLink to={href('event', { id: event.id })}>{openLabel} →</AppLink>
    </div>
  );
}

interface LaneContext {
  m: ReturnType<typeof useI18n>['m'];
  t: (typeof timelineMessages)['en'];
  lang: Lang;
  actors: Map<string, { name: Record<Lang, string> }>;
  storylines: Map<string, { title: Record<Lang, string> }>;
}

const MAX_ACTOR_LANES = 12;

/** Groups events into the lanes the reader chose; an event with several actors appears in each. */
function buildLanes(events: PolicyEvent[], key: LaneKey, ctx: LaneContext): Lane[] {
  const groups = new Map<string, PolicyEvent[]>();
  const add = (k: string, e: PolicyEvent) => {
    const list = groups.get(k);
    if (list) list.push(e);
    else groups.set(k, [e]);
  };
  const sorted = [...events].sort(compareEvents);
  for (const e of sorted) {
    if (key === 'category') add(e.category, e);
    else if (key === 'jurisdiction') add(e.jurisdiction, e);
    else if (key === 'storyline') add(e.storyline ?? '', e);
    else for (const a of e.actors) add(a, e);
  }
  let entries = [...groups.entries()];
  if (key === 'actor' && entries.length > MAX_ACTOR_LANES) {
    entries.sort((a, b) => b[1].length - a[1].length);
    const rest = entries.slice(MAX_ACTOR_LANES - 1).flatMap(([, list]) => list);
    const unique = [...new Map(rest.map((e) => [e.id, e])).values()].sort(compareEvents);
    entries = [...entries.slice(0, MAX_ACTOR_LANES - 1), ['~other', unique]];
  }
  const label = (k: string): string => {
    if (key === 'category') return ctx.m.category[k as PolicyEvent['category']];
    if (key === 'jurisdiction') return ctx.m.jurisdiction[k as PolicyEvent['jurisdiction']];
    if (key === 'storyline')
      return k === '' ? ctx.t.noStoryline : (ctx.storylines.get(k)?.title[ctx.lang] ?? k);
    return k === '~other' ? ctx.t.otherActors : (ctx.actors.get(k)?.name[ctx.lang] ?? k);
  };
  const order = key === 'category' ? [...CATEGORIES] : key === 'jurisdiction' ? [...JURISDICTIONS] : null;
  if (order) entries.sort((a, b) => order.indexOf(a[0] as never) - order.indexOf(b[0] as never));
  return entries.map(([k, list]) => ({ key: k || 'none', label: label(k), events: list }));
}

import { openDeckSync, type DeckSync } from '@/features/present/lib/deck-sync';
import { speakerNotes, type NoteLine } from '@/features/present/lib/speaker-notes';
import { SpeakerClock } from '@/features/present/components/speaker-clock';
import { identifierLink } from '@/features/sources/lib/identifiers';
import { useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { PageHead } from '@/components/ui/page-head';
import { queries } from '@/data/queries';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { ensure, prefetch, queryClientFrom } from '../loader-utils';
import type { PolicyEvent } from '@/data/events/contract';
import type { Metric } from '@/data/metrics/contract';
import { compareEvents } from '@/features/events/lib/events';
import { buildSearchIndex, filterEvents } from '@/features/events/lib/filter';
import { serializeTimelineSearch } from '@/features/events/search-params';
import { parsePresentSearch } from '../present-search';
import { EventDateText } from '@/features/events/components/event-date';
import { eventMarkers, timeDomain, toTimeSpans, seriesOf } from '@/features/metrics/lib/to-chart-series';
import { formatInUnit } from '@/features/metrics/lib/format-observation';
import { labelledTicks } from '@/features/events/lib/axis';
import { SpanStrip } from '@/components/charts/span-strip';
import { SourceLine } from '@/components/ui/source-links';
import { AppLink } from '@/components/ui/app-link';
import { DateText } from '@/components/ui/date-text';
import { href } from '@/config/paths';
import { localize } from '@/lib/i18n/lang';
import { byId } from '@/lib/collections';
import { useI18n } from '@/lib/i18n/context';
import { StatusCurrency } from '@/features/storylines/components/status-currency';
import { useWidth } from '@/lib/use-width';
import { useObservationLabel } from '../components/panel-charts';
import { presentMessages } from './present.messages';

const MIN_FIT = 0.55;

/**
 * `/present`: any slice of the timeline as slides. Parameters: the timeline's filters
 * (`storyline`, `category`, `q`, `from`…), or `deck=<id>` for a curated deck; `slide`
 * (1-based) and `notes=1` (speaker view).
 */
export async function loader({ context, request }: LoaderFunctionArgs) {
  const queryClient = queryClientFrom(context);
  prefetch(queryClient, queries.metrics());
  prefetch(queryClient, queries.meta());
  const [, actors, storylines, , decks] = await Promise.all([
    ensure(queryClient, queries.events()),
    ensure(queryClient, queries.actors()),
    ensure(queryClient, queries.storylines()),
    ensure(queryClient, queries.sources()),
    ensure(queryClient, queries.decks()),
  ]);
  const parsed = parsePresentSearch(new URL(request.url).searchParams, {
    actors: new Set(actors.items.map((a) => a.id)),
    storylines: new Set(storylines.items.map((s) => s.id)),
  });
  const deck = parsed.deck ? (decks.items.find((d) => d.id === parsed.deck) ?? null) : null;
  return {
    search: parsed.search,
    deck,
    unknownDeck: parsed.deckParam !== null && deck === null ? parsed.deckParam : null,
    slide: parsed.slide,
    notes: parsed.notes,
    back: parsed.back,
  };
}

type Slide = { kind: 'title' } | { kind: 'event'; event: PolicyEvent } | { kind: 'sources' };

export function Component() {
  const { search, deck, unknownDeck, slide, notes, back } = useLoaderData<typeof loader>();
  const { lang, m } = useI18n();
  const t = presentMessages[lang];
  const navigate = useNavigate();
  const all = useSuspenseQuery(queries.events()).data.items;
  const storylines = byId(useSuspenseQuery(queries.storylines()).data.items);
  const actors = byId(useSuspenseQuery(queries.actors()).data.items);
  const sourceList = useSuspenseQuery(queries.sources()).data.items;
  const sources = useMemo(() => byId(sourceList), [sourceList]);
  const meta = useQuery(queries.meta()).data;
  const metrics = useQuery(queries.metrics()).data?.items ?? [];

  const events = useMemo(() => {
    if (deck) {
      const byEvent = byId(all);
      return deck.events.map((id) => byEvent.get(id)).filter((e): e is PolicyEvent => e !== undefined);
    }
    const index = () =>
      buildSearchIndex(all, {
        actorName: (id, l) => actors.get(id)?.name[l],
        sourceTitle: (id) => sources.get(id)?.title,
      });
    return filterEvents([...all].sort(compareEvents), search, index, lang).events;
  }, [deck, all, search, lang, actors, sources]);

  const slides: Slide[] = useMemo(
    () => [
      { kind: 'title' },
      ...events.map((event) => ({ kind: 'event' as const, event })),
      { kind: 'sources' },
    ],
    [events],
  );
  const current = Math.min(slide, slides.length) - 1;
  const filters = serializeTimelineSearch({ ...search, view: null, event: null, panels: null });
  const onlyStoryline = search.storyline.length === 1 && filters === `storyline=${search.storyline[0] ?? ''}`;
  // Where the presentation was opened from (a metric panel, a storyline…), else where its events live.
  const leaveTo = back
    ? back
    : deck
      ? href('overview')
      : onlyStoryline
        ? href('storyline', { id: search.storyline[0] ?? '' })
        : `${href('timeline')}${filters ? `?${filters}` : ''}`;

  const hrefFor = (n: number, speaker = notes) => {
    const q = new URLSearchParams(filters);
    if (deck) q.set('deck', deck.id);
    if (n > 1) q.set('slide', String(n));
    if (speaker) q.set('notes', '1');
    if (back) q.set('back', back);
    return localize(href('present', undefined, q.toString()), lang);
  };
  const leave = () => {
    void navigate(localize(leaveTo, lang));
  };

  // Before the first paint (and before fitting the slide below): the site's header and footer go.
  useLayoutEffect(() => {
    document.body.classList.add('presenting');
    return () => {
      document.body.classList.remove('presenting');
    };
  }, []);

  // A slide with a long title or summary is set smaller until it fits the screen (down to 55%), as
  // presentation software does: nothing is cut off or needs scrolling in front of a room.
  const slidesRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const fit = () => {
      const box = slidesRef.current;
      const slide = box?.querySelector<HTMLElement>('.slide.current');
      if (!box || !slide) return;
      let scale = 1;
      slide.style.setProperty('--fit', '1');
      for (let pass = 0; pass < 4; pass++) {
        const over = Math.max(
          document.documentElement.scrollHeight - window.innerHeight,
          box.scrollHeight - box.clientHeight,
        );
        const height = slide.getBoundingClientRect().height;
        if (over <= 0 || height <= 0 || scale <= MIN_FIT) break;
        scale = Math.max(MIN_FIT, scale * Math.max(0.5, (height - over) / height));
        slide.style.setProperty('--fit', scale.toFixed(3));
      }
    };
    fit();
    window.addEventListener('resize', fit);
    return () => {
      window.removeEventListener('resize', fit);
    };
  }, [current, lang, notes, slides]);

  // Where the keys have taken us, ahead of the URL: a clicker pressed twice quickly moves twice.
  const position = useRef(current);
  /** Moves to a slide (1-based), telling the other windows (set with the key handler below). */
  const goRef = useRef<(n: number) => void>(() => undefined);
  // A swipe across the slide (touch or pen) moves one slide.
  const swipe = useRef<{ x: number; y: number } | null>(null);
  useLayoutEffect(() => {
    position.current = current;
  }, [current]);

  // Attached while the slide is committed (not after it is painted), so keys work from the moment
  // the first slide shows.
  // The windows of this presentation (audience, speaker) follow each other's slide.
  const deckKey = deck ? `deck:${deck.id}` : `filters:${filters}`;
  const sync = useRef<DeckSync | null>(null);
  const follow = useRef<(n: number) => void>(() => undefined);
  useEffect(() => {
    const channel = openDeckSync(deckKey, (n) => {
      follow.current(n);
    });
    sync.current = channel;
    return () => {
      channel.close();
      sync.current = null;
    };
  }, [deckKey]);
  useLayoutEffect(() => {
    follow.current = (n: number) => {
      const target = Math.max(1, Math.min(slides.length, n));
      if (target === position.current + 1) return;
      position.current = target - 1;
      void navigate(hrefFor(target), { replace: true });
    };
  });
  useLayoutEffect(() => {
    const go = (n: number) => {
      const target = Math.max(1, Math.min(slides.length, n));
      if (target === position.current + 1) return;
      position.current = target - 1;
      sync.current?.announce(target);
      void navigate(hrefFor(target), { replace: true });
    };
    goRef.current = go;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select')) return;
      const keys: Record<string, () => void> = {
        ArrowRight: () => {
          go(position.current + 2);
        },
        ArrowDown: () => {
          go(position.current + 2);
        },
        PageDown: () => {
          go(position.current + 2);
        },
        ' ': () => {
          go(e.shiftKey ? position.current : position.current + 2);
        },
        ArrowLeft: () => {
          go(position.current);
        },
        ArrowUp: () => {
          go(position.current);
        },
        PageUp: () => {
          go(position.current);
        },
        Home: () => {
          go(1);
        },
        End: () => {
          go(slides.length);
        },
        Escape: () => {
          if (document.fullscreenElement) return;
          leave();
        },
        f: () => {
          void document.documentElement.requestFullscreen().catch(() => undefined);
        },
      };
      const action = keys[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  });

  const deckTitle = deck ? deck.title[lang] : null;
  const related = (event: PolicyEvent) =>
    event.storyline
      ? metrics.find((mt) => mt.timeBased && mt.defaultEventStorylines.includes(event.storyline ?? ''))
      : undefined;
  const cited = [...new Set(events.flatMap((e) => e.sources))]
    .map((id) => sources.get(id))
    .filter((s) => s !== undefined);

  const story = onlyStoryline ? storylines.get(search.storyline[0] ?? '') : undefined;
  const render = (s: Slide, i: number): ReactNode => {
    if (s.kind === 'title')
      return (
        <>
          <p className="slide-kicker">{m.appName}</p>
          <h1 className="slide-title">
            {deckTitle ?? (onlyStoryline ? (story?.title[lang] ?? m.timeline.title) : m.timeline.title)}
          </h1>
          <p className="slide-lede">
            {deck
              ? deck.description[lang]
              : onlyStoryline
                ? t.storylineDeck(events.length)
                : t.timelineDeck(events.length)}
          </p>
          {onlyStoryline && story ? (
            <div className="slide-meta slide-status">
              <p>
                {m.storyline.status}:{' '}
                <span className={`status status-${story.status.kind}`}>{m.status[story.status.kind]}</span>{' '}
                {story.status.text[lang]}
              </p>
              <StatusCurrency storyline={story} />
            </div>
          ) : null}
          {!deck && !onlyStoryline && filters ? (
            <p className="slide-meta">
              {t.filters}: <code>{decodeURIComponent(filters.replace(/\+/g, ' ')).replace(/&/g, ' · ')}</code>
            </p>
          ) : null}
          {meta ? (
            <p className="slide-meta">
              {t.dataset(meta.datasetVersion)} · {m.footer.updated}{' '}
              <DateText iso={meta.lastUpdated.slice(0, 10)} />
            </p>
          ) : null}
          {i === current ? <p className="slide-hint no-print">{t.keys}</p> : null}
        </>
      );
    if (s.kind === 'sources')
      return (
        <>
          <h1 className="slide-title small-title">{t.allSources}</h1>
          <ol className="slide-sources">
            {cited.map((source) => (
              <li key={source.id}>
                <SourceLine source={source} />
                <span className="print-url"> {source.url}</span>
              </li>
            ))}
          </ol>
          <p className="slide-meta">{t.end}</p>
        </>
      );
    const { event } = s;
    const metric = related(event);
    return (
      <>
        <p className="slide-kicker">
          <EventDateText date={event.date} />
          {event.storyline ? ` · ${storylines.get(event.storyline)?.title[lang] ?? ''}` : ''}
        </p>
        <h1 className="slide-title">{event.title[lang]}</h1>
        {event.verification !== 'confirmed' ? (
          <p className={`slide-flag flag-${event.verification}`}>
            {event.verification === 'disputed' ? t.disputed : t.singleSource}
          </p>
        ) : null}
        <p className="slide-lede">{event.summary[lang]}</p>
        {metric ? <SlideFigure metric={metric} event={event} /> : null}
        <p className="slide-sourceline">
          {t.sources}:{' '}
          {event.sources
            .flatMap((id) => {
              const source = sources.get(id);
              return source ? [source] : [];
            })
            .slice(0, 3)
            .map((source, k) => (
              <span key={source.id}>
                {k > 0 ? '; ' : ''}
                <SourceLine source={source} />
              </span>
            ))}
        </p>
      </>
    );
  };

  const notesFor = (s: Slide | undefined): NoteLine[] =>
    s?.kind === 'event'
      ? speakerNotes(
          s.event,
          lang,
          (s.event.identifiers ?? []).map((id) => {
            const link = identifierLink(id, lang);
            return `${link.kind}: ${link.label}`;
          }),
          related(s.event),
          (v) => {
            const unit = related(s.event)?.unit;
            return unit ? formatInUnit(v, unit, lang) : String(v);
          },
        )
      : s?.kind === 'title' && deck
        ? [{ kind: 'note', text: deck.description[lang] }]
        : [];

  return (
    <div className={`deck${notes ? ' speaker' : ''}`}>
      <PageHead title={deckTitle ?? t.pageTitle} description={deck ? deck.description[lang] : t.pageTitle} />
      {unknownDeck ? (
        <p className="callout callout-warning no-print" role="status">
          {t.unknownDeck(unknownDeck)}
        </p>
      ) : null}
      {events.length === 0 ? (
        <p className="callout no-print" role="status">
          {t.empty}
        </p>
      ) : null}
      <div
        className="slides"
        ref={slidesRef}
        onPointerDown={(e) => {
          if (e.pointerType !== 'mouse') swipe.current = { x: e.clientX, y: e.clientY };
        }}
        onPointerUp={(e) => {
          const start = swipe.current;
          swipe.current = null;
          if (!start) return;
          const dx = e.clientX - start.x;
          if (Math.abs(dx) < 50 || Math.abs(dx) < Math.abs(e.clientY - start.y)) return;
          goRef.current(position.current + (dx < 0 ? 2 : 0));
        }}
        onPointerCancel={() => {
          swipe.current = null;
        }}
      >
        {slides.map((s, i) => (
          <section
            key={s.kind === 'event' ? s.event.id : s.kind}
            className={`slide slide-is-${s.kind}${i === current ? ' current' : ''}`}
            aria-roledescription="slide"
            aria-label={t.slide(i + 1, slides.length)}
            aria-hidden={i === current ? undefined : true}
          >
            {render(s, i)}
            {/* On paper only: on screen the controls say which slide this is (once). */}
            <p className="slide-number print-only" aria-hidden="true" hidden>
              {i + 1} / {slides.length}
            </p>
          </section>
        ))}
      </div>
      {notes ? (
        <aside className="speaker-notes no-print" aria-label={t.notes}>
          <SpeakerClock lang={lang} />
          <h2>{t.notes}</h2>
          {notesFor(slides[current]).length > 0 ? (
            <ul className="speaker-lines">
              {notesFor(slides[current]).map((n) => (
                <li key={n.text} className={`note-${n.kind}`}>
                  {n.text}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t.noNotes}</p>
          )}
          <h2>{t.nextUp}</h2>
          <p>
            {slides[current + 1]
              ? (() => {
                  const next = slides[current + 1];
                  return next?.kind === 'event'
                    ? next.event.title[lang]
                    : next?.kind === 'sources'
                      ? t.allSources
                      : '';
                })()
              : t.end}
          </p>
          <h2>{t.keysTitle}</h2>
          <p className="small">{t.keys}</p>
        </aside>
      ) : null}
      <nav className="deck-controls no-print" aria-label={t.pageTitle}>
        <AppLink to={leaveTo} className="button small secondary">
          {t.leave}
        </AppLink>
        <AppLink
          to={hrefFor(current)}
          className="button small"
          aria-disabled={current === 0}
          aria-label={t.previous}
          replace
        >
          ←
        </AppLink>
        <span role="status" aria-live="polite" className="deck-count">
          {t.slide(current + 1, slides.length)}
        </span>
        <AppLink
          to={hrefFor(current + 2)}
          className="button small"
          aria-disabled={current === slides.length - 1}
          aria-label={t.next}
          replace
        >
          →
        </AppLink>
        <button
          type="button"
          className="button small secondary"
          onClick={() => {
            void document.documentElement.requestFullscreen().catch(() => undefined);
          }}
        >
          {t.fullscreen}
        </button>
        {notes ? (
          <AppLink to={hrefFor(current + 1, false)} className="button small secondary" replace>
            {t.audienceView}
          </AppLink>
        ) : (
          <button
            type="button"
            className="button small secondary"
            onClick={() => {
              // This window stays the audience's (on the projector); the speaker's opens beside it.
              // Without a second window (blocked, or a phone) this one becomes the speaker view.
              const opened = window.open(hrefFor(current + 1, true), 'irt-speaker', 'popup');
              if (!opened) void navigate(hrefFor(current + 1, true), { replace: true });
            }}
          >
            {t.speakerView}
          </button>
        )}
        <button
          type="button"
          className="button small secondary"
          onClick={() => {
            window.print();
          }}
        >
          {t.print}
        </button>
      </nav>
    </div>
  );
}

/** The related metric as a small chart, with this event marked on it. */
function SlideFigure({ metric, event }: { metric: Metric; event: PolicyEvent }) {
  const { lang } = useI18n();
  const t = presentMessages[lang];
  const [measure, width] = useWidth();
  const label = useObservationLabel(metric);
  const spans = toTimeSpans(metric);
  const allSeries = seriesOf(metric);
  const [start, end] = timeDomain(spans);
  const view = { start, end };
  const LABEL_W = 80;
  // Slides not on screen (printing the handout) have no measured width: draw them at a print width.
  const plotW = Math.max(160, (width || 900) - LABEL_W - 8);
  const marker = eventMarkers([event], [], [start, end], event.id).map((mk) => ({
    ...mk,
    label: event.title[lang],
    highlighted: true,
  }));
  return (
    <figure className="slide-figure" ref={measure}>
      <figcaption>
        {t.figures}: {metric.title[lang]} ·{' '}
        <AppLink to={`${href('metric', { id: metric.id })}?highlight=${event.id}`}>{t.openPanel}</AppLink>
      </figcaption>
      {
        <SpanStrip
          title={metric.title[lang]}
          desc={metric.description[lang]}
          labelWidth={LABEL_W}
          width={plotW}
          height={150}
          view={view}
          data={spans}
          colourOf={(s) => allSeries.indexOf(s)}
          ticks={labelledTicks(view, plotW, lang)}
          markers={marker}
          formatValue={(v) => formatInUnit(v, metric.unit, lang)}
          label={label}
          describe={label}
          onMarker={() => undefined}
          markersLabel={event.title[lang]}
        />
      }
    </figure>
  );
}

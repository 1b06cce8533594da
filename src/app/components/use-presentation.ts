import { useMemo } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useHref } from 'react-router';
import type { Actor } from '@/data/actors/contract';
import type { Deck } from '@/data/decks/contract';
import type { PolicyEvent } from '@/data/events/contract';
import type { Metric } from '@/data/metrics/contract';
import type { Source } from '@/data/sources/contract';
import { queries } from '@/data/queries';
import { href } from '@/config/paths';
import { byId } from '@/lib/collections';
import { useI18n } from '@/lib/i18n/context';
import { localize } from '@/lib/i18n/lang';
import type { Lang } from '@/lib/i18n/langs';
import { inDateOrder } from '@/features/events/lib/events';
import { buildSearchIndex, filterEvents } from '@/features/events/lib/filter';
import { serializeTimelineSearch, type TimelineSearch } from '@/features/events/search-params';
import type { DeckDraft } from '@/features/present/lib/built-deck';
import { toBuiltSlides, toSlides } from '@/features/present/lib/slides';
import { usePresentMessages } from '../routes/present.messages';

/** A built deck to present: the deck (its slides checked against the dataset) and its `d` value. */
export interface BuiltPresentation {
  deck: DeckDraft;
  encoded: string;
}

/**
 * The events a presentation of a curated deck (in its order) or of the timeline's filters (in date
 * order) shows: what `/present` presents, and what the deck builder starts from.
 */
export function selectEvents({
  all,
  search,
  deck,
  lang,
  actors,
  sources,
}: {
  all: readonly PolicyEvent[];
  search: TimelineSearch;
  deck: Deck | null;
  lang: Lang;
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, Source>;
}): PolicyEvent[] {
  if (deck) {
    const byEvent = byId(all);
    return deck.events.map((id) => byEvent.get(id)).filter((e): e is PolicyEvent => e !== undefined);
  }
  const index = () =>
    buildSearchIndex(all, {
      actorName: (id, l) => actors.get(id)?.name[l],
      sourceTitle: (id) => sources.get(id)?.title,
    });
  return filterEvents(inDateOrder(all), search, index, lang).events;
}

/** The timeline's filters a presentation shows, as a query string (none of the view's own settings). */
export const presentedFilters = (search: TimelineSearch) =>
  serializeTimelineSearch({ ...search, view: null, event: null, panels: null });

/**
 * What a presentation (`/present`) shows and where it links: a curated deck's events, a built
 * deck's slides, or the timeline's events for its filters, as slides; the one storyline when
 * exactly one is chosen; the sources cited; where Esc returns (`back`, else where the events live),
 * each slide's address, a built deck's own link, and the builder's address started from it.
 */
export function usePresentation({
  search,
  deck,
  built,
  back,
  notes,
  metrics,
}: {
  search: TimelineSearch;
  deck: Deck | null;
  built: BuiltPresentation | null;
  back: string | null;
  notes: boolean;
  /** Every metric panel (those a built deck shows among them). */
  metrics: readonly Metric[];
}) {
  const { lang } = useI18n();
  const all = useSuspenseQuery(queries.events()).data.items;
  const storylines = byId(useSuspenseQuery(queries.storylines()).data.items);
  const actors = byId(useSuspenseQuery(queries.actors()).data.items);
  const sourceList = useSuspenseQuery(queries.sources()).data.items;
  const sources = useMemo(() => byId(sourceList), [sourceList]);

  const slides = useMemo(() => {
    if (built) return toBuiltSlides(built.deck, byId(all), byId(metrics));
    const events = selectEvents({ all, search, deck, lang, actors, sources });
    const notes = deck?.notes
      ? Object.fromEntries(Object.entries(deck.notes).map(([id, text]) => [id, text[lang]]))
      : undefined;
    return toSlides(events, notes);
  }, [built, deck, all, search, lang, actors, sources, metrics]);
  const events = slides.flatMap((s) => (s.kind === 'event' ? [s.event] : []));

  const filters = built ? '' : presentedFilters(search);
  const onlyStoryline =
    !built && search.storyline.length === 1 && filters === `storyline=${search.storyline[0] ?? ''}`;
  // Where the presentation was opened from (a metric panel, a storyline, the builder…), else where its events live.
  const leaveTo = back
    ? back
    : deck || built
      ? href('overview')
      : onlyStoryline
        ? href('storyline', { id: search.storyline[0] ?? '' })
        : `${href('timeline')}${filters ? `?${filters}` : ''}`;

  /** The address of slide n (1-based), in the speaker view or not. */
  const hrefFor = (n: number, speaker = notes) => {
    const q = new URLSearchParams(filters);
    if (built) q.set('d', built.encoded);
    else if (deck) q.set('deck', deck.id);
    if (n > 1) q.set('slide', String(n));
    if (speaker) q.set('notes', '1');
    if (back) q.set('back', back);
    return localize(href('present', undefined, q.toString()), lang);
  };
  // Every source the slides cite: their events', then their panels' figures'.
  const cited = [
    ...new Set(
      slides.flatMap((s) =>
        s.kind === 'event'
          ? s.event.sources
          : s.kind === 'panel'
            ? s.metric.observations.flatMap((o) => o.sources)
            : [],
      ),
    ),
  ]
    .map((id) => sources.get(id))
    .filter((s) => s !== undefined);
  const story = onlyStoryline ? storylines.get(search.storyline[0] ?? '') : undefined;
  // The presentation's own link (what its QR codes open), in this language, from its first slide: a
  // built deck's, a curated deck's, or the selection of the timeline presented.
  const shareQuery = built ? `d=${built.encoded}` : deck ? `deck=${deck.id}` : filters;
  const sharePath = useHref(localize(href('present', undefined, shareQuery), lang));
  const shareUrl = `${typeof window === 'undefined' ? '' : window.location.origin}${sharePath}`;
  // The builder, started from what is presented.
  const buildFrom = href('deck-builder', undefined, built ? shareQuery : deck ? `deck=${deck.id}` : filters);
  const t = usePresentMessages();
  const title = built ? built.deck.title.trim() || t.pageTitle : deck ? deck.title[lang] : t.pageTitle;
  return {
    /** The page's title and description. */
    title,
    description: built ? built.deck.subtitle.trim() || title : deck ? deck.description[lang] : t.pageTitle,
    /** Which presentation this is, for the windows showing it (audience, speaker) to follow each other. */
    syncKey: built ? `built:${built.encoded}` : deck ? `deck:${deck.id}` : `filters:${filters}`,
    events,
    slides,
    filters,
    onlyStoryline,
    story,
    leaveTo,
    hrefFor,
    cited,
    storylines,
    sources,
    shareUrl,
    buildFrom,
  };
}

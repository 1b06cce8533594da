import { useMemo } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { Deck } from '@/data/decks/contract';
import type { PolicyEvent } from '@/data/events/contract';
import { queries } from '@/data/queries';
import { href } from '@/config/paths';
import { byId } from '@/lib/collections';
import { useI18n } from '@/lib/i18n/context';
import { localize } from '@/lib/i18n/lang';
import { compareEvents } from '@/features/events/lib/events';
import { buildSearchIndex, filterEvents } from '@/features/events/lib/filter';
import { serializeTimelineSearch, type TimelineSearch } from '@/features/events/search-params';
import { toSlides } from '@/features/present/lib/slides';

/**
 * What a presentation (`/present`) shows and where it links: a curated deck's events, or the
 * timeline's events for its filters, as slides; the one storyline when exactly one is chosen; the
 * sources cited; where Esc returns (`back`, else where the events live) and each slide's address.
 */
export function usePresentation({
  search,
  deck,
  back,
  notes,
}: {
  search: TimelineSearch;
  deck: Deck | null;
  back: string | null;
  notes: boolean;
}) {
  const { lang } = useI18n();
  const all = useSuspenseQuery(queries.events()).data.items;
  const storylines = byId(useSuspenseQuery(queries.storylines()).data.items);
  const actors = byId(useSuspenseQuery(queries.actors()).data.items);
  const sourceList = useSuspenseQuery(queries.sources()).data.items;
  const sources = useMemo(() => byId(sourceList), [sourceList]);

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

  const slides = useMemo(() => toSlides(events), [events]);
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

  /** The address of slide n (1-based), in the speaker view or not. */
  const hrefFor = (n: number, speaker = notes) => {
    const q = new URLSearchParams(filters);
    if (deck) q.set('deck', deck.id);
    if (n > 1) q.set('slide', String(n));
    if (speaker) q.set('notes', '1');
    if (back) q.set('back', back);
    return localize(href('present', undefined, q.toString()), lang);
  };
  const cited = [...new Set(events.flatMap((e) => e.sources))]
    .map((id) => sources.get(id))
    .filter((s) => s !== undefined);
  const story = onlyStoryline ? storylines.get(search.storyline[0] ?? '') : undefined;
  return { events, slides, filters, onlyStoryline, story, leaveTo, hrefFor, cited, storylines, sources };
}

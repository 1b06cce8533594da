import { parseTimelineSearch } from '@/features/events/search-params';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The presentation's URL state (`/present`): the timeline's filters, `deck` (an id), `slide`
 * (1-based, at least 1) and `notes=1`. Never throws; what is not understood falls back to the defaults.
 */
export function parsePresentSearch(
  params: URLSearchParams,
  known: { actors?: ReadonlySet<string>; storylines?: ReadonlySet<string> } = {},
) {
  const { search } = parseTimelineSearch(
    new URLSearchParams([...params].filter(([k]) => !['deck', 'slide', 'notes'].includes(k))),
    known,
  );
  const deckParam = params.get('deck');
  const slide = Math.floor(Number(params.get('slide')));
  return {
    search,
    deck: deckParam && SLUG.test(deckParam) ? deckParam : null,
    /** The `deck` value as given (shortened), to name it when no such deck exists. */
    deckParam: deckParam === null ? null : deckParam.slice(0, 60),
    slide: Number.isFinite(slide) && slide >= 1 ? Math.min(slide, 10_000) : 1,
    notes: params.get('notes') === '1',
  };
}

import { parseTimelineSearch } from '@/features/events/search-params';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The presentation's URL state (`/present`): the timeline's filters, `deck` (an id), `d` (a built
 * deck, see src/features/present/lib/deck-link.ts; read by the loader), `slide`
 * (1-based, at least 1), `notes=1` and `back` (the page the presentation was opened from, a path of this
 * site, where Esc returns). Never throws; what is not understood falls back to the defaults.
 */
export function parsePresentSearch(
  params: URLSearchParams,
  known: { actors?: ReadonlySet<string>; storylines?: ReadonlySet<string> } = {},
) {
  const { search } = parseTimelineSearch(
    new URLSearchParams([...params].filter(([k]) => !['deck', 'd', 'slide', 'notes', 'back'].includes(k))),
    known,
  );
  const deckParam = params.get('deck');
  const slide = Math.floor(Number(params.get('slide')));
  return {
    search,
    deck: deckParam && SLUG.test(deckParam) ? deckParam : null,
    /** A built deck's `d` value, as given (decoded, and checked, by the loader). */
    built: params.get('d'),
    /** The `deck` value as given (shortened), to name it when no such deck exists. */
    deckParam: deckParam === null ? null : deckParam.slice(0, 60),
    slide: Number.isFinite(slide) && slide >= 1 ? Math.min(slide, 10_000) : 1,
    notes: params.get('notes') === '1',
    back: safeBack(params.get('back')),
  };
}

/** A path of this site (`/metrics/x?tab=table`), never another site's (`//evil`, `https:`, `javascript:`). */
export function safeBack(value: string | null): string | null {
  if (value === null || value.length > 500) return null;
  return /^\/(?![/\\])[^\s]*$/.test(value) ? value : null;
}

import type { Actor } from '@/data/actors/contract';
import type { Deck } from '@/data/decks/contract';
import type { PolicyEvent } from '@/data/events/contract';
import type { Metric } from '@/data/metrics/contract';
import type { Source } from '@/data/sources/contract';
import type { Storyline } from '@/data/storylines/contract';
import { byId } from '@/lib/collections';
import type { Lang } from '@/lib/i18n/langs';
import {
  deckOfEvents,
  resolveDeck,
  type DeckDraft,
  type DeckItem,
  type DeckProblem,
} from '@/features/present/lib/built-deck';
import { decodeDeck, type DeckLinkError } from '@/features/present/lib/deck-link';
import { parsePresentSearch } from './present-search';
import { presentedFilters, selectEvents } from './components/use-presentation';

/**
 * A built deck's link (`d`) read against the dataset: the deck with the slides this dataset has
 * (those it lacks listed), or why the link cannot be read.
 */
export async function readBuiltDeck(
  value: string,
  data: { events: readonly { id: string }[]; metrics: readonly { id: string }[] },
): Promise<
  { deck: DeckDraft; skipped: DeckItem[]; encoded: string } | { error: DeckLinkError; problem?: DeckProblem }
> {
  const decoded = await decodeDeck(value);
  if ('error' in decoded) return decoded;
  const known = {
    events: new Set(data.events.map((e) => e.id)),
    panels: new Set(data.metrics.map((m) => m.id)),
  };
  return { ...resolveDeck(decoded.deck, known), encoded: value };
}

export interface DeckStart {
  /** The deck to start from, its slides checked against the dataset (null: none asked for). */
  deck: DeckDraft | null;
  /** Started from events (their number), or from a deck or a deck's link. */
  started: number | 'deck' | null;
  skipped: DeckItem[];
  linkError: { error: DeckLinkError; problem?: DeckProblem } | null;
}

/**
 * What the deck builder (`/present/build`) starts from, by its query, as `/present` reads it: a built
 * deck's link (`d`), a curated deck (`deck`, with its title, description and notes in `lang` as the
 * presenter's words), or the timeline's filters (a storyline: titled after it); nothing otherwise.
 */
export async function deckStart(
  params: URLSearchParams,
  data: {
    events: readonly PolicyEvent[];
    actors: readonly Actor[];
    storylines: readonly Storyline[];
    sources: readonly Source[];
    decks: readonly Deck[];
    metrics: readonly Metric[];
  },
  lang: Lang,
): Promise<DeckStart> {
  const none: DeckStart = { deck: null, started: null, skipped: [], linkError: null };
  const known = {
    events: new Set(data.events.map((e) => e.id)),
    panels: new Set(data.metrics.map((m) => m.id)),
  };
  const parsed = parsePresentSearch(params, {
    actors: new Set(data.actors.map((a) => a.id)),
    storylines: new Set(data.storylines.map((s) => s.id)),
  });
  if (parsed.built !== null) {
    const read = await readBuiltDeck(parsed.built, data);
    if ('error' in read)
      return {
        ...none,
        linkError: { error: read.error, ...(read.problem ? { problem: read.problem } : {}) },
      };
    return { ...none, deck: read.deck, skipped: read.skipped, started: 'deck' };
  }
  const curated = parsed.deck ? data.decks.find((d) => d.id === parsed.deck) : undefined;
  if (curated) {
    const notes = Object.fromEntries(
      Object.entries(curated.notes ?? {}).map(([id, text]) => [id, text[lang]]),
    );
    const deck = deckOfEvents(curated.events, {
      title: curated.title[lang],
      subtitle: curated.description[lang],
      notes,
    });
    return { ...none, ...resolveDeck(deck, known), started: 'deck' };
  }
  const filters = presentedFilters(parsed.search);
  if (!filters) return none;
  const events = selectEvents({
    all: data.events,
    search: parsed.search,
    deck: null,
    lang,
    actors: byId(data.actors),
    sources: byId(data.sources),
  });
  const only =
    parsed.search.storyline.length === 1 && filters === `storyline=${parsed.search.storyline[0] ?? ''}`;
  const story = only ? data.storylines.find((s) => s.id === parsed.search.storyline[0]) : undefined;
  return {
    ...none,
    deck: deckOfEvents(
      events.map((e) => e.id),
      { title: story?.title[lang] ?? '' },
    ),
    started: events.length,
  };
}

import { queryOptions } from '@tanstack/react-query';
import { fetchCollection } from '@/lib/http';
import type { Deck } from './contract';

/** Query factory for `decks.json`. */
export const deckQueries = {
  all: () => ['decks'] as const,
  list: () =>
    queryOptions({
      queryKey: [...deckQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => fetchCollection<Deck>('decks.json', { signal }),
    }),
};

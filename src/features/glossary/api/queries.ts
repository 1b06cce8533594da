import { queryOptions } from '@tanstack/react-query';
import { fetchCollection } from '@/lib/http';
import type { GlossaryTerm } from './contract';

/** Query factory for `glossary.json`. */
export const glossaryQueries = {
  all: () => ['glossary'] as const,
  list: () =>
    queryOptions({
      queryKey: [...glossaryQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => fetchCollection<GlossaryTerm>('glossary.json', { signal }),
    }),
};

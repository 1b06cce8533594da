import { useMemo } from 'react';
import type { Actor } from '@/data/actors/contract';
import { CATEGORIES, JURISDICTIONS } from '@/data/events/values';
import type { Storyline } from '@/data/storylines/contract';
import { useI18n } from '@/lib/i18n/context';
import type { FacetOption } from './filter-panel';

/** The timeline filter's choices, labelled in the reader's language. */
export function useFilterOptions(storylines: readonly Storyline[], actors: readonly Actor[]) {
  const { lang, m } = useI18n();
  return useMemo(
    () => ({
      category: CATEGORIES.map((c) => ({ value: c, label: m.category[c] })),
      jurisdiction: JURISDICTIONS.map((j) => ({ value: j, label: m.jurisdiction[j] })),
      storyline: storylines.map((s) => ({ value: s.id, label: s.title[lang] })),
      verification: (['confirmed', 'single-source', 'disputed'] as const).map((v) => ({
        value: v,
        label: m.verification[v],
      })),
      actor: actors.map((a) => ({ value: a.id, label: a.name[lang] })),
    }),
    [m, lang, storylines, actors],
  ) satisfies Record<string, FacetOption[]>;
}

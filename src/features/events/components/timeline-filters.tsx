import type { Actor } from '@/data/actors/contract';
import type { Storyline } from '@/data/storylines/contract';
import type { FilterResult } from '../lib/filter';
import { hasFilters, type TimelineSearch } from '../search-params';
import type { TimelineMessages } from '../timeline-messages';
import { FilterPanel } from './filter-panel';
import { activeFilterCount } from './timeline-view';
import { useFilterOptions } from './use-filter-options';

/**
 * The timeline's filter panel wired to its URL state: `search` is the URL's, `effective` the same
 * with what is being typed.
 */
export function TimelineFilters({
  search,
  effective,
  counts,
  storylines,
  actors,
  t,
  folded,
  update,
  onQuery,
  onClear,
}: {
  search: TimelineSearch;
  effective: TimelineSearch;
  counts: FilterResult['counts'];
  storylines: readonly Storyline[];
  actors: readonly Actor[];
  t: TimelineMessages;
  folded: boolean;
  update: (next: TimelineSearch, replace?: boolean) => void;
  onQuery: (q: string) => void;
  onClear: () => void;
}) {
  const options = useFilterOptions(storylines, actors);
  return (
    <FilterPanel
      search={effective}
      counts={counts}
      options={options}
      t={t}
      canClear={hasFilters(search)}
      folded={folded}
      activeCount={activeFilterCount(search, effective.q)}
      onQuery={onQuery}
      onToggle={(facet, value) => {
        const current = search[facet] as string[];
        const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
        update({ ...search, [facet]: next });
      }}
      onDates={(from, to) => {
        update({ ...search, from, to: to && from && to < from ? null : to });
      }}
      onClear={onClear}
    />
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import type { FilterResult } from '../lib/filter';
import type { TimelineSearch } from '../search-params';
import type { TimelineMessages } from '../timeline-messages';

export interface FacetOption {
  value: string;
  label: string;
}

type FacetKey = 'category' | 'jurisdiction' | 'storyline' | 'actor' | 'verification';

interface Props {
  search: TimelineSearch;
  counts: FilterResult['counts'];
  options: Record<FacetKey, FacetOption[]>;
  t: TimelineMessages;
  onQuery: (q: string) => void;
  onToggle: (facet: FacetKey, value: string) => void;
  onDates: (from: string | null, to: string | null) => void;
  onClear: () => void;
  canClear: boolean;
  /** On narrow screens the filters start folded so the results come first. */
  folded: boolean;
  activeCount: number;
}

const COLLAPSED = 8;
/** Short lists are shown whole; long ones (actors) start collapsed. */
const SHOW_ALL_UP_TO = 10;

function FacetGroup({
  facet,
  search,
  counts,
  options,
  t,
  onToggle,
}: Pick<Props, 'search' | 'counts' | 't' | 'onToggle'> & { facet: FacetKey; options: FacetOption[] }) {
  const [expanded, setExpanded] = useState(false);
  const selected = search[facet] as readonly string[];
  // Selected and non-empty choices first, so the useful ones are visible.
  const sorted = [...options].sort(
    (a, b) =>
      Number(selected.includes(b.value)) - Number(selected.includes(a.value)) ||
      (counts[facet].get(b.value) ?? 0) - (counts[facet].get(a.value) ?? 0),
  );
  const collapsible = sorted.length > SHOW_ALL_UP_TO;
  const shown = expanded || !collapsible ? sorted : sorted.slice(0, COLLAPSED);
  return (
    <fieldset className="facet">
      <legend>{t.facet[facet]}</legend>
      <ul>
        {shown.map((option) => {
          const count = counts[facet].get(option.value) ?? 0;
          const checked = selected.includes(option.value);
          return (
            <li key={option.value}>
              <label className={count === 0 && !checked ? 'muted' : undefined}>
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={() => {
                    onToggle(facet, option.value);
                  }}
                />
                <span className="facet-label">{option.label}</span>{' '}
                <span className="facet-count">({count})</span>
              </label>
            </li>
          );
        })}
      </ul>
      {collapsible ? (
        <button
          type="button"
          className="link-button small"
          aria-expanded={expanded}
          onClick={() => {
            setExpanded(!expanded);
          }}
        >
          {expanded ? t.showFewer : t.showMore(sorted.length - COLLAPSED)}
        </button>
      ) : null}
    </fieldset>
  );
}

/** Search, multi-select facets with counts, typed dates and one action that clears everything. */
export function FilterPanel({
  search,
  counts,
  options,
  t,
  onQuery,
  onToggle,
  onDates,
  onClear,
  canClear,
  folded,
  activeCount,
}: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  // The box keeps what is typed; the URL follows. A change from elsewhere
  // (clear, back/forward) replaces the text unless the reader is typing.
  const [draft, setDraft] = useState(search.q);
  useEffect(() => {
    if (document.activeElement !== input.current) setDraft(search.q);
  }, [search.q]);
  const asDate = (value: string | null) =>
    value && value.length === 10 ? value : value ? `${value.padEnd(7, '-01')}-01`.slice(0, 10) : '';
  return (
    <section className="filters" aria-labelledby={`${id}-title`}>
      <details open={!folded || undefined}>
        <summary className="filters-summary">
          <h2 id={`${id}-title`}>
            {t.filters}
            {activeCount > 0 ? <span className="badge">{activeCount}</span> : null}
          </h2>
        </summary>
        <label htmlFor={`${id}-q`} className="field-label">
          {t.search}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          className="input"
          ref={input}
          value={draft}
          aria-describedby={`${id}-q-hint`}
          onChange={(e) => {
            setDraft(e.target.value);
            onQuery(e.target.value);
          }}
        />
        <p id={`${id}-q-hint`} className="muted small">
          {t.searchHint}
        </p>
        <fieldset className="facet dates">
          <legend>{t.dateRange}</legend>
          <label>
            {t.from}{' '}
            <input
              type="date"
              className="input"
              value={asDate(search.from)}
              onChange={(e) => {
                onDates(e.target.value || null, search.to);
              }}
            />
          </label>
          <label>
            {t.to}{' '}
            <input
              type="date"
              className="input"
              value={asDate(search.to)}
              onChange={(e) => {
                onDates(search.from, e.target.value || null);
              }}
            />
          </label>
        </fieldset>
        {(['category', 'jurisdiction', 'storyline', 'verification', 'actor'] as const).map((facet) => (
          <FacetGroup
            key={facet}
            facet={facet}
            search={search}
            counts={counts}
            options={options[facet]}
            t={t}
            onToggle={onToggle}
          />
        ))}
        <button type="button" className="button secondary" disabled={!canClear} onClick={onClear}>
          {t.clearAll}
        </button>
      </details>
    </section>
  );
}

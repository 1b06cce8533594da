import type { PolicyEvent } from '../api/contract';
import type { TimelineSearch } from '../search-params';
import type { Lang } from '@/lib/format';

/** Lower case without accents, so "mexico" finds "México". */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export interface SearchLookups {
  actorName: (id: string, lang: Lang) => string | undefined;
  sourceTitle: (id: string) => string | undefined;
}

/**
 * Precomputed, normalised search text per event and language: title,
 * summary, actor names and source titles. Build once per dataset.
 */
export function buildSearchIndex(
  events: readonly PolicyEvent[],
  lookups: SearchLookups,
): Map<string, Record<Lang, string>> {
  const index = new Map<string, Record<Lang, string>>();
  for (const event of events) {
    const sources = event.sources.map((s) => lookups.sourceTitle(s) ?? '').join(' ');
    const text = (lang: Lang) =>
      normalizeText(
        [
          event.title[lang],
          event.summary[lang],
          event.actors.map((a) => lookups.actorName(a, lang) ?? a).join(' '),
          sources,
        ].join(' '),
      );
    index.set(event.id, { en: text('en'), es: text('es') });
  }
  return index;
}

type Facet = 'category' | 'actor' | 'jurisdiction' | 'storyline' | 'verification';
export const FACETS: readonly Facet[] = ['category', 'jurisdiction', 'storyline', 'actor', 'verification'];

function facetValues(event: PolicyEvent, facet: Facet): readonly string[] {
  switch (facet) {
    case 'category':
      return [event.category];
    case 'jurisdiction':
      return [event.jurisdiction];
    case 'verification':
      return [event.verification];
    case 'storyline':
      return event.storyline ? [event.storyline] : [];
    case 'actor':
      return event.actors;
  }
}

/** The last day an event covers, for overlap with a date range. */
function eventEnd(event: PolicyEvent): string {
  return event.date.end ?? event.date.start;
}

/** Inclusive range check on partial ISO dates ("2022" covers all of 2022). */
function inRange(event: PolicyEvent, from: string | null, to: string | null): boolean {
  if (from !== null && `${eventEnd(event)}~` < from) return false;
  if (to !== null && event.date.start > `${to}~`) return false;
  return true;
}

export interface FilterResult {
  events: PolicyEvent[];
  /** For each facet and value: how many events would match with that value chosen. */
  counts: Record<Facet, Map<string, number>>;
}

/**
 * Applies the URL filters. Within a facet values are alternatives (OR);
 * across facets they combine (AND); every search word must appear. Counts
 * beside each choice ignore that facet's own selection, as users expect.
 */
export function filterEvents(
  events: readonly PolicyEvent[],
  search: TimelineSearch,
  index: Map<string, Record<Lang, string>>,
  lang: Lang,
): FilterResult {
  const terms = normalizeText(search.q).split(/\s+/).filter(Boolean);
  const counts = Object.fromEntries(
    FACETS.map((f) => [f, new Map<string, number>()]),
  ) as FilterResult['counts'];
  const active = FACETS.map((facet) => search[facet] as readonly string[]);
  const out: PolicyEvent[] = [];
  for (const event of events) {
    // Which facets reject this event; range and text reject it for every count.
    if (!inRange(event, search.from, search.to)) continue;
    if (terms.length > 0) {
      const text = index.get(event.id)?.[lang] ?? '';
      if (!terms.every((term) => text.includes(term))) continue;
    }
    let failed = -1;
    let failures = 0;
    for (let i = 0; i < FACETS.length; i++) {
      const selected = active[i] as readonly string[];
      if (selected.length > 0 && !facetValues(event, FACETS[i] as Facet).some((v) => selected.includes(v))) {
        failures++;
        failed = i;
      }
    }
    if (failures === 0) out.push(event);
    if (failures > 1) continue;
    for (let i = 0; i < FACETS.length; i++) {
      if (failures === 1 && failed !== i) continue;
      const map = counts[FACETS[i] as Facet];
      for (const value of new Set(facetValues(event, FACETS[i] as Facet)))
        map.set(value, (map.get(value) ?? 0) + 1);
    }
  }
  return { events: out, counts };
}

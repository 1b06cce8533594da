import type { PolicyEvent } from '@/data/events/contract';
import type { TimelineSearch } from '../search-params';
import type { Lang } from '@/lib/format';
import { keepsDateOrder } from './events';

const FOLD: Record<string, string> = {
  á: 'a',
  à: 'a',
  â: 'a',
  ä: 'a',
  ã: 'a',
  é: 'e',
  è: 'e',
  ê: 'e',
  ë: 'e',
  í: 'i',
  ì: 'i',
  î: 'i',
  ï: 'i',
  ó: 'o',
  ò: 'o',
  ô: 'o',
  ö: 'o',
  õ: 'o',
  ú: 'u',
  ù: 'u',
  û: 'u',
  ü: 'u',
  ñ: 'n',
  ç: 'c',
};

/** Lower case without accents, so "mexico" finds "México". Fast path for Spanish and English letters. */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  // eslint-disable-next-line no-control-regex -- checking for any non-ASCII character
  if (!/[^\x00-\x7f]/.test(lower)) return lower;
  const folded = lower.replace(/[áàâäãéèêëíìîïóòôöõúùûüñç]/g, (c) => FOLD[c] ?? c);
  // eslint-disable-next-line no-control-regex -- other scripts and accents take the slower, general path
  return /[^\x00-\x7f]/.test(folded) ? folded.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : folded;
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

/** Whether two searches filter alike (the same words, values and dates), whatever their view, zoom or selection. */
export function sameFilters(a: TimelineSearch, b: TimelineSearch): boolean {
  const same = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    a.q === b.q &&
    a.from === b.from &&
    a.to === b.to &&
    FACETS.every((f) => same(a[f] as readonly string[], b[f] as readonly string[]))
  );
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
/** Whether an event has any of the selected values for a facet (no allocation: this runs 50,000 times a keystroke). */
function facetMatches(event: PolicyEvent, facet: Facet, selected: readonly string[]): boolean {
  switch (facet) {
    case 'category':
      return selected.includes(event.category);
    case 'jurisdiction':
      return selected.includes(event.jurisdiction);
    case 'verification':
      return selected.includes(event.verification);
    case 'storyline':
      return event.storyline !== null && selected.includes(event.storyline);
    case 'actor':
      for (const a of event.actors) if (selected.includes(a)) return true;
      return false;
  }
}

function bump(map: Map<string, number>, value: string): void {
  map.set(value, (map.get(value) ?? 0) + 1);
}

function countFacet(event: PolicyEvent, facet: Facet, map: Map<string, number>): void {
  switch (facet) {
    case 'category':
      bump(map, event.category);
      return;
    case 'jurisdiction':
      bump(map, event.jurisdiction);
      return;
    case 'verification':
      bump(map, event.verification);
      return;
    case 'storyline':
      if (event.storyline !== null) bump(map, event.storyline);
      return;
    case 'actor':
      // Each actor once, even if an event lists one twice.
      for (let i = 0; i < event.actors.length; i++) {
        const a = event.actors[i] as string;
        if (event.actors.indexOf(a) === i) bump(map, a);
      }
  }
}

/**
 * Applies the URL filters. Within a facet values are alternatives (OR);
 * across facets they combine (AND); every search word must appear. Counts
 * beside each choice ignore that facet's own selection, as users expect.
 */
export function filterEvents(
  events: readonly PolicyEvent[],
  search: TimelineSearch,
  index: Map<string, Record<Lang, string>> | (() => Map<string, Record<Lang, string>>),
  lang: Lang,
): FilterResult {
  const terms = normalizeText(search.q).split(/\s+/).filter(Boolean);
  // The search index is only needed (and, when lazy, only built) once something is typed.
  const searchIndex = terms.length > 0 ? (typeof index === 'function' ? index() : index) : null;
  const counts = Object.fromEntries(
    FACETS.map((f) => [f, new Map<string, number>()]),
  ) as FilterResult['counts'];
  const active = FACETS.map((facet) => search[facet] as readonly string[]);
  const ranged = search.from !== null || search.to !== null;
  const out: PolicyEvent[] = [];
  for (const event of events) {
    // Range and text reject an event for every count; a facet rejects it for the other facets' counts.
    if (ranged && !inRange(event, search.from, search.to)) continue;
    if (searchIndex) {
      const text = searchIndex.get(event.id)?.[lang] ?? '';
      let all = true;
      for (const term of terms) {
        if (!text.includes(term)) {
          all = false;
          break;
        }
      }
      if (!all) continue;
    }
    let failed = -1;
    let failures = 0;
    for (let i = 0; i < FACETS.length; i++) {
      const selected = active[i] as readonly string[];
      if (selected.length > 0 && !facetMatches(event, FACETS[i] as Facet, selected)) {
        failures++;
        failed = i;
        if (failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failures === 0) out.push(event);
    for (let i = 0; i < FACETS.length; i++) {
      if (failures === 1 && failed !== i) continue;
      const facet = FACETS[i] as Facet;
      countFacet(event, facet, counts[facet]);
    }
  }
  // Taken in order: still in date order if the events were (the axis need not check again).
  keepsDateOrder(events, out);
  return { events: out, counts };
}

import type { Category, Jurisdiction } from '@/data/events/contract';
import { CATEGORIES, JURISDICTIONS } from '@/data/events/values';
import type { Verification } from '@/data/schema';
import { isTrackingParam } from '@/lib/tracking';

export const LANES = ['category', 'storyline', 'actor', 'jurisdiction'] as const;
export type LaneKey = (typeof LANES)[number];
export const VIEWS = ['list', 'axis'] as const;
export type TimelineView = (typeof VIEWS)[number];
const VERIFICATIONS = ['confirmed', 'single-source', 'disputed'] as const;

/**
 * The timeline's URL state. Every filter lives in the URL so a link
 * reproduces the view. Defaults are omitted when serialising.
 * - `q`: free text (titles, summaries, actors, source titles; case and accents ignored)
 * - `category`, `actor`, `jurisdiction`, `storyline`, `verification`: multi-valued
 *   (repeat the parameter or separate with commas)
 * - `from`, `to`: ISO dates (YYYY, YYYY-MM or YYYY-MM-DD), inclusive
 * - `lanes`: how the axis is grouped (default `category`)
 * - `view`: `list` or `axis` (default: axis on wide screens, list on narrow ones)
 * - `event`: the selected event on the axis
 * - `panels`: metric panels shown under the timeline on the same time scale
 *   (metric ids, or `none`; absent means the default: a few panels on wide screens, none on phones)
 * - `axis`: the time axis's visible range, `YYYY-MM-DD..YYYY-MM-DD` (zoom and pan; a link reproduces
 *   the exact view; absent means the default view, fitted to the events)
 */
export interface TimelineSearch {
  q: string;
  category: Category[];
  actor: string[];
  jurisdiction: Jurisdiction[];
  storyline: string[];
  verification: Verification[];
  from: string | null;
  to: string | null;
  lanes: LaneKey;
  view: TimelineView | null;
  event: string | null;
  panels: string[] | null;
  axis: { start: string; end: string } | null;
}

export const defaultTimelineSearch: TimelineSearch = {
  q: '',
  category: [],
  actor: [],
  jurisdiction: [],
  storyline: [],
  verification: [],
  from: null,
  to: null,
  lanes: 'category',
  view: null,
  event: null,
  panels: null,
  axis: null,
};

/** A parameter value that was not understood and was ignored. */
export interface IgnoredParam {
  key: string;
  value: string;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const MAX_QUERY = 200;
const KNOWN = new Set([
  'q',
  'category',
  'actor',
  'jurisdiction',
  'storyline',
  'verification',
  'from',
  'to',
  'lanes',
  'view',
  'event',
  // Legacy: the language moved into the path; the root route sends `?lang=` links to it.
  'lang',
  'panels',
  'axis',
]);

function values(params: URLSearchParams, key: string): string[] {
  return params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function realDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const [y = 0, m = 1, d = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Reads the timeline state from a query string. Never throws: unknown keys,
 * unknown values and malformed dates are dropped and listed in `ignored`.
 * `knownIds` (when given) limits actor and storyline values to ones that exist.
 */
export function parseTimelineSearch(
  input: URLSearchParams | string,
  knownIds: { actors?: ReadonlySet<string>; storylines?: ReadonlySet<string> } = {},
): { search: TimelineSearch; ignored: IgnoredParam[] } {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input;
  const ignored: IgnoredParam[] = [];
  const search: TimelineSearch = { ...defaultTimelineSearch };

  for (const key of new Set(params.keys())) {
    if (!KNOWN.has(key) && !isTrackingParam(key))
      for (const value of params.getAll(key)) ignored.push({ key, value });
  }

  function pick<T extends string>(key: string, allowed: (v: string) => v is T): T[] {
    const out: T[] = [];
    for (const v of values(params, key)) {
      if (allowed(v) && !out.includes(v)) out.push(v);
      else if (!allowed(v)) ignored.push({ key, value: v });
    }
    return out;
  }
  const inList =
    <T extends string>(list: readonly T[]) =>
    (v: string): v is T =>
      (list as readonly string[]).includes(v);
  const slugIn =
    (known: ReadonlySet<string> | undefined) =>
    (v: string): v is string =>
      SLUG.test(v) && (known === undefined || known.has(v));

  const q = params.get('q') ?? '';
  if (q.length > MAX_QUERY) ignored.push({ key: 'q', value: `${q.slice(0, 20)}…` });
  search.q = q.slice(0, MAX_QUERY).trim();
  search.category = pick('category', inList(CATEGORIES));
  search.jurisdiction = pick('jurisdiction', inList(JURISDICTIONS));
  search.verification = pick('verification', inList(VERIFICATIONS));
  search.actor = pick('actor', slugIn(knownIds.actors));
  search.storyline = pick('storyline', slugIn(knownIds.storylines));

  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (realDate(value)) search[key] = value;
    else ignored.push({ key, value });
  }
  if (search.from && search.to && search.from > search.to) {
    ignored.push({ key: 'to', value: search.to });
    search.to = null;
  }

  const lanes = params.get('lanes');
  if (lanes !== null) {
    if (inList(LANES)(lanes)) search.lanes = lanes;
    else ignored.push({ key: 'lanes', value: lanes });
  }
  const view = params.get('view');
  if (view !== null) {
    if (inList(VIEWS)(view)) search.view = view;
    else ignored.push({ key: 'view', value: view });
  }
  const event = params.get('event');
  if (event !== null) {
    if (SLUG.test(event)) search.event = event;
    else ignored.push({ key: 'event', value: event });
  }
  const panels = values(params, 'panels');
  if (panels.length > 0) {
    if (panels.includes('none')) search.panels = [];
    else {
      search.panels = [];
      for (const v of panels) {
        if (!SLUG.test(v)) ignored.push({ key: 'panels', value: v });
        else if (!search.panels.includes(v)) search.panels.push(v);
      }
      if (search.panels.length === 0) search.panels = null;
    }
  }
  const axis = params.get('axis');
  if (axis !== null) {
    const [start = '', end = ''] = axis.split(/\.\.|~/);
    const day = /^\d{4}-\d{2}-\d{2}$/;
    if (day.test(start) && day.test(end) && realDate(start) && realDate(end) && start < end)
      search.axis = { start, end };
    else ignored.push({ key: 'axis', value: axis });
  }
  return { search, ignored };
}

/**
 * Writes the state back as a query string: defaults left out, keys sorted,
 * multi-values joined with commas. (The language is in the path, never in the query.)
 */
export function serializeTimelineSearch(search: TimelineSearch): string {
  const entries: [string, string][] = [];
  const add = (key: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') entries.push([key, value]);
  };
  add('q', search.q.trim());
  for (const key of ['category', 'actor', 'jurisdiction', 'storyline', 'verification'] as const) {
    add(key, [...search[key]].sort().join(','));
  }
  add('from', search.from);
  add('to', search.to);
  if (search.lanes !== defaultTimelineSearch.lanes) add('lanes', search.lanes);
  add('view', search.view);
  add('event', search.event);
  if (search.panels !== null) add('panels', search.panels.length === 0 ? 'none' : search.panels.join(','));
  if (search.axis) add('axis', `${search.axis.start}..${search.axis.end}`);
  entries.sort(([a], [b]) => a.localeCompare(b));
  return new URLSearchParams(entries).toString();
}

/** True when any filter (not the view or selection) is set. */
export function hasFilters(search: TimelineSearch): boolean {
  return (
    search.q !== '' ||
    search.category.length > 0 ||
    search.actor.length > 0 ||
    search.jurisdiction.length > 0 ||
    search.storyline.length > 0 ||
    search.verification.length > 0 ||
    search.from !== null ||
    search.to !== null
  );
}

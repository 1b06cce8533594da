import type { PolicyEvent } from '@/data/events/contract';
import { CATEGORIES, JURISDICTIONS } from '@/data/events/values';
import { endOf, startOf } from '@/lib/format';
import type { useI18n } from '@/lib/i18n/context';
import type { Lang } from '@/lib/i18n/langs';
import { extentOf, type Viewport } from '../lib/axis';
import { compareEvents, inDateOrder } from '../lib/events';
import type { LaneKey, TimelineSearch } from '../search-params';
import type { TimelineMessages } from '../timeline-messages';
import type { Lane } from './timeline-axis';

interface LaneContext {
  m: ReturnType<typeof useI18n>['m'];
  t: TimelineMessages;
  lang: Lang;
  actors: Map<string, { name: Record<Lang, string> }>;
  storylines: Map<string, { title: Record<Lang, string> }>;
}

const MAX_ACTOR_LANES = 12;

/** Groups events into the lanes the reader chose; an event with several actors appears in each. */
export function buildLanes(events: PolicyEvent[], key: LaneKey, ctx: LaneContext): Lane[] {
  const groups = new Map<string, PolicyEvent[]>();
  const add = (k: string, e: PolicyEvent) => {
    const list = groups.get(k);
    if (list) list.push(e);
    else groups.set(k, [e]);
  };
  for (const e of inDateOrder(events)) {
    if (key === 'category') add(e.category, e);
    else if (key === 'jurisdiction') add(e.jurisdiction, e);
    else if (key === 'storyline') add(e.storyline ?? '', e);
    else for (const a of e.actors) add(a, e);
  }
  let entries = [...groups.entries()];
  if (key === 'actor' && entries.length > MAX_ACTOR_LANES) {
    entries.sort((a, b) => b[1].length - a[1].length);
    const rest = entries.slice(MAX_ACTOR_LANES - 1).flatMap(([, list]) => list);
    const unique = [...new Map(rest.map((e) => [e.id, e])).values()].sort(compareEvents);
    entries = [...entries.slice(0, MAX_ACTOR_LANES - 1), ['~other', unique]];
  }
  const label = (k: string): string => {
    if (key === 'category') return ctx.m.category[k as PolicyEvent['category']];
    if (key === 'jurisdiction') return ctx.m.jurisdiction[k as PolicyEvent['jurisdiction']];
    if (key === 'storyline')
      return k === '' ? ctx.t.noStoryline : (ctx.storylines.get(k)?.title[ctx.lang] ?? k);
    return k === '~other' ? ctx.t.otherActors : (ctx.actors.get(k)?.name[ctx.lang] ?? k);
  };
  const order = key === 'category' ? [...CATEGORIES] : key === 'jurisdiction' ? [...JURISDICTIONS] : null;
  if (order) entries.sort((a, b) => order.indexOf(a[0] as never) - order.indexOf(b[0] as never));
  return entries.map(([k, list]) => ({ key: k || 'none', label: label(k), events: list }));
}

/** The chosen dates as a time range (an open end is 1990 or today), or null when none is chosen. */
function datesOf(from: string | null, to: string | null): Viewport | null {
  return from || to
    ? {
        start: startOf(from ?? '1990'),
        end: endOf(to ?? new Date().toISOString().slice(0, 10)),
      }
    : null;
}

/** The time range of the charts under the list: the chosen dates, else the events' extent. */
export function listDomainOf(
  from: string | null,
  to: string | null,
  events: readonly PolicyEvent[],
): Viewport {
  return datesOf(from, to) ?? extentOf(events);
}

/** Where the axis opens: the zoom in the URL, else the chosen dates, else (null) all the events. */
export function initialAxisView(search: TimelineSearch): Viewport | null {
  return search.axis
    ? { start: startOf(search.axis.start), end: endOf(search.axis.end) }
    : datesOf(search.from, search.to);
}

/** How many filters are set (each chosen value, the text searched, the dates). */
export function activeFilterCount(search: TimelineSearch, q: string): number {
  return (
    [search.category, search.actor, search.jurisdiction, search.storyline, search.verification].reduce(
      (n, list) => n + list.length,
      0,
    ) +
    (q ? 1 : 0) +
    (search.from || search.to ? 1 : 0)
  );
}

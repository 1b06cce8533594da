/**
 * URL state of a metric panel (`/metrics/:id`):
 * - `tab`: `chart` (default), `table` or `sources`
 * - `events`: storylines whose events are marked on the chart (comma-separated or repeated);
 *   absent means the metric's default storylines, `none` means no markers
 * - `highlight`: an event to emphasise among the markers
 */
export const TABS = ['chart', 'table', 'sources'] as const;
export type PanelTab = (typeof TABS)[number];

export interface PanelSearch {
  tab: PanelTab;
  events: string[] | null;
  highlight: string | null;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Never throws; unknown values fall back to the defaults. */
export function parsePanelSearch(params: URLSearchParams, knownStorylines: ReadonlySet<string>): PanelSearch {
  const tab = params.get('tab');
  const raw = params
    .getAll('events')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  const events =
    raw.length === 0
      ? null
      : raw.includes('none')
        ? []
        : [...new Set(raw.filter((v) => knownStorylines.has(v)))];
  const highlight = params.get('highlight');
  return {
    tab: (TABS as readonly string[]).includes(tab ?? '') ? (tab as PanelTab) : 'chart',
    events,
    highlight: highlight && SLUG.test(highlight) ? highlight : null,
  };
}

/** Query string for a panel state; defaults are left out. */
export function serializePanelSearch(search: PanelSearch): string {
  const entries: [string, string][] = [];
  if (search.tab !== 'chart') entries.push(['tab', search.tab]);
  if (search.events !== null)
    entries.push(['events', search.events.length === 0 ? 'none' : [...search.events].sort().join(',')]);
  if (search.highlight) entries.push(['highlight', search.highlight]);
  entries.sort(([a], [b]) => a.localeCompare(b));
  return new URLSearchParams(entries).toString();
}

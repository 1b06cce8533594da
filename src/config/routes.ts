/**
 * THE route table. It drives the router (`src/app/router.tsx`), the header navigation, the href builders
 * (`href` below), the pre-rendered pages and the offline cache (the build), the size report and the
 * end-to-end route list. Adding a page means one entry here plus its module in `src/app/routes/<module>.tsx`
 * (a `loader` and a `Component`).
 *
 * Plain data with no imports, so Node tools and tests can read it as it is.
 */
export const ROUTES = [
  { id: 'overview', path: '', module: 'overview', nav: true, prerender: { data: true } },
  // Its default layout depends on the screen's width: drawn in its phone layout (wide screens switch
  // to the axis once the page has hydrated).
  { id: 'timeline', path: 'timeline', module: 'timeline', nav: true, prerender: { data: true } },
  { id: 'event', path: 'events/:id', module: 'event', prerender: { data: true, each: 'events' } },
  { id: 'storylines', path: 'storylines', module: 'storylines', nav: true, prerender: { data: true } },
  {
    id: 'storyline',
    path: 'storylines/:id',
    module: 'storyline',
    prerender: { data: true, each: 'storylines' },
  },
  { id: 'metrics', path: 'metrics', module: 'metrics', nav: true, prerender: { data: true } },
  {
    id: 'metric',
    path: 'metrics/:id',
    module: 'metric',
    prerender: { data: true, each: 'metrics' },
    // The default tab draws a chart: its lazily loaded module is part of the page.
    loads: ['src/components/charts/metric-charts.tsx'],
  },
  // Its list of every source is drawn once the page is live (the page's HTML stays small).
  { id: 'sources', path: 'sources', module: 'sources', nav: true, prerender: { data: true } },
  { id: 'glossary', path: 'glossary', module: 'glossary', nav: true, prerender: { data: true } },
  { id: 'about', path: 'about', module: 'about', nav: true, prerender: { data: true } },
  // Linked from the footer and the About page.
  { id: 'changes', path: 'changes', module: 'changes', prerender: { data: true } },
  { id: 'codebook', path: 'codebook', module: 'codebook', prerender: { data: true } },
  { id: 'present', path: 'present', module: 'present' },
  // Drawn in the browser: it starts from what it is given and what this browser keeps.
  { id: 'deck-builder', path: 'present/build', module: 'deck-builder' },
  { id: 'not-found', path: '*', module: 'not-found' },
] as const satisfies readonly RouteEntry[];

export interface RouteEntry {
  id: string;
  /** Relative to the site's base (and, later, to the language's root); `:name` marks a parameter. */
  path: string;
  /** `src/app/routes/<module>.tsx`: its `loader`, `Component` and optional `ErrorBoundary`. */
  module: string;
  /** In the header navigation, in table order; the label is the catalog's `nav[id]`. */
  nav?: boolean;
  /**
   * Drawn at build time, in every language, as the page's own HTML file (`data: false` draws its
   * sections loading); `each` draws the page once per record of that resource (`:id`).
   */
  prerender?: { data: boolean; each?: 'events' | 'storylines' | 'metrics' };
  /** Source modules the page's first view loads lazily (counted by the size report). */
  loads?: readonly string[];
}

export type Route = (typeof ROUTES)[number];
export type RouteId = Route['id'];
type PathOf<I extends RouteId> = Extract<Route, { id: I }>['path'];

/** The parameters a path pattern names (`events/:id` → `{ id: string }`). */
type ParamsOf<P extends string> = P extends `${string}:${infer K}/${infer Rest}`
  ? Record<K, string> & ParamsOf<Rest>
  : P extends `${string}:${infer K}`
    ? Record<K, string>
    : unknown;

type HrefArgs<I extends RouteId> =
  PathOf<I> extends `${string}:${string}`
    ? [params: ParamsOf<PathOf<I>>, query?: string]
    : [params?: undefined, query?: string];

const byId = new Map<string, RouteEntry>(ROUTES.map((r) => [r.id, r]));

/**
 * The address of a page in the app (relative to the base path): `href('event', { id })` →
 * `/events/<id>`, with an optional query string. Parameters are encoded; a missing one is a
 * compile error.
 */
export function href<I extends RouteId>(id: I, ...[params, query]: HrefArgs<I>): string {
  const pattern = byId.get(id)?.path ?? '';
  const values = (params ?? {}) as Record<string, string>;
  const path = pattern.replace(/:(\w+)/g, (_, key: string) => encodeURIComponent(values[key] ?? ''));
  return `/${path}${query ? `?${query}` : ''}`;
}

/** The routes shown in the header navigation, in order. */
export const NAV_ROUTES = ROUTES.filter((r): r is Extract<Route, { nav: true }> => 'nav' in r && r.nav);

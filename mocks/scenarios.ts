import { delay, HttpResponse, type JsonBodyType } from 'msw';
import type { ResourceName } from '../src/data/resources';
import { everyResource } from './handlers';
import { syntheticEvents, type SyntheticBase } from './data/synthetic';

/**
 * Named scenarios for development and tests: the contract as a real backend could answer it. In
 * the browser, pick one with `?scenario=<name>` (or VITE_SCENARIO) while running `npm run dev:mock`.
 */
export const SCENARIOS = [
  'default',
  'slow',
  'error',
  'offline',
  'malformed',
  'invalid',
  'empty',
  'large',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export function isScenario(value: unknown): value is Scenario {
  return typeof value === 'string' && (SCENARIOS as readonly string[]).includes(value);
}

/**
 * Where a scenario gets the well-formed body of a resource: the fixture dataset in tests, the dev
 * server's own dataset in the browser (the request passed through).
 */
export type Load = (name: ResourceName, request: Request) => Promise<JsonBodyType>;

type Envelope = { apiVersion: number; data: Record<string, unknown>[] };

/** Three broken event records among the valid ones: an impossible date, a missing Spanish title, no sources. */
export function invalidEvents(body: JsonBodyType): Envelope {
  const copy = structuredClone(body) as Envelope;
  const [a, b, c] = [1, 2, 3].map((i) => copy.data[i]);
  if (a) a.date = { precision: 'day', start: '2021-02-30' };
  if (b) b.title = { en: 'Only English' };
  if (c) c.sources = [];
  return copy;
}

export function scenarioHandlers(scenario: Scenario, load: Load, { slowMs = 3000 } = {}) {
  const serve =
    (name: ResourceName) =>
    async ({ request }: { request: Request }) =>
      HttpResponse.json(await load(name, request));
  switch (scenario) {
    case 'default':
      return everyResource(serve);
    case 'slow':
      return everyResource((name) => async (info) => {
        await delay(slowMs);
        return serve(name)(info);
      });
    case 'error':
      return everyResource(() => () => new HttpResponse('Internal Server Error', { status: 500 }));
    case 'offline':
      return everyResource(() => () => HttpResponse.error());
    case 'malformed':
      return everyResource(
        () => () =>
          new HttpResponse('{"apiVersion":1,"data":[', { headers: { 'content-type': 'application/json' } }),
      );
    case 'invalid':
      return everyResource(
        (name) => async (info) =>
          name === 'events'
            ? HttpResponse.json(invalidEvents(await load(name, info.request)))
            : serve(name)(info),
      );
    case 'empty':
      return everyResource(
        (name) => async (info) =>
          name === 'meta' ? serve(name)(info) : HttpResponse.json({ apiVersion: 1, data: [] }),
      );
    case 'large':
      return everyResource((name) => async (info) => {
        if (name !== 'events') return serve(name)(info);
        const [events, storylines, sources, actors] = await Promise.all(
          (['events', 'storylines', 'sources', 'actors'] as const).map((n) => load(n, info.request)),
        );
        return HttpResponse.json(
          syntheticEvents({ events, storylines, sources, actors } as unknown as SyntheticBase),
        );
      });
  }
}

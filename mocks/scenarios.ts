import { delay, http, HttpResponse } from 'msw';
import { dataset, RESOURCES } from './data/dataset';
import { handlers, resourceHandler, resourceUrl } from './handlers';
import { syntheticEvents } from './data/synthetic';

/**
 * Named scenarios for development and tests. In the browser, pick one with
 * `?scenario=<name>` (or VITE_SCENARIO) while running `npm run dev:mock`.
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

const all = (resolver: Parameters<typeof http.get>[1]) =>
  RESOURCES.map((name) => http.get(resourceUrl(name), resolver));

/** Three broken event records among the valid ones: a bad date, a missing title and an http source link target. */
export function invalidEvents() {
  const data = structuredClone(dataset['events.json'].data) as Record<string, unknown>[];
  data[1] = { ...data[1], date: { precision: 'day', start: '2021-02-30' } };
  data[2] = { ...data[2], title: { en: 'Only English' } };
  data[3] = { ...data[3], sources: [] };
  return { apiVersion: 1, data };
}

export function emptyDataset(name: (typeof RESOURCES)[number]) {
  if (name === 'meta.json') return dataset['meta.json'];
  return { apiVersion: 1, data: [] };
}

/** Every resource answers correctly, but only after `ms` milliseconds. */
export function slowHandlers(ms: number) {
  return RESOURCES.map((name) =>
    http.get(resourceUrl(name), async () => {
      await delay(ms);
      return HttpResponse.json(dataset[name]);
    }),
  );
}

export function scenarioHandlers(scenario: Scenario) {
  switch (scenario) {
    case 'default':
      return handlers;
    case 'slow':
      return slowHandlers(3000);
    case 'error':
      return all(() => new HttpResponse('Internal Server Error', { status: 500 }));
    case 'offline':
      return all(() => HttpResponse.error());
    case 'malformed':
      return all(
        () =>
          new HttpResponse('{"apiVersion":1,"data":[', { headers: { 'content-type': 'application/json' } }),
      );
    case 'invalid':
      return [resourceHandler('events.json', invalidEvents()), ...handlers];
    case 'empty':
      return RESOURCES.map((name) => resourceHandler(name, emptyDataset(name)));
    case 'large':
      return [
        resourceHandler(
          'events.json',
          syntheticEvents({
            events: dataset['events.json'],
            storylines: dataset['storylines.json'],
            sources: dataset['sources.json'],
            actors: dataset['actors.json'],
          }),
        ),
        ...handlers,
      ];
  }
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { DataError, setValidator, type Validator } from '@/lib/http';
import { inThreadValidator } from '@/app/data/validator';
import { contracts, validateResource } from '@/app/data/contracts';
import { metaQueries } from '@/features/meta/api/queries';
import { eventQueries } from '@/features/events/api/queries';
import { storylineQueries } from '@/features/storylines/api/queries';
import { metricQueries } from '@/features/metrics/api/queries';
import { sourceQueries } from '@/features/sources/api/queries';
import { actorQueries } from '@/features/actors/api/queries';
import { glossaryQueries } from '@/features/glossary/api/queries';
import { deckQueries } from '@/features/decks/api/queries';

const published = (resource: string) =>
  readFileSync(new URL(`../../public/api/v1/${resource}`, import.meta.url), 'utf8');

const queries = [
  metaQueries.detail(),
  eventQueries.list(),
  storylineQueries.list(),
  metricQueries.list(),
  sourceQueries.list(),
  actorQueries.list(),
  glossaryQueries.list(),
  deckQueries.list(),
];

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the data contract registry (what the data worker validates against)', () => {
  it('has a contract for every resource a query fetches, of the shape the query expects', async () => {
    const seen: string[] = [];
    const recording: Validator = (resource, shape, text) => {
      seen.push(`${resource}:${shape}`);
      return inThreadValidator(resource, shape, text);
    };
    setValidator(recording);
    vi.stubGlobal('fetch', (url: string) =>
      Promise.resolve(new Response(published(url.split('/').pop() ?? ''))),
    );
    for (const query of queries) {
      const queryFn = query.queryFn as (context: { signal: AbortSignal }) => Promise<unknown>;
      const result = (await queryFn({ signal: new AbortController().signal })) as { skipped?: unknown[] };
      expect(result.skipped ?? []).toEqual([]);
    }
    expect(seen.sort()).toEqual(
      Object.entries(contracts)
        .map(([resource, { shape }]) => `${resource}:${shape}`)
        .sort(),
    );
  });

  it('refuses a resource it has no contract for, or one asked for in the wrong shape', () => {
    expect(validateResource('secrets.json', 'single', '{}')).toMatchObject({ ok: false, kind: 'schema' });
    expect(validateResource('events.json', 'single', published('events.json'))).toMatchObject({ ok: false });
  });

  it('reports invalid JSON and a wrong envelope as such, with where', async () => {
    setValidator(inThreadValidator);
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{"apiVersion":2,"data":[]}')));
    const queryFn = eventQueries.list().queryFn as (c: { signal: AbortSignal }) => Promise<unknown>;
    const error = await queryFn({ signal: new AbortController().signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ kind: 'schema', detail: { path: 'events.json.apiVersion' } });
    expect(validateResource('meta.json', 'single', '{"apiVersion":1,')).toMatchObject({
      ok: false,
      kind: 'parse',
    });
  });
});

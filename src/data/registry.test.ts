import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureDataset } from '../../mocks/data/dataset';
import { DataError } from '@/lib/http';
import { RESOURCES, RESOURCE_NAMES, type ResourceName } from './resources';
import { schemas, validateResource } from './registry';
import { fetchResource, installValidator } from './fetch';
import { inThreadValidator, type Validator } from './validator';
import type { Actor } from './actors/contract';
import type { Collection } from './validate';
import { startOf, type DateRange } from '@/lib/format';

afterEach(() => {
  vi.unstubAllGlobals();
  installValidator(inThreadValidator);
});

function serve(body: (file: string) => string) {
  vi.stubGlobal('fetch', (url: string) => Promise.resolve(new Response(body(url.split('/').pop() ?? ''))));
}
const fixtureFile = (file: string) => {
  const name = RESOURCE_NAMES.find((n) => RESOURCES[n].file === file) as ResourceName;
  return JSON.stringify(fixtureDataset[name]);
};

describe('the resource registry (what the data worker validates against)', () => {
  it('has a schema for exactly the resources of the contract', () => {
    expect(Object.keys(schemas).sort()).toEqual([...RESOURCE_NAMES].sort());
  });

  it('hands the events over in date order (then by id), whatever order the server sent them in', () => {
    const events = (fixtureDataset.events as { data: { id: string; date: { start: string } }[] }).data;
    const shuffled = [...events].reverse();
    const result = validateResource('events', JSON.stringify({ apiVersion: 1, data: shuffled }));
    expect(result.ok).toBe(true);
    const items = (result as { value: Collection<{ id: string; date: { start: string } }> }).value.items;
    expect(items).toHaveLength(events.length);
    const keys = items.map((e) => `${e.date.start} ${e.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(keys).not.toEqual(shuffled.map((e) => `${e.date.start} ${e.id}`));
  });

  it('notes each event’s first and last day for the pages, and leaves what the build publishes as it was', async () => {
    serve(fixtureFile);
    const events = await fetchResource('events');
    expect(events.items.length).toBeGreaterThan(0);
    for (const { date } of events.items as { date: DateRange }[]) {
      expect(date.startDay).toBe(startOf(date.start) / 86_400_000);
      expect(date.endDay).toBeGreaterThanOrEqual(date.startDay ?? Infinity);
    }
    // The build validates with `validateResource` alone: no derived field reaches the published JSON.
    const built = validateResource('events', fixtureFile('events.json'));
    const items = (built as { value: Collection<{ date: object }> }).value.items;
    expect(items.some((e) => 'startDay' in e.date || 'endDay' in e.date)).toBe(false);
  });

  it('fetches each resource from its own file and validates it against its own schema', async () => {
    const asked: string[] = [];
    const recording: Validator = (name, text) => {
      asked.push(name);
      return inThreadValidator(name, text);
    };
    installValidator(recording);
    serve(fixtureFile);
    for (const name of RESOURCE_NAMES) {
      const value = (await fetchResource(name)) as { skipped?: unknown[] };
      expect(value.skipped ?? [], name).toEqual([]);
    }
    expect(asked).toEqual(RESOURCE_NAMES);
  });

  it('types the result by the resource’s name, so a wrong pairing does not compile', async () => {
    serve(fixtureFile);
    const actors: Collection<Actor> = await fetchResource('actors');
    expect(actors.items.length).toBeGreaterThan(0);
    // @ts-expect-error events are not actors: the compiler refuses this line (tsc -b checks tests).
    const wrong: Collection<Actor> = await fetchResource('events');
    expect(wrong.items[0]).not.toHaveProperty('kind');
  });

  it('reports invalid JSON and a wrong envelope as such, with where', async () => {
    serve(() => '{"apiVersion":2,"data":[]}');
    const error = await fetchResource('events').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ kind: 'schema', detail: { path: 'events.json.apiVersion' } });
    expect(validateResource('meta', '{"apiVersion":1,')).toMatchObject({ ok: false, kind: 'parse' });
  });

  it('fails a single resource as a whole but skips only the bad records of a collection', () => {
    const events = JSON.parse(fixtureFile('events.json')) as { data: Record<string, unknown>[] };
    const first = events.data[0] ?? {};
    events.data[0] = { ...first, title: { en: 'Only English' } };
    const result = validateResource('events', JSON.stringify(events));
    expect(result).toMatchObject({ ok: true });
    const { skipped, items } = (result as { value: Collection<unknown> }).value;
    expect(skipped).toEqual([
      expect.objectContaining({ id: first.id, path: 'events.json[0].title.es', resource: 'events.json' }),
    ]);
    expect(items).toHaveLength(events.data.length - 1);
    expect(
      validateResource('meta', JSON.stringify({ apiVersion: 1, data: { datasetVersion: '' } })),
    ).toMatchObject({
      ok: false,
      kind: 'schema',
    });
  });
});

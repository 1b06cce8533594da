import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createHttpClient, retryAfterMs, SourceError } from './http';

const URL_ = 'https://api.example.test/v1/items.json';
const server = setupServer();
beforeAll(() => {
  server.listen({ onUnhandledFrame: 'error' });
});
afterEach(() => {
  server.resetHandlers();
});
afterAll(() => {
  server.close();
});

/** A client whose waits are recorded instead of slept. */
function client(options: Parameters<typeof createHttpClient>[0] = {}) {
  const waits: number[] = [];
  const c = createHttpClient({
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    ...options,
  });
  return { c, waits };
}

/** Answers with each response in turn (the last one again after). */
function inTurn(...responses: (() => Response | Promise<Response>)[]) {
  let n = 0;
  server.use(
    http.get(URL_, () => {
      const next = responses[Math.min(n, responses.length - 1)];
      n += 1;
      return next ? next() : HttpResponse.error();
    }),
  );
  return () => n;
}

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('expected a SourceError');
};

describe('the monitor’s HTTP client', () => {
  it('reads JSON', async () => {
    inTurn(() => HttpResponse.json({ ok: true }));
    expect(await client().c.getJson(URL_)).toEqual({ ok: true });
  });

  it('gives up on a slow service after its time limit, each attempt, and says so', async () => {
    const calls = inTurn(async () => {
      await delay(500);
      return HttpResponse.json({ late: true });
    });
    const { c } = client({ timeoutMs: 40, retries: 1 });
    const error = await failure(c.getJson(URL_));
    expect(error.kind).toBe('timeout');
    expect(error.message).toMatch(/did not answer within 40 ms; gave up after 2 attempts/);
    expect(calls()).toBe(2);
  });

  it('retries a service that is down, then gives up', async () => {
    inTurn(() => HttpResponse.error());
    const { c, waits } = client({ retries: 2, backoffMs: 100 });
    const error = await failure(c.getJson(URL_));
    expect(error.kind).toBe('network');
    expect(waits).toEqual([100, 200]);
    expect(c.requests).toBe(3);
  });

  it('backs off as a 429’s Retry-After asks, then gets the answer', async () => {
    inTurn(
      () => new HttpResponse('slow down', { status: 429, headers: { 'Retry-After': '7' } }),
      () => HttpResponse.json({ ok: 1 }),
    );
    const { c, waits } = client();
    expect(await c.getJson(URL_)).toEqual({ ok: 1 });
    expect(waits).toEqual([7000]);
  });

  it('reads a Retry-After given as a date', () => {
    const now = Date.parse('2026-12-01T12:00:00Z');
    expect(retryAfterMs('Tue, 01 Dec 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });

  it('gives up politely when a 429 keeps coming, or asks for too long a wait', async () => {
    inTurn(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '1' } }));
    const again = client({ retries: 2 });
    const error = await failure(again.c.getJson(URL_));
    expect(error.kind).toBe('rate-limited');
    expect(error.message).toMatch(/429.*gave up after 3 attempts: the monitor tries again on its next run/);
    expect(again.waits).toEqual([1000, 1000]);

    inTurn(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '3600' } }));
    const long = client({ maxRetryAfterMs: 60_000 });
    const error2 = await failure(long.c.getJson(URL_));
    expect(error2.message).toMatch(/asked to wait 3600 s, longer than the monitor waits/);
    expect(long.waits).toEqual([]);
  });

  it('retries a 5xx, and reports it when it stays', async () => {
    inTurn(
      () => new HttpResponse('oops', { status: 503 }),
      () => HttpResponse.json({ ok: 2 }),
    );
    expect(await client().c.getJson(URL_)).toEqual({ ok: 2 });
    inTurn(() => new HttpResponse('oops', { status: 502 }));
    const error = await failure(client({ retries: 1 }).c.getJson(URL_));
    expect(error).toMatchObject({ kind: 'http', status: 502 });
    expect(error.message).toMatch(/HTTP 502 \(a server error\)/);
  });

  it('does not retry what will not pass: a 404, a refused key, a body that is not JSON', async () => {
    const calls = inTurn(() => new HttpResponse('nope', { status: 404 }));
    expect((await failure(client().c.getJson(URL_))).kind).toBe('http');
    expect(calls()).toBe(1);
    inTurn(() => new HttpResponse('forbidden', { status: 403 }));
    expect((await failure(client().c.getJson(URL_))).kind).toBe('unauthorized');
    inTurn(() => new HttpResponse('<html><body>Maintenance</body></html>', { status: 200 }));
    const error = await failure(client().c.getJson(URL_));
    expect(error.kind).toBe('malformed');
    expect(error.message).toContain('it begins "<html><body>Maintenance</body></html>"');
  });

  it('never shows a key in a message', async () => {
    server.use(http.get('https://api.example.test/secret-key-123/items', () => HttpResponse.error()));
    const error = await failure(
      createHttpClient({ secrets: ['secret-key-123'], retries: 0 }).getJson(
        'https://api.example.test/secret-key-123/items?api_key=secret-key-123',
      ),
    );
    expect(error.message).not.toContain('secret-key-123');
    expect(error.message).toContain('***');
  });
});

import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { readFixture } from '../fixtures';
import { FAILURES, failures, runAdapter, TEST_WATCH, fixtureServer } from '../test-monitor';
import type { Watch } from '../watch';
import { billPage, CONGRESS_API, congress } from './congress';

const server = fixtureServer();

const withBills = (...labels: [number, 's' | 'hr', number, string][]): Watch => ({
  ...TEST_WATCH,
  storylines: [
    {
      storyline: 'congress-southbound-legislation',
      dockets: [],
      watches: [],
      bills: labels.map(([c, type, number, label]) => ({
        id: `${String(c)} ${label}`,
        congress: c,
        type,
        number,
        label,
      })),
    },
  ],
});

describe('the Congress.gov adapter', () => {
  it('reads a bill whose latest action is new, its actions across pages, one lead per day', async () => {
    const asked: URL[] = [];
    server.events.on('request:start', ({ request }) => asked.push(new URL(request.url)));
    const run = await runAdapter(congress, { since: '2026-11-24', secret: 'my-key' });
    expect(asked.map((u) => `${u.pathname}?offset=${u.searchParams.get('offset') ?? ''}`)).toEqual([
      '/v3/bill/119/s/367?offset=',
      '/v3/bill/119/s/367/actions?offset=',
      '/v3/bill/119/s/367/actions?offset=2',
    ]);
    expect(
      asked.every(
        (u) => u.searchParams.get('api_key') === 'my-key' && u.searchParams.get('format') === 'json',
      ),
    ).toBe(true);
    expect(run.covered).toEqual(['119 S. 367']);
    // Two records of the same action (Senate, Library of Congress) on one day: one lead, said once.
    expect(run.candidates).toHaveLength(1);
    expect(run.candidates[0]).toMatchObject({
      key: 'congress:119-s-367:2026-11-30',
      name: '119-s367-2026-11-30',
      title: 'Fixture: Stop Arming Cartels Act of 2025',
      date: '2026-11-30',
      url: 'https://www.congress.gov/bill/119th-congress/senate-bill/367/all-actions',
      body: 'Fixture action: Committee on the Judiciary. Hearings held.',
      identifiers: [{ kind: 'bill', congress: 119, number: 'S. 367' }],
    });
  });

  it('does not read the actions of a bill with nothing new', async () => {
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => asked.push(new URL(request.url).pathname));
    const run = await runAdapter(congress, { watch: withBills([119, 'hr', 923, 'H.R. 923']) });
    expect(asked).toEqual(['/v3/bill/119/hr/923']);
    expect(run).toMatchObject({ candidates: [], covered: ['119 H.R. 923'], errors: [] });
  });

  it('writes addresses Congress.gov uses', () => {
    expect(billPage({ id: '', congress: 121, type: 'hr', number: 5, label: 'H.R. 5' })).toBe(
      'https://www.congress.gov/bill/121st-congress/house-bill/5/all-actions',
    );
  });

  it('skips and reports an action whose field changed, and keeps the others', async () => {
    const page = readFixture('congress', 'actions.119-s-367.json') as { actions: Record<string, unknown>[] };
    const [first, second] = page.actions;
    server.use(
      http.get(`${CONGRESS_API}/bill/119/s/367/actions`, () =>
        HttpResponse.json({
          ...page,
          pagination: { count: 2 },
          actions: [{ ...first, actionDate: undefined, date: '2026-11-30' }, second],
        }),
      ),
    );
    const run = await runAdapter(congress);
    expect(run.skipped).toEqual([
      {
        record: '119 S. 367, page 1, action 1',
        reason: "actionDate is missing (the API's format may have changed)",
      },
    ]);
    expect(run.candidates).toHaveLength(1);
  });

  it('stops at a missing or refused key, saying so', async () => {
    const run = await runAdapter(congress, { secret: '' });
    expect(run.thrown?.message).toMatch(/refused the request \(HTTP 403\)/);
  });

  it.each(FAILURES)('reports a service %s, and never crashes', async (_what, answer, message) => {
    server.use(http.get(`${CONGRESS_API}/bill/119/s/367`, answer));
    const run = await runAdapter(congress, { secret: 'a-secret-key' });
    expect(run.thrown).toBeUndefined();
    expect(failures(run)).toMatch(message);
    expect(failures(run)).not.toContain('a-secret-key');
    expect(run.covered).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { readFixture } from '../fixtures';
import { FAILURES, failures, runAdapter, TEST_WATCH, fixtureServer } from '../test-monitor';
import type { Watch } from '../watch';
import { COURTLISTENER_API, courtListener, pacerNumber } from './courtlistener';

const server = fixtureServer();

const ARIZONA = 'U.S. District Court for the District of Arizona 4:22-cv-00472';

describe('the CourtListener adapter', () => {
  it('finds the docket by court and number, then reads its entries across cursor pages', async () => {
    const asked: Request[] = [];
    server.events.on('request:start', ({ request }) => asked.push(request.clone()));
    const run = await runAdapter(courtListener, { since: '2026-11-24', secret: 'a-token' });
    const urls = asked.map((r) => new URL(r.url));
    expect(urls.map((u) => u.pathname)).toEqual([
      '/api/rest/v4/dockets/',
      '/api/rest/v4/docket-entries/',
      '/api/rest/v4/docket-entries/',
    ]);
    expect(Object.fromEntries(urls[0]?.searchParams ?? [])).toEqual({
      court: 'azd',
      docket_number: '4:22-cv-00472',
    });
    expect(urls[1]?.searchParams.get('docket')).toBe('90000101');
    expect(urls[1]?.searchParams.get('date_filed__gte')).toBe('2026-11-24');
    expect(urls[2]?.searchParams.get('cursor')).toBe('cD0yMDI2LTExLTI3');
    expect(asked.every((r) => r.headers.get('authorization') === 'Token a-token')).toBe(true);
    expect(run.covered).toEqual([ARIZONA]);
    expect(run.candidates.map((c) => c.key)).toEqual([
      'courtlistener:entry-390000115',
      'courtlistener:entry-390000114',
    ]);
    expect(run.candidates[0]).toMatchObject({
      title: 'Estados Unidos Mexicanos v. Diamondback Shooting Sports Inc, Document 115',
      date: '2026-11-30',
      url: 'https://www.courtlistener.com/docket/90000101/115/estados-unidos-mexicanos-v-diamondback-shooting-sports-inc/',
      publisher: 'U.S. District Court for the District of Arizona',
      copyAt: 'www.courtlistener.com',
      kind: 'court',
      docket: { id: ARIZONA },
      identifiers: [
        {
          kind: 'docket',
          court: 'U.S. District Court for the District of Arizona',
          number: '4:22-cv-00472',
          caseName: 'Estados Unidos Mexicanos v. Diamondback Shooting Sports et al.',
        },
      ],
    });
  });

  it('skips and reports an entry whose field changed', async () => {
    const run = await runAdapter(courtListener);
    expect(run.skipped).toEqual([
      {
        record: `${ARIZONA}, page 2, entry 2`,
        reason: "date_filed is missing (the API's format may have changed)",
      },
    ]);
  });

  it('writes district numbers as PACER does, and reports a court or docket it cannot find', async () => {
    expect(pacerNumber('2:24-CV-89-Z')).toBe('2:24-cv-00089');
    expect(pacerNumber('1:11-cv-01401 (Civil Action No. 11-1401 (RMC))')).toBe('1:11-cv-01401');
    expect(pacerNumber('23-1141')).toBe('23-1141');
    const watch: Watch = {
      ...TEST_WATCH,
      storylines: [
        {
          storyline: 'x',
          bills: [],
          watches: [],
          dockets: [
            { id: 'Court of Nowhere 1', court: 'Court of Nowhere', number: '1' },
            { id: 'U.S. Supreme Court 99-9999', court: 'U.S. Supreme Court', number: '99-9999' },
          ],
        },
      ],
    };
    const run = await runAdapter(courtListener, { watch });
    expect(run.errors).toEqual([
      'Court of Nowhere 1: no CourtListener court id for "Court of Nowhere" (add it to COURT_IDS in build/monitor/sources/courtlistener.ts)',
      'U.S. Supreme Court 99-9999: CourtListener has no docket 99-9999 in scotus',
    ]);
    expect(run.covered).toEqual([]);
  });

  it('stops at a refused token, saying so', async () => {
    server.use(
      http.get(`${COURTLISTENER_API}/dockets/`, () =>
        HttpResponse.json({ detail: 'Invalid token.' }, { status: 401 }),
      ),
    );
    const run = await runAdapter(courtListener);
    expect(run.thrown?.message).toMatch(/refused the request \(HTTP 401\): check the key or token/);
  });

  it('counts an entry seen twice across pages once (the runner drops the second)', async () => {
    const first = readFixture('courtlistener', 'docket-entries.90000101.json') as { results: unknown[] };
    server.use(
      http.get(`${COURTLISTENER_API}/docket-entries/`, ({ request }) =>
        new URL(request.url).searchParams.get('cursor')
          ? HttpResponse.json({ next: null, previous: null, results: first.results })
          : undefined,
      ),
    );
    const run = await runAdapter(courtListener);
    expect(run.candidates.map((c) => c.key)).toEqual([
      'courtlistener:entry-390000115',
      'courtlistener:entry-390000115',
    ]);
  });

  it.each(FAILURES)('reports a service %s, and never crashes', async (_what, answer, message) => {
    server.use(http.get(`${COURTLISTENER_API}/docket-entries/`, answer));
    const run = await runAdapter(courtListener);
    expect(run.thrown).toBeUndefined();
    expect(failures(run)).toMatch(message);
    expect(failures(run)).toMatch(new RegExp(`^${ARIZONA}: `));
    expect(run.covered).toEqual([]);
  });
});

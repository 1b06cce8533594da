import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { readFixture } from '../fixtures';
import { FAILURES, failures, runAdapter, fixtureServer } from '../test-monitor';
import { FEDERAL_REGISTER_API, federalRegister } from './federal-register';

const server = fixtureServer();

const ATF_PAGE_1 = 'documents.alcohol-tobacco-firearms-and-explosives-bureau.page-1.json';

describe('the Federal Register adapter', () => {
  it('asks for each agency’s documents since the last run, and reads every page', async () => {
    const asked: URL[] = [];
    server.events.on('request:start', ({ request }) => asked.push(new URL(request.url)));
    const run = await runAdapter(federalRegister, { since: '2026-11-24' });
    server.events.removeAllListeners();
    expect(asked[0]?.searchParams.getAll('conditions[agencies][]')).toEqual([
      'alcohol-tobacco-firearms-and-explosives-bureau',
    ]);
    expect(asked[0]?.searchParams.get('conditions[publication_date][gte]')).toBe('2026-11-24');
    expect(asked[0]?.searchParams.getAll('fields[]')).toContain('publication_date');
    // ATF: two pages (the second from next_page_url); BIS: one.
    expect(asked.map((u) => u.searchParams.get('page') ?? '1')).toEqual(['1', '2', '1']);
    expect(run.covered).toEqual(['atf', 'bis']);
    expect(run.errors).toEqual([]);
    expect(run.candidates.map((c) => c.key)).toEqual([
      'federal-register:2026-99101',
      'federal-register:2026-99102',
      'federal-register:2026-99101', // the same document again on page 2: the runner counts it once
      'federal-register:2026-99103',
      'federal-register:2026-99201',
    ]);
    expect(run.candidates[0]).toMatchObject({
      source: 'federal-register',
      name: '2026-99101',
      title:
        'Fixture: Definition of "Engaged in the Business" as a Dealer in Firearms; Reopening of Comment Period',
      date: '2026-11-30',
      url: 'https://www.federalregister.gov/documents/2026/11/30/2026-99101/fixture-definition-of-engaged-in-the-business-as-a-dealer-in-firearms-reopening-of-comment-period',
      publisher:
        'Federal Register (DEPARTMENT OF JUSTICE, Bureau of Alcohol, Tobacco, Firearms, and Explosives)',
      agencies: ['atf'],
      identifiers: [{ kind: 'federal-register', number: '2026-99101' }],
      language: 'en',
      kind: 'government',
    });
  });

  it('skips and reports a record whose field changed, and reads the rest', async () => {
    const run = await runAdapter(federalRegister);
    expect(run.skipped).toEqual([
      {
        record: 'atf page 2, result 3',
        reason: "publication_date is missing (the API's format may have changed)",
      },
    ]);
    expect(run.candidates.some((c) => c.key === 'federal-register:2026-99103')).toBe(true);
  });

  it('reads an agency with nothing new (no results list, count 0)', async () => {
    server.use(
      http.get(FEDERAL_REGISTER_API, () =>
        HttpResponse.json(readFixture('federal-register', 'documents.none.json') as object),
      ),
    );
    const run = await runAdapter(federalRegister);
    expect(run).toMatchObject({ candidates: [], errors: [], covered: ['atf', 'bis'] });
  });

  it('reports a response that lost its results list', async () => {
    const changed = {
      ...(readFixture('federal-register', ATF_PAGE_1) as object),
      results: undefined,
      documents: [],
    };
    server.use(http.get(FEDERAL_REGISTER_API, () => HttpResponse.json(changed)));
    const run = await runAdapter(federalRegister);
    expect(failures(run)).toMatch(/atf: the response has no `results` list/);
    expect(run.covered).toEqual([]);
  });

  it.each(FAILURES)(
    'reports a service %s for each agency, and never crashes',
    async (_what, answer, message) => {
      server.use(http.get(FEDERAL_REGISTER_API, answer));
      const run = await runAdapter(federalRegister);
      expect(run.thrown).toBeUndefined();
      expect(run.errors).toHaveLength(2);
      expect(failures(run)).toMatch(message);
      expect(run.covered).toEqual([]);
    },
  );

  it('backs off as a 429 asks, and then reads the answer', async () => {
    let n = 0;
    server.use(
      http.get(FEDERAL_REGISTER_API, () =>
        n++ === 0 ? new HttpResponse(null, { status: 429, headers: { 'Retry-After': '30' } }) : undefined,
      ),
    );
    const run = await runAdapter(federalRegister);
    expect(run.waits).toEqual([30_000]);
    expect(run.errors).toEqual([]);
    expect(run.covered).toEqual(['atf', 'bis']);
  });
});

import { describe, expect, it } from 'vitest';
import { http } from 'msw';
import { FAILURES, failures, runAdapter, fixtureServer } from '../test-monitor';
import { DOJ_API, dojPress, easternDay } from './doj-press';

const server = fixtureServer();

describe('the Justice Department press-release adapter', () => {
  it('reads the newest releases page by page until one reaches back past the last run', async () => {
    const asked: URL[] = [];
    server.events.on('request:start', ({ request }) => asked.push(new URL(request.url)));
    const run = await runAdapter(dojPress, { since: '2026-11-24' });
    expect(asked.map((u) => u.searchParams.get('page'))).toEqual(['0', '1']);
    expect(Object.fromEntries(asked[0]?.searchParams ?? [])).toEqual({
      pagesize: '50',
      page: '0',
      sort: 'date',
      direction: 'DESC',
    });
    expect(run.covered).toEqual(['doj']);
    // Page 1 repeats a release of page 0 (a new one pushed it down): the runner counts it once.
    expect(run.candidates.map((c) => [c.date, c.title])).toEqual([
      ['2026-11-30', 'Fixture: Two Arizona Men Sentenced for Firearms Trafficking to Mexico'],
      ['2026-11-28', 'Fixture: Justice Department Announces Results of Operation Southbound'],
      ['2026-11-27', 'Fixture: Man Sentenced for Wire Fraud Scheme'],
      ['2026-11-28', 'Fixture: Justice Department Announces Results of Operation Southbound'],
      ['2026-11-26', 'Fixture: Attorney General Statement on the Stop Arming Cartels Act (S. 367)'],
    ]);
    expect(run.candidates[0]).toMatchObject({
      key: 'doj-press:a41c9e70-3b1d-4c55-9d7e-1f0a2b3c4d01',
      name: '2026-11-30-a41c9e70',
      url: 'https://www.justice.gov/usao-az/pr/fixture-two-arizona-men-sentenced-firearms-trafficking-mexico',
      publisher: 'U.S. Department of Justice (USAO - Arizona)',
      agencies: ['doj'],
    });
    // The body is read as text: tags gone, entities decoded.
    expect(run.candidates[0]?.body).toContain(
      '“Firearms trafficking fuels the violence of the cartels,” said',
    );
  });

  it('skips and reports a release whose field changed', async () => {
    const run = await runAdapter(dojPress);
    expect(run.skipped).toEqual([
      { record: 'page 0, release 4', reason: "date is missing (the API's format may have changed)" },
    ]);
  });

  it('dates a release by the day in Washington', () => {
    expect(easternDay(Date.parse('2026-12-01T03:00:00Z') / 1000)).toBe('2026-11-30');
  });

  it.each(FAILURES)('reports a service %s, and never crashes the run', async (_what, answer, message) => {
    server.use(http.get(DOJ_API, answer));
    const run = await runAdapter(dojPress);
    expect(failures(run)).toMatch(message);
    expect(run.covered).toEqual([]);
  });
});

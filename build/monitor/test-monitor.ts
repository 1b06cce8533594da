/**
 * For the monitor's tests: a small watch list, and one adapter run with everything it reports
 * collected (as the runner would collect it). Requests go to MSW's node server
 * (`fixtureServer()` in each test file), never to the network.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { delay, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { fixtureHandlers } from './fixtures';
import { createHttpClient, type HttpOptions } from './http';
import type { Adapter, Candidate } from './types';
import type { Watch } from './watch';

/** The watch list the adapter tests use: a few of each kind, as the watch file would give them. */
export const TEST_WATCH: Watch = {
  congress: 119,
  agencies: {
    atf: { 'federal-register': ['alcohol-tobacco-firearms-and-explosives-bureau'] },
    bis: { 'federal-register': ['industry-and-security-bureau'] },
    doj: { 'doj-press': ['*'] },
    'mexico-gov': { dof: ['*'] },
    sre: { dof: ['SECRETARIA DE RELACIONES EXTERIORES'] },
  },
  storylines: [
    {
      storyline: 'mexico-v-arizona-dealers',
      dockets: [
        {
          id: 'U.S. District Court for the District of Arizona 4:22-cv-00472',
          court: 'U.S. District Court for the District of Arizona',
          number: '4:22-cv-00472',
          caseName: 'Estados Unidos Mexicanos v. Diamondback Shooting Sports et al.',
        },
      ],
      bills: [],
      watches: [],
    },
    {
      storyline: 'congress-southbound-legislation',
      dockets: [],
      bills: [{ id: '119 S. 367', congress: 119, type: 's', number: 367, label: 'S. 367' }],
      watches: [],
    },
    {
      storyline: 'engaged-in-the-business',
      dockets: [],
      bills: [],
      watches: [{ agencies: ['atf'], terms: ['engaged in the business'], with: [] }],
    },
    {
      storyline: 'firearms-export-controls',
      dockets: [],
      bills: [],
      watches: [{ agencies: ['bis'], terms: ['firearms'], with: [] }],
    },
    {
      storyline: 'southbound-interdiction',
      dockets: [],
      bills: [],
      watches: [{ agencies: ['doj'], terms: ['firearms trafficking'], with: ['Mexico'] }],
    },
    {
      storyline: 'mexico-diplomatic-campaign',
      dockets: [],
      bills: [],
      watches: [{ agencies: ['sre'], terms: ['tráfico ilícito de armas'], with: [] }],
    },
  ],
};

export interface AdapterRun {
  candidates: Candidate[];
  covered: string[];
  errors: string[];
  skipped: { record: string; reason: string }[];
  notes: string[];
  requests: number;
  /** The waits the client asked for (back-off, Retry-After), in ms: recorded, not slept. */
  waits: number[];
  /** Set when the adapter gave up on the whole source (the runner reports it as failed). */
  thrown?: Error;
}

/** Runs one adapter on `watch` with injectable time (no real waiting: `sleep` records the waits). */
export async function runAdapter(
  adapter: Adapter,
  options: {
    watch?: Watch;
    since?: string;
    today?: string;
    secret?: string;
    http?: Omit<HttpOptions, 'secrets'>;
  } = {},
): Promise<AdapterRun> {
  const waits: number[] = [];
  const http = createHttpClient({
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    timeoutMs: 50,
    ...options.http,
  });
  const out: AdapterRun = {
    candidates: [],
    covered: [],
    errors: [],
    skipped: [],
    notes: [],
    requests: 0,
    waits,
  };
  try {
    out.candidates = await adapter.run({
      watch: options.watch ?? TEST_WATCH,
      http,
      secret: options.secret ?? (adapter.secret ? 'test-secret' : undefined),
      today: options.today ?? '2026-12-01',
      since: () => options.since ?? '2026-11-24',
      covered: (q) => out.covered.push(q),
      error: (m) => out.errors.push(m),
      skip: (record, reason) => out.skipped.push({ record, reason }),
      note: (m) => out.notes.push(m),
    });
  } catch (error) {
    out.thrown = error instanceof Error ? error : new Error(String(error));
  }
  out.requests = http.requests;
  return out;
}

/** Everything the run said went wrong, in one string. */
export const failures = (run: AdapterRun) =>
  [...run.errors, ...(run.thrown ? [run.thrown.message] : [])].join('\n');

/**
 * The ways a source fails, as MSW answers them: down, slow (past the 50 ms limit of `runAdapter`),
 * 429 with Retry-After (backed off, then given up), a 5xx, a body that is not JSON; with what the
 * report must say.
 */
export const FAILURES: [string, () => Response | Promise<Response>, RegExp][] = [
  ['down', () => HttpResponse.error(), /could not be reached.*gave up after 3 attempts/],
  [
    'slow',
    async () => {
      await delay(400);
      return HttpResponse.json({});
    },
    /did not answer within 50 ms; gave up after 3 attempts/,
  ],
  [
    'rate-limited (429 with Retry-After)',
    () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '2' } }),
    /429 \(too many requests\); gave up after 3 attempts: the monitor tries again on its next run/,
  ],
  [
    'failing (5xx)',
    () => new HttpResponse('Internal Server Error', { status: 500 }),
    /HTTP 500 \(a server error\)/,
  ],
  [
    'answering with a body that is not JSON',
    () => new HttpResponse('<!DOCTYPE html><title>Maintenance</title>', { status: 200 }),
    /not JSON \(it begins "<!DOCTYPE html>/,
  ],
];

/** MSW's node server with the recorded responses, for one test file: any request it has no answer for fails. */
export function fixtureServer() {
  const server = setupServer(...fixtureHandlers());
  beforeAll(() => {
    server.listen({ onUnhandledFrame: 'error' });
  });
  afterEach(() => {
    server.resetHandlers();
    server.events.removeAllListeners();
  });
  afterAll(() => {
    server.close();
  });
  return server;
}

/**
 * The recorded responses in tests/fixtures/monitor/<source>/, served in-process by MSW's node
 * server: for the adapters' tests, and for `npm run monitor -- --fixtures` (an end-to-end run with
 * no network). Each handler answers as its API does: by the query's parameters it picks the file
 * recorded for them, answers an API's own "nothing found" when there is none, and refuses a
 * request without the key or token the real service requires. Each folder's README says which
 * documentation page its files follow.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { http, HttpResponse } from 'msw';
import { CONGRESS_API } from './sources/congress';
import { COURTLISTENER_API } from './sources/courtlistener';
import { SIDOF_API } from './sources/dof';
import { DOJ_API } from './sources/doj-press';
import { FEDERAL_REGISTER_API } from './sources/federal-register';

export const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/monitor/', import.meta.url));

/** The moment the recorded responses were made for: fixture runs use it as "now". */
export const FIXTURE_NOW = new Date('2026-12-01T12:00:00Z');

/** Keys for the sources that need one: the handlers check a key is sent, not which. */
export const FIXTURE_SECRETS = { COURTLISTENER_TOKEN: 'fixture-token', CONGRESS_API_KEY: 'fixture-key' };

const safe = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function fixturePath(source: string, name: string, dir = FIXTURES): string {
  return join(dir, source, name);
}

/** The recorded body of `source/name`, parsed (for tests that change a response). */
export function readFixture(source: string, name: string, dir = FIXTURES): unknown {
  return JSON.parse(readFileSync(fixturePath(source, name, dir), 'utf8')) as unknown;
}

export function fixtureHandlers(dir = FIXTURES) {
  /** The file's bytes as the API sent them (so a recorded malformed body stays malformed). */
  const serve = (source: string, ...names: string[]) => {
    for (const name of names) {
      const path = fixturePath(source, name, dir);
      if (existsSync(path))
        return new HttpResponse(readFileSync(path, 'utf8'), {
          headers: { 'content-type': 'application/json; charset=utf-8' },
        });
    }
    return HttpResponse.json({ fixture: `no recorded response: ${names.join(' or ')}` }, { status: 404 });
  };
  return [
    http.get(FEDERAL_REGISTER_API, ({ request }) => {
      const url = new URL(request.url);
      const agencies = url.searchParams.getAll('conditions[agencies][]').map(safe).join('+');
      return serve(
        'federal-register',
        `documents.${agencies}.page-${url.searchParams.get('page') ?? '1'}.json`,
        'documents.none.json',
      );
    }),
    http.get(`${COURTLISTENER_API}/dockets/`, ({ request }) => {
      if (!request.headers.get('authorization')?.startsWith('Token '))
        return HttpResponse.json(
          { detail: 'Authentication credentials were not provided.' },
          { status: 401 },
        );
      const url = new URL(request.url);
      return serve(
        'courtlistener',
        `dockets.${safe(url.searchParams.get('court') ?? '')}.${safe(url.searchParams.get('docket_number') ?? '')}.json`,
        'dockets.none.json',
      );
    }),
    http.get(`${COURTLISTENER_API}/docket-entries/`, ({ request }) => {
      if (!request.headers.get('authorization')?.startsWith('Token '))
        return HttpResponse.json(
          { detail: 'Authentication credentials were not provided.' },
          { status: 401 },
        );
      const url = new URL(request.url);
      const docket = safe(url.searchParams.get('docket') ?? '');
      const cursor = url.searchParams.get('cursor');
      return serve(
        'courtlistener',
        cursor ? `docket-entries.${docket}.${safe(cursor)}.json` : `docket-entries.${docket}.json`,
        'docket-entries.none.json',
      );
    }),
    http.get(DOJ_API, ({ request }) =>
      serve(
        'doj-press',
        `press-releases.page-${new URL(request.url).searchParams.get('page') ?? '0'}.json`,
        'press-releases.empty.json',
      ),
    ),
    http.get(`${CONGRESS_API}/bill/:congress/:type/:number/actions`, ({ request, params }) => {
      const url = new URL(request.url);
      if (!url.searchParams.get('api_key')) return apiKeyMissing();
      const offset = url.searchParams.get('offset');
      const bill = `${String(params.congress)}-${String(params.type)}-${String(params.number)}`;
      return serve(
        'congress',
        offset && offset !== '0' ? `actions.${bill}.offset-${offset}.json` : `actions.${bill}.json`,
      );
    }),
    http.get(`${CONGRESS_API}/bill/:congress/:type/:number`, ({ request, params }) => {
      if (!new URL(request.url).searchParams.get('api_key')) return apiKeyMissing();
      return serve(
        'congress',
        `bill.${String(params.congress)}-${String(params.type)}-${String(params.number)}.json`,
      );
    }),
    http.get(`${SIDOF_API}/notas/nota/:code`, ({ params }) =>
      serve('dof', `nota.${String(params.code)}.json`),
    ),
    http.get(`${SIDOF_API}/notas/:day`, ({ params }) =>
      serve('dof', `notas.${String(params.day)}.json`, 'notas.sin-publicacion.json'),
    ),
  ];
}

/** api.data.gov's answer to a request without a key. */
const apiKeyMissing = () =>
  HttpResponse.json(
    {
      error: {
        code: 'API_KEY_MISSING',
        message: 'No api_key was supplied. Get one at https://api.data.gov/signup/',
      },
    },
    { status: 403 },
  );

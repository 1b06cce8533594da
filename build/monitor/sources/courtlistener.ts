/**
 * CourtListener's REST API v4 (a token: COURTLISTENER_TOKEN): the docket entries filed in each
 * watched docket since the last run. Each docket is found by its court and number
 * (`/api/rest/v4/dockets/?court=<id>&docket_number=<number>`), then its entries are read newest
 * first (`/api/rest/v4/docket-entries/?docket=<id>&date_filed__gte=<date>`), following the
 * cursor-paginated `next` links. CourtListener's pages are copies of the courts' PACER dockets
 * (its RECAP archive), so a lead names the court as publisher and CourtListener as where the copy is.
 *
 * Documentation: https://www.courtlistener.com/help/api/rest/v4/ (authentication, filtering,
 * cursor pagination) and https://www.courtlistener.com/help/api/rest/v4/pacer/ (dockets and
 * docket entries). CourtListener may also require its permission for the PACER-data endpoints:
 * a 401/403 is reported as such.
 */
import { z } from '@/lib/zod';
import { SourceError } from '../http';
import type { Adapter, Candidate } from '../types';
import type { WatchedDocket } from '../watch';
import { day, listOf, readRecord } from './common';

export const COURTLISTENER_API = 'https://www.courtlistener.com/api/rest/v4';
const SITE = 'https://www.courtlistener.com';
const MAX_PAGES = 10;

/**
 * CourtListener's court ids for the courts the content names (its own names, as the content's
 * `identifiers` write them). A docket in a court missing here is reported, not guessed.
 */
export const COURT_IDS: Record<string, string> = {
  'U.S. District Court for the District of Arizona': 'azd',
  'U.S. District Court for the District of Massachusetts': 'mad',
  'U.S. District Court for the Northern District of Texas': 'txnd',
  'U.S. Court of Appeals for the First Circuit': 'ca1',
  'U.S. Supreme Court': 'scotus',
  'Supreme Court of the United States': 'scotus',
  'D.D.C.': 'dcd',
  'D.C. Cir.': 'cadc',
  '5th Cir.': 'ca5',
  '10th Cir.': 'ca10',
  'D.N.M.': 'nmd',
};

/**
 * A district-court number as PACER and CourtListener write it: `2:24-CV-89-Z` → `2:24-cv-00089`
 * (office, year, case type, five digits; the judges' initials dropped). Other numbers as given.
 */
export function pacerNumber(number: string): string {
  const m = /^(\d+):(\d{2})-([a-z]{2,4})-(\d{1,5})\b/i.exec(number.trim());
  if (!m) return number.trim();
  return `${m[1] ?? ''}:${m[2] ?? ''}-${(m[3] ?? '').toLowerCase()}-${(m[4] ?? '').padStart(5, '0')}`;
}

const docket = z.object({
  id: z.number(),
  absolute_url: z.optional(z.nullable(z.string())),
  case_name: z.optional(z.nullable(z.string())),
});

const entry = z.object({
  id: z.number(),
  entry_number: z.optional(z.nullable(z.number())),
  date_filed: day,
  description: z.string(),
  recap_documents: z.optional(
    z.array(
      z.object({
        absolute_url: z.optional(z.nullable(z.string())),
        description: z.optional(z.nullable(z.string())),
      }),
    ),
  ),
});

export const courtListener: Adapter = {
  id: 'courtlistener',
  name: 'CourtListener',
  docs: 'https://www.courtlistener.com/help/api/rest/v4/',
  secret: {
    env: 'COURTLISTENER_TOKEN',
    what: 'a CourtListener API token (free, from your CourtListener profile)',
  },
  queries: (watch) => [...new Set(watch.storylines.flatMap((s) => s.dockets.map((d) => d.id)))].sort(),
  async run(ctx) {
    const headers = { authorization: `Token ${ctx.secret ?? ''}` };
    const dockets = new Map<string, WatchedDocket>();
    for (const s of ctx.watch.storylines) for (const d of s.dockets) dockets.set(d.id, d);
    const found: Candidate[] = [];
    for (const watched of [...dockets.values()].sort((a, b) => a.id.localeCompare(b.id))) {
      const court = COURT_IDS[watched.court];
      if (!court) {
        ctx.error(
          `${watched.id}: no CourtListener court id for "${watched.court}" (add it to COURT_IDS in build/monitor/sources/courtlistener.ts)`,
        );
        continue;
      }
      try {
        const lookup = new URL(`${COURTLISTENER_API}/dockets/`);
        lookup.searchParams.set('court', court);
        lookup.searchParams.set('docket_number', pacerNumber(watched.number));
        const dockets = listOf(await ctx.http.getJson(lookup, headers), 'results');
        if (!dockets)
          throw new SourceError(
            'malformed',
            'the docket search has no `results` list: the API’s format may have changed',
          );
        const first = dockets[0];
        if (first === undefined) {
          ctx.error(`${watched.id}: CourtListener has no docket ${pacerNumber(watched.number)} in ${court}`);
          continue;
        }
        const read = readRecord(docket, first);
        if (!read.ok) {
          ctx.skip(`the docket ${watched.id}`, read.reason);
          continue;
        }
        const caseName = read.value.case_name ?? watched.caseName ?? watched.number;
        const entries = new URL(`${COURTLISTENER_API}/docket-entries/`);
        entries.searchParams.set('docket', String(read.value.id));
        entries.searchParams.set('date_filed__gte', ctx.since(watched.id));
        entries.searchParams.set('order_by', '-date_filed');
        let next: string | null = entries.toString();
        for (let page = 1; next; page++) {
          if (page > MAX_PAGES)
            throw new SourceError(
              'http',
              `more than ${String(MAX_PAGES)} pages of entries since ${ctx.since(watched.id)}`,
            );
          const body = await ctx.http.getJson(next, headers);
          const results = listOf(body, 'results');
          if (!results)
            throw new SourceError(
              'malformed',
              'the docket entries have no `results` list: the API’s format may have changed',
            );
          results.forEach((raw, i) => {
            const r = readRecord(entry, raw);
            if (!r.ok) {
              ctx.skip(`${watched.id}, page ${String(page)}, entry ${String(i + 1)}`, r.reason);
              return;
            }
            const e = r.value;
            const path =
              e.recap_documents?.find((d) => d.absolute_url)?.absolute_url ?? read.value.absolute_url ?? '';
            found.push({
              source: 'courtlistener',
              key: `courtlistener:entry-${String(e.id)}`,
              name: `entry-${String(e.id)}`,
              url: path.startsWith('https://') ? path : `${SITE}${path.startsWith('/') ? path : `/${path}`}`,
              title:
                e.entry_number != null
                  ? `${caseName}, Document ${String(e.entry_number)}`
                  : `${caseName}, docket entry of ${e.date_filed.slice(0, 10)}`,
              date: e.date_filed.slice(0, 10),
              language: 'en',
              publisher: watched.court,
              copyAt: 'www.courtlistener.com',
              kind: 'court',
              agencies: [],
              text: `${e.description}\n${(e.recap_documents ?? []).map((d) => d.description ?? '').join('\n')}`,
              body: e.description,
              docket: watched,
              identifiers: [
                {
                  kind: 'docket',
                  court: watched.court,
                  number: watched.number,
                  ...(watched.caseName ? { caseName: watched.caseName } : {}),
                },
              ],
            });
          });
          const nextUrl = (body as { next?: unknown }).next;
          next = typeof nextUrl === 'string' && nextUrl !== '' ? nextUrl : null;
        }
        ctx.covered(watched.id);
      } catch (error) {
        if (!(error instanceof SourceError) || error.kind === 'unauthorized') throw error;
        ctx.error(`${watched.id}: ${error.message}`);
      }
    }
    return found;
  },
};

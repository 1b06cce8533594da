/**
 * The Justice Department's press-release API (no key): the releases published since the last
 * run, newest first (`sort=date&direction=DESC`), page by page (`page` counts from 0) until a page
 * reaches back past that date. Every release is the Department's (agency `doj` in the watch file,
 * named `*`); an agency the watch file names by a component (`component[].name`) is matched too.
 *
 * Documentation: https://www.justice.gov/developer/api-documentation/api_v1 (the
 * /api/v1/press_releases.json resource, its `pagesize`, `page`, `sort`, `direction` and
 * `parameters[...]` filters, and the fields of a release).
 */
import { z } from '@/lib/zod';
import { SourceError } from '../http';
import { htmlToText } from '../text';
import type { Adapter, Candidate } from '../types';
import { agenciesFor, agenciesNamed, listOf, nonEmpty, readRecord } from './common';

export const DOJ_API = 'https://www.justice.gov/api/v1/press_releases.json';
const PAGE_SIZE = 50;
const MAX_PAGES = 20;

const release = z.object({
  uuid: nonEmpty,
  title: nonEmpty,
  url: nonEmpty,
  /** Seconds since 1970, as a string. */
  date: z.union([z.string().check(z.regex(/^\d+$/, 'is not a time in seconds')), z.number()]),
  body: z.optional(z.nullable(z.string())),
  teaser: z.optional(z.nullable(z.string())),
  component: z.optional(z.nullable(z.array(z.object({ name: z.optional(z.nullable(z.string())) })))),
});

/** The day of a release in Washington (the Department dates its releases in Eastern time). */
export function easternDay(seconds: number): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/New_York',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(seconds * 1000));
}

export const dojPress: Adapter = {
  id: 'doj-press',
  name: 'Justice Department press releases',
  docs: 'https://www.justice.gov/developer/api-documentation/api_v1',
  queries: (watch) => agenciesFor(watch, 'doj-press'),
  async run(ctx) {
    const queries = agenciesFor(ctx.watch, 'doj-press');
    if (queries.length === 0) return [];
    const since = queries.map((q) => ctx.since(q)).sort()[0] ?? ctx.today;
    const found: Candidate[] = [];
    for (let page = 0; ; page++) {
      if (page >= MAX_PAGES)
        throw new SourceError('http', `more than ${String(MAX_PAGES)} pages of releases since ${since}`);
      const url = new URL(DOJ_API);
      url.searchParams.set('pagesize', String(PAGE_SIZE));
      url.searchParams.set('page', String(page));
      url.searchParams.set('sort', 'date');
      url.searchParams.set('direction', 'DESC');
      const body = await ctx.http.getJson(url);
      const results = listOf(body, 'results');
      if (!results)
        throw new SourceError(
          'malformed',
          'the response has no `results` list: the API’s format may have changed',
        );
      let older = false;
      for (const [i, raw] of results.entries()) {
        const read = readRecord(release, raw);
        if (!read.ok) {
          ctx.skip(`page ${String(page)}, release ${String(i + 1)}`, read.reason);
          continue;
        }
        const r = read.value;
        const date = easternDay(Number(r.date));
        if (date < since) {
          older = true;
          continue;
        }
        const components = (r.component ?? []).map((c) => c.name ?? '').filter((n) => n !== '');
        const body = htmlToText(r.body ?? '');
        const teaser = htmlToText(r.teaser ?? '');
        found.push({
          source: 'doj-press',
          key: `doj-press:${r.uuid}`,
          name: `${date}-${r.uuid
            .toLowerCase()
            .replace(/[^a-z0-9]/g, '')
            .slice(0, 8)}`,
          url: r.url.startsWith('https://')
            ? r.url
            : `https://www.justice.gov${r.url.startsWith('/') ? '' : '/'}${r.url}`,
          title: htmlToText(r.title),
          date,
          language: 'en',
          publisher: `U.S. Department of Justice${components.length ? ` (${components.join(', ')})` : ''}`,
          kind: 'government',
          agencies: agenciesNamed(ctx.watch, 'doj-press', components),
          text: `${htmlToText(r.title)}\n${teaser}\n${body}`,
          body: body || teaser,
          identifiers: [],
        });
      }
      // Newest first: a page that reaches back past `since`, or the last page, is the last needed.
      const count = Number(
        (body as { metadata?: { resultset?: { count?: unknown } } }).metadata?.resultset?.count,
      );
      const more =
        Number.isFinite(count) && count > 0 ? (page + 1) * PAGE_SIZE < count : results.length >= PAGE_SIZE;
      if (older || results.length === 0 || !more) break;
    }
    for (const q of queries) ctx.covered(q);
    return found;
  },
};

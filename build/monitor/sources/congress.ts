/**
 * The Congress.gov API v3 (an api.data.gov key: CONGRESS_API_KEY): the actions taken on each
 * watched bill since the last run. For each bill, its item (`/v3/bill/{congress}/{type}/{number}`)
 * gives its title and latest action; only when that action is new are its actions read
 * (`.../actions`, `limit=250`, following `pagination.next`). One lead per bill and day, with that
 * day's actions as the excerpt.
 *
 * Documentation: https://api.congress.gov/ (the OpenAPI page: authentication by `api_key`,
 * `format`, `limit`, `offset`) and
 * https://github.com/LibraryOfCongress/api.congress.gov/blob/main/Documentation/BillEndpoint.md
 * (the bill item and its actions level, with each element).
 */
import { z } from '@/lib/zod';
import { SourceError } from '../http';
import type { Adapter, Candidate } from '../types';
import { BILL_TYPES, ordinal, type WatchedBill } from '../watch';
import { day, listOf, nonEmpty, readRecord } from './common';

export const CONGRESS_API = 'https://api.congress.gov/v3';
const MAX_PAGES = 10;

/** The bill's page of actions on Congress.gov. */
export const billPage = (b: WatchedBill) =>
  `https://www.congress.gov/bill/${ordinal(b.congress)}-congress/${BILL_TYPES[b.type].path}/${String(b.number)}/all-actions`;

const item = z.object({
  bill: z.object({
    title: nonEmpty,
    latestAction: z.optional(z.nullable(z.object({ actionDate: z.optional(day) }))),
  }),
});
const action = z.object({
  actionDate: day,
  actionTime: z.optional(z.nullable(z.string())),
  text: nonEmpty,
  type: z.optional(z.nullable(z.string())),
});

export const congress: Adapter = {
  id: 'congress',
  name: 'Congress.gov',
  docs: 'https://api.congress.gov/',
  secret: {
    env: 'CONGRESS_API_KEY',
    what: 'an api.data.gov key (free, from https://api.data.gov/signup/)',
  },
  queries: (watch) => [...new Set(watch.storylines.flatMap((s) => s.bills.map((b) => b.id)))].sort(),
  async run(ctx) {
    const bills = new Map<string, WatchedBill>();
    for (const s of ctx.watch.storylines) for (const b of s.bills) bills.set(b.id, b);
    const keyed = (url: string | URL) => {
      const u = new URL(url);
      u.searchParams.set('format', 'json');
      u.searchParams.set('api_key', ctx.secret ?? '');
      return u;
    };
    const found: Candidate[] = [];
    for (const bill of [...bills.values()].sort((a, b) => a.id.localeCompare(b.id))) {
      const since = ctx.since(bill.id);
      const base = `${CONGRESS_API}/bill/${String(bill.congress)}/${bill.type}/${String(bill.number)}`;
      try {
        const read = readRecord(item, await ctx.http.getJson(keyed(base)));
        if (!read.ok) {
          ctx.skip(`the bill ${bill.id}`, read.reason);
          continue;
        }
        const { title, latestAction } = read.value.bill;
        const latest = latestAction?.actionDate?.slice(0, 10);
        if (latest !== undefined && latest < since) {
          ctx.covered(bill.id);
          continue;
        }
        const byDay = new Map<string, { time: string; text: string }[]>();
        const first = keyed(`${base}/actions`);
        first.searchParams.set('limit', '250');
        let next: URL | null = first;
        for (let page = 1; next; page++) {
          if (page > MAX_PAGES)
            throw new SourceError('http', `more than ${String(MAX_PAGES)} pages of actions`);
          const body = await ctx.http.getJson(next);
          const actions = listOf(body, 'actions');
          if (!actions)
            throw new SourceError(
              'malformed',
              'the response has no `actions` list: the API’s format may have changed',
            );
          actions.forEach((raw, i) => {
            const r = readRecord(action, raw);
            if (!r.ok) {
              ctx.skip(`${bill.id}, page ${String(page)}, action ${String(i + 1)}`, r.reason);
              return;
            }
            const date = r.value.actionDate.slice(0, 10);
            if (date < since) return;
            const list = byDay.get(date) ?? [];
            // The same action is often recorded twice (by the chamber and by the Library of Congress).
            if (!list.some((a) => a.text === r.value.text))
              list.push({ time: r.value.actionTime ?? '', text: r.value.text });
            byDay.set(date, list);
          });
          const nextUrl = (body as { pagination?: { next?: unknown } }).pagination?.next;
          next = typeof nextUrl === 'string' && nextUrl !== '' ? keyed(nextUrl) : null;
        }
        for (const [date, actions] of [...byDay].sort(([a], [b]) => a.localeCompare(b))) {
          const texts = actions.sort((a, b) => a.time.localeCompare(b.time)).map((a) => a.text);
          found.push({
            source: 'congress',
            key: `congress:${String(bill.congress)}-${bill.type}-${String(bill.number)}:${date}`,
            name: `${String(bill.congress)}-${bill.type}${String(bill.number)}-${date}`,
            url: billPage(bill),
            title,
            date,
            language: 'en',
            publisher: {
              en: 'Congress.gov (Library of Congress)',
              es: 'Congress.gov (Biblioteca del Congreso)',
            },
            kind: 'legislative',
            agencies: [],
            text: `${title}\n${texts.join('\n')}`,
            // The actions' own words: the quote a source record can keep.
            body: texts.join(' '),
            bill,
            identifiers: [{ kind: 'bill', congress: bill.congress, number: bill.label }],
          });
        }
        ctx.covered(bill.id);
      } catch (error) {
        if (!(error instanceof SourceError) || error.kind === 'unauthorized') throw error;
        ctx.error(`${bill.id}: ${error.message}`);
      }
    }
    return found;
  },
};

/**
 * The Federal Register API (no key): the documents each watched agency published since the last
 * run. One query per agency, by its Federal Register slugs (`conditions[agencies][]`) and
 * publication date (`conditions[publication_date][gte]`), newest first, following
 * `next_page_url` page by page. Terms are matched here, on the title and abstract, not by the
 * API's full-text search, so that English and Spanish terms and "why it matched" work the same
 * for every source.
 *
 * Documentation: https://www.federalregister.gov/developers/documentation/api/v1
 * (the search endpoint GET /api/v1/documents.json, its `conditions[...]`, `fields[]`, `per_page`,
 * `page` and `order` parameters, and the fields of a document).
 */
import { z } from '@/lib/zod';
import { SourceError } from '../http';
import { clip } from '../text';
import type { Adapter, Candidate } from '../types';
import { agenciesFor, agenciesNamed, day, httpsUrl, listOf, nonEmpty, readRecord } from './common';

export const FEDERAL_REGISTER_API = 'https://www.federalregister.gov/api/v1/documents.json';
const FIELDS = ['document_number', 'title', 'type', 'abstract', 'html_url', 'publication_date', 'agencies'];
const MAX_PAGES = 10;

const document = z.object({
  document_number: z.string().check(z.regex(/^\d{4}-\d{3,6}$/, 'is not a document number like 2024-07838')),
  title: nonEmpty,
  type: z.optional(z.nullable(z.string())),
  abstract: z.optional(z.nullable(z.string())),
  html_url: httpsUrl,
  publication_date: day,
  agencies: z.array(
    z.object({
      slug: z.optional(z.nullable(z.string())),
      name: z.optional(z.nullable(z.string())),
      raw_name: z.optional(z.nullable(z.string())),
    }),
  ),
});

export const federalRegister: Adapter = {
  id: 'federal-register',
  name: 'Federal Register',
  docs: 'https://www.federalregister.gov/developers/documentation/api/v1',
  queries: (watch) => agenciesFor(watch, 'federal-register'),
  async run(ctx) {
    const found: Candidate[] = [];
    for (const agency of agenciesFor(ctx.watch, 'federal-register')) {
      const slugs = ctx.watch.agencies[agency]?.['federal-register'] ?? [];
      const url = new URL(FEDERAL_REGISTER_API);
      for (const s of slugs) url.searchParams.append('conditions[agencies][]', s);
      url.searchParams.set('conditions[publication_date][gte]', ctx.since(agency));
      url.searchParams.set('order', 'newest');
      url.searchParams.set('per_page', '100');
      for (const f of FIELDS) url.searchParams.append('fields[]', f);
      try {
        let next: string | null = url.toString();
        for (let page = 1; next; page++) {
          if (page > MAX_PAGES)
            throw new SourceError(
              'http',
              `more than ${String(MAX_PAGES)} pages of documents since ${ctx.since(agency)}`,
            );
          const body = await ctx.http.getJson(next);
          const results = listOf(body, 'results');
          const count = (body as { count?: unknown } | null)?.count;
          // With nothing found the API leaves `results` out and says `count: 0`.
          if (!results && count !== 0)
            throw new SourceError(
              'malformed',
              'the response has no `results` list: the API’s format may have changed',
            );
          (results ?? []).forEach((raw, i) => {
            const read = readRecord(document, raw);
            if (!read.ok) {
              ctx.skip(`${agency} page ${String(page)}, result ${String(i + 1)}`, read.reason);
              return;
            }
            const d = read.value;
            const names = d.agencies.map((a) => a.raw_name ?? a.name ?? '').filter((n) => n !== '');
            found.push({
              source: 'federal-register',
              key: `federal-register:${d.document_number}`,
              name: d.document_number,
              url: d.html_url,
              title: d.title,
              date: d.publication_date.slice(0, 10),
              language: 'en',
              publisher: `Federal Register${names.length ? ` (${names.join(', ')})` : ''}`,
              kind: 'government',
              agencies: agenciesNamed(
                ctx.watch,
                'federal-register',
                d.agencies.map((a) => a.slug ?? '').filter((s) => s !== ''),
              ),
              text: `${d.title}\n${d.abstract ?? ''}`,
              body: d.abstract ? clip(d.abstract, 2000) : `${d.type ?? 'Document'}: ${d.title}`,
              identifiers: [{ kind: 'federal-register', number: d.document_number }],
            });
          });
          const nextUrl = (body as { next_page_url?: unknown }).next_page_url;
          next = typeof nextUrl === 'string' && nextUrl !== '' ? nextUrl : null;
        }
        ctx.covered(agency);
      } catch (error) {
        if (!(error instanceof SourceError) || error.kind === 'unauthorized') throw error;
        ctx.error(`${agency}: ${error.message}`);
      }
    }
    return found;
  },
};

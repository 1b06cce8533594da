/**
 * Mexico's Diario Oficial de la Federación (DOF), through the open-data service of its publisher,
 * the Secretaría de Gobernación (SIDOF; no key): the notes (decrees, agreements, notices)
 * published on each day since the last run (`/dof/sidof/notas/DD-MM-YYYY`, at most two weeks a
 * run), in its morning, evening and extraordinary editions. The day's list gives each note's
 * title and issuing body; the full text of a note that matched (`/dof/sidof/notas/nota/<code>`)
 * gives the excerpt. A lead links to the note's page on dof.gob.mx.
 *
 * Documentation: https://sidof.segob.gob.mx/datos_abiertos (the service's open-data page, which
 * lists the services and shows sample responses; the fields used here are read from those samples
 * and from how the service answers: see tests/fixtures/monitor/dof/README.md for what is inferred).
 */
import { z } from '@/lib/zod';
import { SourceError } from '../http';
import { htmlToText } from '../text';
import type { Adapter, Candidate } from '../types';
import { agenciesFor, agenciesNamed, readRecord } from './common';

export const SIDOF_API = 'https://sidof.segob.gob.mx/dof/sidof';
const MAX_DAYS = 14;
const EDITIONS = ['NotasMatutinas', 'NotasVespertinas', 'NotasExtraordinarias'] as const;

const note = z.object({
  codNota: z.union([z.number(), z.string().check(z.regex(/^\d+$/, 'is not a note code'))]),
  titulo: z.string(),
  fecha: z.string().check(z.regex(/^\d{2}-\d{2}-\d{4}$/, 'is not a date like 01-12-2026')),
  codOrgaDos: z.optional(z.nullable(z.string())),
  nombreCodOrgaUno: z.optional(z.nullable(z.string())),
});

/** The days from `since` to `today`, both included (YYYY-MM-DD). */
export function daysBetween(since: string, today: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${since}T00:00:00Z`); t <= Date.parse(`${today}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

const ddmmyyyy = (isoDay: string) => isoDay.split('-').reverse().join('-');

export const dof: Adapter = {
  id: 'dof',
  name: 'Diario Oficial de la Federación',
  docs: 'https://sidof.segob.gob.mx/datos_abiertos',
  queries: (watch) => agenciesFor(watch, 'dof'),
  async run(ctx) {
    const queries = agenciesFor(ctx.watch, 'dof');
    if (queries.length === 0) return [];
    const since = queries.map((q) => ctx.since(q)).sort()[0] ?? ctx.today;
    let days = daysBetween(since, ctx.today);
    if (days.length > MAX_DAYS) {
      ctx.note(
        `the last full check was before ${days[0] ?? since}: reading the latest ${String(MAX_DAYS)} days only`,
      );
      days = days.slice(-MAX_DAYS);
    }
    // The service answers only to a plain Accept header (it refuses application/json with a 406).
    const headers = { accept: '*/*' };
    const found: Candidate[] = [];
    // A gap longer than two weeks is said in a note; the days read are then the ones checked.
    let complete = true;
    for (const isoDay of days) {
      let body: unknown;
      try {
        body = await ctx.http.getJson(`${SIDOF_API}/notas/${ddmmyyyy(isoDay)}`, headers);
      } catch (error) {
        if (!(error instanceof SourceError) || error.kind === 'unauthorized') throw error;
        ctx.error(`${isoDay}: ${error.message}`);
        complete = false;
        continue;
      }
      const answer = body as { messageCode?: unknown; response?: unknown } | null;
      if (
        typeof answer !== 'object' ||
        answer === null ||
        (answer.messageCode !== undefined && answer.messageCode !== 200)
      ) {
        ctx.error(
          `${isoDay}: the service answered ${JSON.stringify(answer?.messageCode ?? body)} (${JSON.stringify(answer?.response ?? null)})`,
        );
        complete = false;
        continue;
      }
      if (!EDITIONS.some((e) => Array.isArray((body as Record<string, unknown>)[e]))) {
        ctx.error(
          `${isoDay}: the answer has none of ${EDITIONS.join(', ')}: the service’s format may have changed`,
        );
        complete = false;
        continue;
      }
      for (const edition of EDITIONS) {
        const list = (body as Record<string, unknown>)[edition];
        if (!Array.isArray(list)) continue;
        list.forEach((raw: unknown, i) => {
          const read = readRecord(note, raw);
          if (!read.ok) {
            ctx.skip(`${isoDay}, ${edition}, note ${String(i + 1)}`, read.reason);
            return;
          }
          const n = read.value;
          const title = n.titulo.replace(/\s+/g, ' ').trim();
          // Section headings come as notes without a title.
          if (title === '') return;
          const code = String(n.codNota);
          const [dd, mm, yyyy] = n.fecha.split('-');
          const date = `${yyyy ?? ''}-${mm ?? ''}-${dd ?? ''}`;
          const bodies = [n.nombreCodOrgaUno, n.codOrgaDos].filter(
            (b): b is string => !!b && b.trim() !== '',
          );
          found.push({
            source: 'dof',
            key: `dof:${code}`,
            name: `${date}-${code}`,
            url: `https://www.dof.gob.mx/nota_detalle.php?codigo=${code}&fecha=${dd ?? ''}/${mm ?? ''}/${yyyy ?? ''}`,
            title,
            date,
            language: 'es',
            publisher: {
              en: 'Diario Oficial de la Federación (Mexico)',
              es: 'Diario Oficial de la Federación',
            },
            kind: 'government',
            agencies: agenciesNamed(ctx.watch, 'dof', bodies),
            text: `${title}\n${bodies.join('\n')}`,
            // Until its full text is read (`more`), the note's own title is the excerpt.
            body: title,
            identifiers: [],
            more: async () => {
              const detail = (await ctx.http.getJson(`${SIDOF_API}/notas/nota/${code}`, headers)) as {
                Nota?: { cadenaContenido?: unknown };
              } | null;
              const html = detail?.Nota?.cadenaContenido;
              return typeof html === 'string' ? htmlToText(html) : '';
            },
          });
        });
      }
    }
    if (complete) for (const q of queries) ctx.covered(q);
    return found;
  },
};

import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { FAILURES, failures, runAdapter, fixtureServer } from '../test-monitor';
import { daysBetween, dof, SIDOF_API } from './dof';

const server = fixtureServer();

describe('the Diario Oficial de la Federación adapter', () => {
  it('reads each day since the last run, every edition, with a plain Accept header', async () => {
    const asked: Request[] = [];
    server.events.on('request:start', ({ request }) => asked.push(request.clone()));
    const run = await runAdapter(dof, { since: '2026-11-27', today: '2026-12-01' });
    expect(asked.map((r) => new URL(r.url).pathname)).toEqual([
      '/dof/sidof/notas/27-11-2026',
      '/dof/sidof/notas/28-11-2026',
      '/dof/sidof/notas/29-11-2026',
      '/dof/sidof/notas/30-11-2026',
      '/dof/sidof/notas/01-12-2026',
    ]);
    expect(asked.every((r) => r.headers.get('accept') === '*/*')).toBe(true);
    expect(run.covered).toEqual(['sre']);
    // The section heading (a note without a title) is left out.
    expect(run.candidates.map((c) => c.key)).toEqual([
      'dof:5798949',
      'dof:5799002',
      'dof:5799003',
      'dof:5799004',
    ]);
    expect(run.candidates[1]).toMatchObject({
      name: '2026-11-30-5799002',
      date: '2026-11-30',
      url: 'https://www.dof.gob.mx/nota_detalle.php?codigo=5799002&fecha=30/11/2026',
      language: 'es',
      agencies: ['mexico-gov', 'sre'],
      publisher: { en: 'Diario Oficial de la Federación (Mexico)', es: 'Diario Oficial de la Federación' },
    });
  });

  it('reads the full text of a note for its excerpt, decoding its HTML', async () => {
    const run = await runAdapter(dof, { since: '2026-11-30', today: '2026-11-30' });
    const note = run.candidates.find((c) => c.key === 'dof:5799002');
    expect(await note?.more?.()).toContain('sancionar el tráfico ilícito de armas de fuego');
  });

  it('skips and reports a note whose field changed', async () => {
    const run = await runAdapter(dof, { since: '2026-11-27', today: '2026-11-27' });
    expect(run.skipped).toEqual([
      {
        record: '2026-11-27, NotasMatutinas, note 2',
        reason: "fecha is missing (the API's format may have changed)",
      },
    ]);
  });

  it('reports an answer without editions, or with an error code', async () => {
    server.use(
      http.get(`${SIDOF_API}/notas/:day`, () =>
        HttpResponse.json({ messageCode: 200, response: 'OK', Notas: [] }),
      ),
    );
    expect(failures(await runAdapter(dof, { since: '2026-12-01', today: '2026-12-01' }))).toMatch(
      /2026-12-01: the answer has none of NotasMatutinas, NotasVespertinas, NotasExtraordinarias/,
    );
    server.use(
      http.get(`${SIDOF_API}/notas/:day`, () =>
        HttpResponse.json({ messageCode: 400, response: 'BAD_REQUEST' }),
      ),
    );
    expect(failures(await runAdapter(dof, { since: '2026-12-01', today: '2026-12-01' }))).toMatch(
      /the service answered 400 \("BAD_REQUEST"\)/,
    );
  });

  it('reads at most two weeks when the last full check is older, and says so', async () => {
    const run = await runAdapter(dof, { since: '2026-10-01', today: '2026-12-01' });
    expect(run.requests).toBe(14);
    expect(run.notes).toEqual(['the last full check was before 2026-10-01: reading the latest 14 days only']);
    expect(daysBetween('2026-11-30', '2026-12-01')).toEqual(['2026-11-30', '2026-12-01']);
  });

  it.each(FAILURES)(
    'reports a service %s for each day, and never crashes',
    async (_what, answer, message) => {
      server.use(http.get(`${SIDOF_API}/notas/:day`, answer));
      const run = await runAdapter(dof, { since: '2026-11-30', today: '2026-12-01' });
      expect(run.thrown).toBeUndefined();
      expect(run.errors).toHaveLength(2);
      expect(failures(run)).toMatch(message);
      expect(run.covered).toEqual([]);
    },
  );
});

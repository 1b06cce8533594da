import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { http, HttpResponse } from 'msw';
import { compileContent } from '../content/compile';
import { writeFileAtomic } from './atomic';
import { FIXTURE_NOW, FIXTURE_SECRETS } from './fixtures';
import { inboxIds, readLead } from './leads';
import { formatSummary, MonitorConfigError, runMonitor, type RunSummary } from './runner';
import { FEDERAL_REGISTER_API } from './sources/federal-register';
import { readState } from './state';
import { fixtureServer } from './test-monitor';

const server = fixtureServer();

/** The watch list of these tests (the real one is the editors'; it may change). */
const WATCH = `congress: 119
agencies:
  atf: { federal-register: [alcohol-tobacco-firearms-and-explosives-bureau] }
  bis: { federal-register: [industry-and-security-bureau] }
  doj: { doj-press: ["*"] }
  mexico-gov: { dof: ["*"] }
  sre: { dof: [SECRETARIA DE RELACIONES EXTERIORES] }
storylines:
  mexico-v-arizona-dealers:
    except: [CV-22-00472-TUC-RM]
  congress-southbound-legislation: {}
  engaged-in-the-business:
    fromEvents: false
    watch:
      - agencies: [atf]
        terms: { en: [engaged in the business] }
  firearms-export-controls:
    watch:
      - agencies: [bis]
        terms: { en: [firearms] }
  operation-southbound:
    watch:
      - agencies: [doj]
        terms: { en: [Operation Southbound] }
  mexico-arms-law-reform:
    watch:
      - agencies: [mexico-gov]
        terms: { es: [Ley Federal de Armas de Fuego y Explosivos] }
  mexico-diplomatic-campaign:
    watch:
      - agencies: [sre]
        terms: { es: [tráfico ilícito de armas] }
`;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A copy of the real content folder, with the test watch list and an empty memory. */
function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'irt-runner-'));
  dirs.push(dir);
  const root = join(dir, 'content');
  cpSync(new URL('../../content', import.meta.url), root, { recursive: true });
  writeFileSync(join(root, 'monitor/watch.yaml'), WATCH);
  writeFileSync(join(root, 'monitor/state.yaml'), 'checked: {}\nseen: {}\n');
  for (const id of inboxIds(root)) rmSync(join(root, 'inbox', `${id}.yaml`));
  return root;
}

const run = (root: string, env: Record<string, string | undefined> = FIXTURE_SECRETS) =>
  runMonitor({ root, now: FIXTURE_NOW, env, http: { sleep: () => Promise.resolve(), timeoutMs: 200 } });

/** Every file under `root` and a hash of its bytes, but the inbox and the monitor's memory. */
function fingerprints(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(root);
  for (const key of [...out.keys()])
    if (key.startsWith('inbox/') || key === 'monitor/state.yaml') out.delete(key);
  return out;
}

const bySource = (s: RunSummary) => Object.fromEntries(s.sources.map((x) => [x.source, x]));

describe('a monitor run', { timeout: 30_000 }, () => {
  it('writes each matching document as a lead, and says per source what it returned, matched and skipped', async () => {
    const root = copyContent();
    const summary = await run(root);
    expect(summary.leads.map((l) => l.id)).toEqual([
      'federal-register-2026-99101',
      'federal-register-2026-99201',
      'courtlistener-entry-390000115',
      'courtlistener-entry-390000114',
      'doj-press-2026-11-28-b52d0f81',
      'doj-press-2026-11-26-e8503cb4',
      'congress-119-s367-2026-11-30',
      'dof-2026-11-30-5799002',
      'dof-2026-11-30-5799003',
    ]);
    expect(inboxIds(root)).toEqual([...summary.leads.map((l) => l.id)].sort());
    const s = bySource(summary);
    expect(s['federal-register']).toMatchObject({
      status: 'ok',
      since: '2026-11-24',
      returned: 4,
      matched: 2,
      written: 2,
      duplicates: 1,
      skipped: [
        {
          record: 'atf page 2, result 3',
          reason: "publication_date is missing (the API's format may have changed)",
        },
      ],
      checked: ['atf', 'bis'],
    });
    expect(s['doj-press']).toMatchObject({
      status: 'ok',
      returned: 4,
      matched: 2,
      written: 2,
      duplicates: 1,
    });
    expect(s.congress).toMatchObject({
      status: 'ok',
      matched: 1,
      written: 1,
      checked: ['119 H.R. 923', '119 S. 1138', '119 S. 367'],
    });
    expect(s.dof).toMatchObject({ status: 'ok', returned: 4, matched: 2, written: 2 });

    const lead = readLead(root, 'doj-press-2026-11-26-e8503cb4');
    expect(lead).toMatchObject({
      source: 'doj-press',
      url: 'https://www.justice.gov/opa/pr/fixture-attorney-general-statement-stop-arming-cartels-act',
      title: 'Fixture: Attorney General Statement on the Stop Arming Cartels Act (S. 367)',
      date: '2026-11-26',
      storylines: ['congress-southbound-legislation'],
      why: [{ storyline: 'congress-southbound-legislation', reason: 'cites S. 367 (119th Congress)' }],
      excerpt:
        'Fixture release. The Attorney General issued a statement on S. 367, the Stop Arming Cartels Act.',
    });
    // A matched DOF note's excerpt is from its full text.
    expect(readLead(root, 'dof-2026-11-30-5799002').excerpt).toContain(
      'sancionar el tráfico ilícito de armas de fuego',
    );
    expect(formatSummary(summary, root)).toMatch(/^9 new leads in the inbox:$/m);
  });

  it('is idempotent: a second run writes nothing new, nor does a lead whose memory was lost', async () => {
    const root = copyContent();
    await run(root);
    const first = readFileSync(join(root, 'inbox', 'federal-register-2026-99101.yaml'), 'utf8');
    const again = await run(root);
    expect(again.leads).toEqual([]);
    expect(bySource(again)['federal-register']).toMatchObject({ since: '2026-11-30', seen: 2, written: 0 });
    // The memory lost (an interrupted run): the lead file itself is recognised.
    writeFileSync(join(root, 'monitor/state.yaml'), 'checked: {}\nseen: {}\n');
    const third = await run(root);
    expect(third.leads).toEqual([]);
    expect(readFileSync(join(root, 'inbox', 'federal-register-2026-99101.yaml'), 'utf8')).toBe(first);
    expect(Object.keys(readState(root).state.seen)).toHaveLength(9);
    // Whole files only: no temporary file is left behind.
    expect(readdirSync(join(root, 'inbox')).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('never touches published records: every other content file is byte-identical after a run', async () => {
    const root = copyContent();
    const before = fingerprints(root);
    await run(root);
    expect(fingerprints(root)).toEqual(before);
  });

  it('skips a source whose key is not set, saying which, and runs the others', async () => {
    const root = copyContent();
    const summary = await run(root, {});
    const s = bySource(summary);
    expect(s.courtlistener).toMatchObject({
      status: 'skipped',
      message:
        'skipped: COURTLISTENER_TOKEN is not set (a CourtListener API token (free, from your CourtListener profile); see the README, "Keeping the tracker current")',
      requests: 0,
    });
    expect(s.congress?.message).toMatch(/^skipped: CONGRESS_API_KEY is not set/);
    expect(s['federal-register']?.written).toBe(2);
    expect(readState(root).state.checked.courtlistener).toBeUndefined();
  });

  it('reports a source that fails, keeps its last check, and goes on with the others', async () => {
    const root = copyContent();
    server.use(http.get(FEDERAL_REGISTER_API, () => new HttpResponse('down', { status: 503 })));
    const summary = await run(root);
    const s = bySource(summary);
    expect(s['federal-register']).toMatchObject({ status: 'failed', written: 0, checked: [] });
    expect(s['federal-register']?.errors).toEqual([
      'atf: www.federalregister.gov/api/v1/documents.json answered HTTP 503 (a server error); gave up after 3 attempts',
      'bis: www.federalregister.gov/api/v1/documents.json answered HTTP 503 (a server error); gave up after 3 attempts',
    ]);
    expect(s.dof?.written).toBe(2);
    expect(readState(root).state.checked['federal-register']).toBeUndefined();
  });

  it('does not write a lead for a document the tracker cites already', async () => {
    const root = copyContent();
    mkdirSync(join(root, 'sources'), { recursive: true });
    writeFileSync(
      join(root, 'sources', 'fixture-bis-correction.yaml'),
      'publisher: Federal Register\ntitle: A correction\ndate: 2026-11-27\nurl: https://www.federalregister.gov/documents/2026/11/27/2026-99201/fixture-revision-of-firearms-license-requirements-correction\nkind: government\nlanguage: en\n',
    );
    const summary = await run(root);
    expect(bySource(summary)['federal-register']).toMatchObject({ matched: 2, known: 1, written: 1 });
  });

  it('stops before asking anyone when the watch file has a problem', async () => {
    const root = copyContent();
    writeFileSync(join(root, 'monitor/watch.yaml'), `${WATCH}  no-such-storyline: {}\n`);
    await expect(run(root)).rejects.toBeInstanceOf(MonitorConfigError);
    expect(inboxIds(root)).toEqual([]);
  });

  it('gives the compiler each watched storyline’s last full check (monitorChecked)', async () => {
    const root = copyContent();
    await run(root);
    const { data, problems } = compileContent(root, join(root, '..'));
    expect(problems).toEqual([]);
    const storylines = data?.storylines as { id: string; monitorChecked?: string; lastChecked?: string }[];
    const dated = Object.fromEntries(
      storylines.filter((s) => s.monitorChecked).map((s) => [s.id, s.monitorChecked]),
    );
    expect(dated).toEqual({
      'mexico-v-arizona-dealers': '2026-12-01',
      'congress-southbound-legislation': '2026-12-01',
      'engaged-in-the-business': '2026-12-01',
      'firearms-export-controls': '2026-12-01',
      'operation-southbound': '2026-12-01',
      'mexico-arms-law-reform': '2026-12-01',
      'mexico-diplomatic-campaign': '2026-12-01',
    });
    expect(storylines.find((s) => s.id === 'bsca')?.monitorChecked).toBeUndefined();
  });
});

describe('writing a file atomically', () => {
  it('leaves the old file, and no temporary one, when the write fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'irt-atomic-'));
    dirs.push(dir);
    writeFileAtomic(join(dir, 'a.yaml'), 'one\n');
    writeFileAtomic(join(dir, 'a.yaml'), 'two\n');
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('two\n');
    mkdirSync(join(dir, 'b.yaml'));
    expect(() => {
      writeFileAtomic(join(dir, 'b.yaml'), 'three\n');
    }).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml']);
    expect(existsSync(join(dir, 'b.yaml'))).toBe(true);
  });
});

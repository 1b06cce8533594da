import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileContent } from '../content/compile';
import { formatProblem } from '../content/problems';
import { BASE, contentDir, removeContentDirs } from '../content/test-content';
import { acceptLead, dismissLead } from './accept';
import { inboxIds, LeadError, writeLead, type Lead } from './leads';
import { readState, writeState } from './state';

afterEach(removeContentDirs);

const LEAD: Lead = {
  id: 'federal-register-2026-99101',
  source: 'federal-register',
  document: 'federal-register:2026-99101',
  url: 'https://www.federalregister.gov/documents/2026/11/30/2026-99101/fixture-definition',
  title: 'Fixture: Definition of "Engaged in the Business" as a Dealer in Firearms',
  date: '2026-11-30',
  publisher: 'Federal Register (Bureau of Alcohol, Tobacco, Firearms, and Explosives)',
  kind: 'government',
  language: 'en',
  excerpt: 'Fixture: the definition of when a person is engaged in the business…',
  storylines: ['bsca'],
  why: [{ storyline: 'bsca', reason: 'the term "engaged in the business" in a document of atf' }],
  agencies: ['atf'],
  identifiers: [{ kind: 'federal-register', number: '2026-99101' }],
  found: '2026-12-01T12:00:00Z',
};

/** The base content with the lead in its inbox, and the memory that wrote it. */
function withLead(lead: Lead = LEAD, changes: Record<string, string> = {}) {
  const dir = contentDir(changes);
  const root = join(dir, 'content');
  writeLead(root, lead);
  writeState(root, {
    checked: {},
    seen: { [lead.document]: { lead: lead.id, found: '2026-12-01', status: 'lead' } },
  });
  return { dir, root, check: () => compileContent(root, dir).problems.map(formatProblem) };
}

describe('npm run data:accept', () => {
  it('writes a draft event and its source from the lead, which the check refuses until an editor finishes it', () => {
    const { root, check } = withLead();
    const done = acceptLead(root, LEAD.id, { today: '2026-11-21' });
    expect(done).toMatchObject({ event: LEAD.id, source: LEAD.id, reusedSource: false, storyline: 'bsca' });
    expect(inboxIds(root)).toEqual([]);
    expect(readState(root).state.seen[LEAD.document]).toEqual({
      lead: LEAD.id,
      found: '2026-12-01',
      status: 'accepted',
      decided: '2026-11-21',
      event: LEAD.id,
    });
    const source = readFileSync(join(root, 'sources', `${LEAD.id}.yaml`), 'utf8');
    expect(source).toContain(`url: ${LEAD.url}\n`);
    expect(source).toContain(
      'quote: "Fixture: the definition of when a person is engaged in the business"\n',
    );
    const draft = readFileSync(done.eventFile, 'utf8');
    for (const line of [
      'date: 2026-11-30 #',
      'storyline: bsca #',
      'stage: signed #',
      `  - ${LEAD.id}\n`,
      'identifiers:\n  - kind: federal-register\n    number: 2026-99101\n',
      'draft: true #',
      `lead: ${LEAD.id}\n`,
      'actors: [atf] #',
    ])
      expect(draft).toContain(line);
    expect(check()).toEqual([
      `content/events/${LEAD.id}.yaml:7 title.es: is empty`,
      `content/events/${LEAD.id}.yaml:9 summary.en: is empty`,
      `content/events/${LEAD.id}.yaml:10 summary.es: is empty`,
      `content/events/${LEAD.id}.yaml:11 category: "TODO" is not one of: enforcement, funding, legislation, litigation, designation, diplomacy, executive-action, report, investigation`,
      `content/events/${LEAD.id}.yaml:16 verification: "TODO" is not one of: confirmed, single-source, disputed`,
      `content/events/${LEAD.id}.yaml:29 draft: is a draft: write its summary in both languages, set its verification, then remove \`draft: true\``,
    ]);

    // Reviewed: written in both languages, verified, the draft flag removed; it publishes, saying where it came from.
    const reviewed = draft
      .replace(/ {2}es: ""\nsummary/, '  es: La ATF reabre los comentarios\nsummary')
      .replace(
        /summary: (.*)\n {2}en: ""\n {2}es: ""/,
        'summary: $1\n  en: ATF reopens comments.\n  es: La ATF reabre los comentarios.',
      )
      .replace('category: TODO', 'category: executive-action')
      .replace('verification: TODO', 'verification: single-source')
      .replace(/^draft: true.*\n/m, '');
    writeFileSync(done.eventFile, reviewed);
    const { data, problems } = compileContent(root, join(root, '..'));
    expect(problems.map(formatProblem)).toEqual([]);
    expect((data?.events as { id: string; lead?: string }[]).find((e) => e.id === LEAD.id)?.lead).toBe(
      LEAD.id,
    );
  });

  it('cites the existing source when the tracker has the document already, and can name the event', () => {
    const lead = { ...LEAD, url: 'https://www.gao.gov/products/gao-21-322' };
    const { root } = withLead(lead);
    const done = acceptLead(root, `content/inbox/${LEAD.id}.yaml`, {
      id: 'atf-reopens-comments',
      today: '2026-11-21',
    });
    expect(done).toMatchObject({ event: 'atf-reopens-comments', source: 'gao-report', reusedSource: true });
    expect(existsSync(join(root, 'sources', `${LEAD.id}.yaml`))).toBe(false);
    expect(readFileSync(done.eventFile, 'utf8')).toContain('sources:\n  - gao-report\n');
  });

  it('says which leads there are when the one asked for is not there, and never overwrites an event', () => {
    const { root } = withLead();
    expect(() => acceptLead(root, 'no-such-lead')).toThrow(
      new LeadError(
        `There is no lead "no-such-lead" in ${join(root, 'inbox')}/; the leads there: ${LEAD.id}`,
      ),
    );
    expect(() => acceptLead(root, LEAD.id, { id: 'bsca-signed' })).toThrow(
      /exists already: give the draft another id/,
    );
    expect(inboxIds(root)).toEqual([LEAD.id]);
  });

  it('refuses to go on when the monitor’s memory has a problem (it would be lost)', () => {
    const { root } = withLead(LEAD, {});
    writeFileSync(join(root, 'monitor', 'state.yaml'), 'seen:\n  x: { lead: Not An Id }\n');
    expect(() => acceptLead(root, LEAD.id)).toThrow(LeadError);
    expect(inboxIds(root)).toEqual([LEAD.id]);
  });
});

describe('npm run data:dismiss', () => {
  it('keeps why the lead was not taken in the memory, and takes it out of the inbox', () => {
    const { root } = withLead();
    dismissLead(root, LEAD.id, 'A paperwork notice, not a policy change', { today: '2026-12-02' });
    expect(inboxIds(root)).toEqual([]);
    expect(readState(root).state.seen[LEAD.document]).toEqual({
      lead: LEAD.id,
      found: '2026-12-01',
      status: 'dismissed',
      decided: '2026-12-02',
      why: 'A paperwork notice, not a policy change',
    });
  });

  it('needs a reason', () => {
    const { root } = withLead();
    expect(() => dismissLead(root, LEAD.id, '  ')).toThrow(/Say why the lead is not taken/);
    expect(inboxIds(root)).toEqual([LEAD.id]);
  });
});

// The base content has no monitor folder: nothing about the monitor is required of it.
it('leaves content without a monitor folder as it was', () => {
  const dir = contentDir();
  expect(existsSync(join(dir, 'content', 'monitor'))).toBe(false);
  expect(compileContent(join(dir, 'content'), dir).problems).toEqual([]);
  expect(BASE['monitor/watch.yaml']).toBeUndefined();
});

import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileContent } from './compile';
import { formatProblem } from './problems';
import { BASE, contentDir, edit, removeContentDirs } from './test-content';

afterEach(removeContentDirs);

/** An expected message: the exact text, or a pattern it matches. */
const matcher = (message: string | RegExp): unknown =>
  typeof message === 'string' ? message : (expect.stringMatching(message) as unknown);

/** Compiles the base content with `changes` applied. */
function compile(changes: Record<string, string | null> = {}) {
  const dir = contentDir(changes);
  const result = compileContent(join(dir, 'content'), dir);
  return { ...result, messages: result.problems.map(formatProblem) };
}

describe('the content compiler', () => {
  it('publishes valid content as the contract, with derived stages, dates and change log', () => {
    const { data, messages } = compile();
    expect(messages).toEqual([]);
    const storyline = (
      data?.storylines as { stages: { id: string; events: string[] }[]; statusAsOf: string }[]
    )[0];
    expect(storyline?.stages.map((s) => [s.id, s.events])).toEqual([
      ['passed', ['bsca-passed']],
      ['signed', ['bsca-signed']],
    ]);
    expect(storyline?.statusAsOf).toBe('2022-06-25');
    const events = data?.events as { id: string; date: unknown; updated: string; identifiers?: unknown }[];
    expect(events.map((e) => e.id)).toEqual(['bsca-passed', 'bsca-signed']);
    expect(events[1]).toMatchObject({
      date: { precision: 'day', start: '2022-06-25' },
      updated: '2026-11-21',
      identifiers: [{ kind: 'public-law', number: '117-159' }],
    });
    expect(data?.meta).toMatchObject({ datasetVersion: '2026.11.21', lastUpdated: '2026-11-21T12:00:00Z' });
  });

  it('derives each release’s changes and a correction’s reason, and the record’s last update', () => {
    const { data, messages } = compile({
      ...edit(
        'events/bsca-signed.yaml',
        'added: 2026-11-21\n',
        'added: 2026-11-21\ncorrections:\n  - date: 2026-12-01\n    reason:\n      en: The date was a day off.\n      es: La fecha tenía un día de diferencia.\n',
      ),
      'releases.yaml': `${BASE['releases.yaml'] ?? ''}- version: 2026.12.01\n  date: 2026-12-01\n  summary: { en: Corrections., es: Correcciones. }\n`,
    });
    expect(messages).toEqual([]);
    const meta = data?.meta as { changelog: { version: string; changes: unknown[] }[]; lastUpdated: string };
    expect(meta.lastUpdated).toBe('2026-12-01T00:00:00Z');
    expect(meta.changelog[1]).toEqual({
      version: '2026.12.01',
      date: '2026-12-01',
      summary: { en: 'Corrections.', es: 'Correcciones.' },
      changes: [
        {
          type: 'corrected',
          event: 'bsca-signed',
          note: { en: 'The date was a day off.', es: 'La fecha tenía un día de diferencia.' },
        },
      ],
    });
    expect((data?.events as { id: string; updated: string }[])[1]?.updated).toBe('2026-12-01');
  });

  it('cites a document whose title was never recorded by a description in square brackets', () => {
    const { data, messages } = compile(
      edit(
        'sources/gao-report.yaml',
        'title: Firearms Trafficking',
        'untitled: { en: A GAO report, es: Un informe de la GAO }',
      ),
    );
    expect(messages).toEqual([]);
    expect(
      (data?.sources as { id: string; title: string; untitled?: unknown }[]).find(
        (x) => x.id === 'gao-report',
      ),
    ).toMatchObject({
      title: '[A GAO report]',
      untitled: { en: 'A GAO report', es: 'Un informe de la GAO' },
    });
  });

  it('keeps a Spanish number and its "%" on one line (a no-break space between them)', () => {
    const { data, messages } = compile(
      edit(
        'storylines/bsca.yaml',
        'es: Creó los primeros delitos federales de tráfico.',
        'es: Creó delitos; el 59 % y el 60\u00a0% y 5 por ciento.',
      ),
    );
    expect(messages).toEqual([]);
    const storylines = data?.storylines as { id: string; whyItMatters: { en: string; es: string } }[];
    expect(storylines.find((x) => x.id === 'bsca')?.whyItMatters.es).toBe(
      'Creó delitos; el 59\u00a0% y el 60\u00a0% y 5 por ciento.',
    );
  });

  it('publishes the monitor lead an event came from (an optional field of the contract)', () => {
    const { data, messages } = compile(
      edit(
        'events/bsca-signed.yaml',
        'added: 2026-11-21',
        'lead: federal-register-2026-99101\nadded: 2026-11-21',
      ),
    );
    expect(messages).toEqual([]);
    const events = data?.events as { id: string; lead?: string }[];
    expect(events.find((e) => e.id === 'bsca-signed')?.lead).toBe('federal-register-2026-99101');
    expect(events.find((e) => e.id === 'bsca-passed')).not.toHaveProperty('lead');
  });

  it('publishes a deck’s notes for its events (an optional field of the contract)', () => {
    const deck = BASE['decks/two.yaml'] ?? '';
    const { data, messages } = compile({
      'decks/two.yaml': `${deck}notes:\n  bsca-signed:\n    en: Pause here.\n    es: Haga una pausa aquí.\n`,
    });
    expect(messages).toEqual([]);
    const decks = data?.decks as { id: string; notes?: Record<string, unknown> }[];
    expect(decks[0]?.notes).toEqual({ 'bsca-signed': { en: 'Pause here.', es: 'Haga una pausa aquí.' } });
    expect((compile().data?.decks as object[])[0]).not.toHaveProperty('notes');
  });

  it('dates each watched storyline by the monitor’s latest check of all its watches (monitorChecked)', () => {
    const watch = [
      'congress: 119',
      'agencies:',
      '  atf: { federal-register: [alcohol-tobacco-firearms-and-explosives-bureau] }',
      'storylines:',
      '  bsca:',
      '    watch:',
      '      - agencies: [atf]',
      '        terms: { en: [straw purchase] }',
      '',
    ].join('\n');
    const state = (checked: string) => `checked:\n  federal-register:\n${checked}seen: {}\n`;
    const storyline = (changes: Record<string, string>) =>
      (compile(changes).data?.storylines as { monitorChecked?: string; lastChecked: string }[])[0];
    expect(
      storyline({
        'monitor/watch.yaml': watch,
        'monitor/state.yaml': state('    atf: 2026-11-30T06:00:00Z\n'),
      }),
    ).toMatchObject({ lastChecked: '2026-11-21', monitorChecked: '2026-11-30' });
    // Never checked (or no monitor at all): no date, rather than a date that covers nothing.
    expect(
      storyline({
        'monitor/watch.yaml': watch,
        'monitor/state.yaml': state('    bis: 2026-11-30T06:00:00Z\n'),
      }),
    ).not.toHaveProperty('monitorChecked');
    expect(storyline({})).not.toHaveProperty('monitorChecked');
  });

  // Each mistake an editor can make, and what they are told.
  it.each([
    [
      'an impossible date',
      edit('events/bsca-signed.yaml', 'date: 2022-06-25', 'date: 2022-13-25'),
      'content/events/bsca-signed.yaml:1 date: "2022-13-25" is not a real date',
    ],
    [
      '30 February',
      edit('events/bsca-signed.yaml', 'date: 2022-06-25', 'date: { start: 2022-02-30 }'),
      'content/events/bsca-signed.yaml:1 date.start: "2022-02-30" is not a real date',
    ],
    [
      'a date in another format',
      edit('events/bsca-signed.yaml', 'date: 2022-06-25', 'date: 25/06/2022'),
      'content/events/bsca-signed.yaml:1 date: "25/06/2022" is not a date: write it as 2022-06-25, 2022-06 or 2022',
    ],
    [
      'a period that ends before it starts',
      edit('events/bsca-signed.yaml', 'date: 2022-06-25', 'date:\n  start: 2022-06\n  end: 2021'),
      'content/events/bsca-signed.yaml:3 date.end: the period ends before it starts',
    ],
    [
      'a missing Spanish text',
      edit('events/bsca-signed.yaml', '  es: El presidente firma la ley\n', ''),
      'content/events/bsca-signed.yaml:2 title.es: is missing',
    ],
    [
      'an empty text',
      edit('events/bsca-signed.yaml', '  es: El presidente firma la ley', "  es: ''"),
      'content/events/bsca-signed.yaml:4 title.es: is empty',
    ],
    [
      'Spanish left as the English',
      edit(
        'events/bsca-signed.yaml',
        '  es: La ley crea los delitos de compra por prestanombres y de tráfico.',
        '  es: The law creates straw-purchase and trafficking crimes.',
      ),
      'content/events/bsca-signed.yaml:7 summary.es: is the English text again: translate it',
    ],
    [
      'a misspelt field',
      edit('events/bsca-signed.yaml', 'verification: confirmed', 'verificaton: confirmed'),
      [
        'content/events/bsca-signed.yaml:13 unknown field "verificaton" (did you mean "verification"?)',
        'content/events/bsca-signed.yaml:1 verification: is missing',
      ],
    ],
    [
      'a value not in the list',
      edit('events/bsca-signed.yaml', 'category: legislation', 'category: legislaton'),
      'content/events/bsca-signed.yaml:8 category: "legislaton" is not one of: enforcement, funding, legislation, litigation, designation, diplomacy, executive-action, report, investigation',
    ],
    [
      'a list written as one value',
      edit('events/bsca-signed.yaml', 'actors: [atf]', 'actors: atf'),
      'content/events/bsca-signed.yaml:10 actors: should be a list, not "atf"',
    ],
    [
      'no source',
      edit('events/bsca-signed.yaml', 'sources:\n  - gao-report', 'sources: []'),
      'content/events/bsca-signed.yaml:14 sources: needs at least one source: every event is sourced',
    ],
    [
      'a source that does not exist',
      edit('events/bsca-signed.yaml', '  - gao-report', '  - gao-reprot'),
      'content/events/bsca-signed.yaml:15 sources[0]: "gao-reprot" is not a source: there is no content/sources/gao-reprot.yaml',
    ],
    [
      'an actor that does not exist',
      edit('events/bsca-signed.yaml', 'actors: [atf]', 'actors: [atf, doj]'),
      'content/events/bsca-signed.yaml:10 actors[1]: "doj" is not a actor: there is no content/actors/doj.yaml',
    ],
    [
      'a stage its storyline does not have',
      edit('events/bsca-signed.yaml', 'stage: signed', 'stage: vetoed'),
      'content/events/bsca-signed.yaml:12 stage: "vetoed" is not a stage of bsca: its stages are passed, signed',
    ],
    [
      'a storyline without a stage',
      edit('events/bsca-signed.yaml', 'stage: signed\n', ''),
      'content/events/bsca-signed.yaml:11 storyline: an event in a storyline needs its stage (one of its stages’ ids)',
    ],
    [
      'a related event that does not exist, and one that is itself',
      edit('events/bsca-signed.yaml', 'events: [bsca-passed]', 'events: [bsca-signed, bsca-vote]'),
      [
        'content/events/bsca-signed.yaml:17 related.events[0]: an event cannot be related to itself',
        'content/events/bsca-signed.yaml:17 related.events[1]: "bsca-vote" is not a event: there is no content/events/bsca-vote.yaml',
      ],
    ],
    [
      'stages out of date order',
      edit('events/bsca-signed.yaml', 'date: 2022-06-25', 'date: 2022-06-01'),
      'content/storylines/bsca.yaml:19 stages[1].id: stages are out of date order: "signed" begins with bsca-signed (2022-06-01), before "passed" (bsca-passed, 2022-06-24)',
    ],
    [
      'a link that is not https',
      edit('sources/gao-report.yaml', 'url: https://www.gao.gov', 'url: http://www.gao.gov'),
      'content/sources/gao-report.yaml:4 url: "http://www.gao.gov/products/gao-21-322" is not an https address (links must start with https://)',
    ],
    [
      'a figure with no value',
      edit('metrics/shares.yaml', '    value: 70\n', ''),
      'content/metrics/shares.yaml:8 observations[0].value: needs a figure: a value, or a low and/or high',
    ],
    [
      'a figure listed twice',
      edit(
        'metrics/shares.yaml',
        'added: 2026-11-21',
        '  - id: gao-2014-2018\n    series: atf-traced\n    period: { start: 2019, end: 2019 }\n    value: 71\n    estimator: { en: ATF, es: ATF }\n    sources: [gao-report]\n    verification: confirmed\nadded: 2026-11-21',
      ),
      'content/metrics/shares.yaml:15 observations[1].id: the figure "gao-2014-2018" is listed twice',
    ],
    [
      'a headline card with no series to take its latest figure from',
      edit('metrics/shares.yaml', 'timeBased: true', 'timeBased: true\nheadline: { card: share }'),
      'content/metrics/shares.yaml:5 headline: needs a series: the card "share" shows the latest figure of one',
    ],
    [
      'a headline series the panel has no figure in',
      edit(
        'metrics/shares.yaml',
        'timeBased: true',
        'timeBased: true\nheadline: { card: share, series: atf-trace }',
      ),
      'content/metrics/shares.yaml:5 headline.series: no figure of this panel is in the series "atf-trace"',
    ],
    [
      'a malformed identifier',
      edit('events/bsca-signed.yaml', 'number: 117-159', 'number: PL 117-159'),
      'content/events/bsca-signed.yaml:21 identifiers[0].number: "PL 117-159" is not a public-law number like 117-159',
    ],
    [
      'a deck that lists an event twice',
      {
        'decks/two.yaml': (BASE['decks/two.yaml'] ?? '').replace(
          '[bsca-passed, bsca-signed]',
          '[bsca-passed, bsca-passed]',
        ),
      },
      'content/decks/two.yaml:3 events[1]: "bsca-passed" is in the deck twice',
    ],
    [
      'a deck note for an event the deck does not list',
      {
        'decks/two.yaml': `${BASE['decks/two.yaml'] ?? ''}notes:\n  bsca-vote: { en: Pause., es: Pausa. }\n`,
      },
      'content/decks/two.yaml:5 notes.bsca-vote: "bsca-vote" is not one of this deck\'s events: a note goes with an event of the deck',
    ],
    [
      'a deck note in English only',
      { 'decks/two.yaml': `${BASE['decks/two.yaml'] ?? ''}notes:\n  bsca-signed: { en: Pause. }\n` },
      'content/decks/two.yaml:5 notes.bsca-signed.es: is missing',
    ],
    [
      'a change after the latest release',
      edit('events/bsca-signed.yaml', 'added: 2026-11-21', 'added: 2026-12-02'),
      'content/events/bsca-signed.yaml:22 added: changed on 2026-12-02, after the latest release (2026.11.21, 2026-11-21): add a release to content/releases.yaml',
    ],
    [
      'a draft left unreviewed',
      edit('events/bsca-signed.yaml', 'added: 2026-11-21', 'added: 2026-11-21\ndraft: true'),
      'content/events/bsca-signed.yaml:23 draft: is a draft: write its summary in both languages, set its verification, then remove `draft: true`',
    ],
    [
      'a watch file naming a storyline that does not exist',
      { 'monitor/watch.yaml': 'congress: 119\nagencies: {}\nstorylines:\n  bsca-act: {}\n' },
      'content/monitor/watch.yaml:4 storylines.bsca-act: "bsca-act" is not a storyline: there is no content/storylines/bsca-act.yaml',
    ],
    [
      'a monitor memory with a moment that is not one',
      { 'monitor/state.yaml': 'checked:\n  federal-register:\n    atf: yesterday\n' },
      'content/monitor/state.yaml:3 checked.federal-register.atf: "yesterday" is not a UTC moment like 2026-12-01T06:00:00Z',
    ],
    [
      'broken YAML',
      edit(
        'events/bsca-signed.yaml',
        '  es: El presidente firma la ley',
        '  es: "El presidente firma la ley',
      ),
      /^content\/events\/bsca-signed\.yaml:\d+ the file is not valid YAML: Missing closing "quote/,
    ],
    [
      'a field written twice',
      edit('events/bsca-signed.yaml', 'category: legislation', 'category: legislation\ncategory: report'),
      'content/events/bsca-signed.yaml:9 a field is written twice',
    ],
    [
      'a tab to indent',
      edit(
        'events/bsca-signed.yaml',
        '  en: The President signs the BSCA',
        '\ten: The President signs the BSCA',
      ),
      /^content\/events\/bsca-signed\.yaml:3 /,
    ],
    [
      'a file name that is not an id',
      { 'events/BSCA Signed.yaml': BASE['events/bsca-signed.yaml'] ?? '' },
      /^content\/events\/BSCA Signed\.yaml the file name is the record's id/,
    ],
    [
      'a second source with the same address',
      { 'sources/gao-copy.yaml': BASE['sources/gao-report.yaml'] ?? '' },
      'content/sources/gao-report.yaml:4 url: is the address of gao-copy too: cite that source instead of a second copy',
    ],
    [
      'a placeholder where the title should be',
      edit(
        'sources/gao-report.yaml',
        'title: Firearms Trafficking',
        'title: (title not captured; a GAO report)',
      ),
      'content/sources/gao-report.yaml:2 title: is a placeholder, not the document’s title: write the real title, or describe the document under `untitled`',
    ],
    [
      'a description of an untitled document beside its title',
      edit(
        'sources/gao-report.yaml',
        'title: Firearms Trafficking',
        'title: Firearms Trafficking\nuntitled: { en: A GAO report, es: Un informe de la GAO }',
      ),
      'content/sources/gao-report.yaml:2 title: needs its title (or, only if the title was never recorded, `untitled: { en, es }` describing the document), not both',
    ],
    [
      'a file that is not YAML',
      { 'events/notes.txt': 'todo' },
      'content/events/notes.txt is not a .yaml file; content files end in .yaml',
    ],
    ['a missing releases file', { 'releases.yaml': null }, 'content/releases.yaml is missing'],
    [
      'a codebook that leaves a value unexplained',
      edit('codebook.yaml', '      - value: funding\n', '      - value: fundng\n'),
      [
        /^content\/codebook\.yaml:\d+ sections\[0\]\.entries: does not explain "funding"$/,
        /^content\/codebook\.yaml:\d+ sections\[0\]\.entries\[1\]\.value: "fundng" is not one of: enforcement, funding, /,
      ],
    ],
    [
      'releases out of order',
      {
        'releases.yaml': `${BASE['releases.yaml'] ?? ''}- version: 2026.11.01\n  date: 2026-11-01\n  summary: { en: Old., es: Vieja. }\n`,
      },
      'content/releases.yaml:7 [1].date: releases go oldest first, one a day: 2026.11.01 is not after 2026.11.21',
    ],
  ] as const)('names the file, line and field of %s', (_mistake, changes, expected) => {
    const { data, messages } = compile(changes);
    expect(data).toBeNull();
    const wanted = ((Array.isArray(expected) ? expected : [expected]) as (string | RegExp)[]).map(matcher);
    expect(messages).toHaveLength(wanted.length);
    for (const message of wanted) expect(messages).toContainEqual(message);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { formatProblem } from '../content/problems';
import { BASE, contentDir, removeContentDirs } from '../content/test-content';
import { coverageOf, loadWatch, monitorCheckedOf, parseBillNumber } from './watch';

afterEach(removeContentDirs);

/** The base content with a docket and two bills on bsca-signed, and this watch file. */
function load(watch: string, extra: Record<string, string> = {}) {
  const dir = contentDir({
    'events/bsca-signed.yaml': (BASE['events/bsca-signed.yaml'] ?? '').replace(
      'identifiers:\n',
      [
        'identifiers:',
        '  - { kind: docket, court: U.S. District Court for the District of Arizona, number: 4:22-cv-00472, caseName: Estados Unidos Mexicanos v. Diamondback Shooting Sports et al. }',
        '  - { kind: docket, court: U.S. District Court for the District of Arizona, number: CV-22-00472-TUC-RM }',
        '  - { kind: bill, congress: 119, number: S. 367 }',
        '  - { kind: bill, congress: 117, number: S. 2938 }',
        '',
      ].join('\n'),
    ),
    'monitor/watch.yaml': watch,
    ...extra,
  });
  const result = loadWatch(join(dir, 'content'), dir);
  return { ...result, messages: result.problems.map(formatProblem) };
}

const AGENCIES =
  'agencies:\n  atf:\n    federal-register: [alcohol-tobacco-firearms-and-explosives-bureau]\n';

describe('the watch list', () => {
  it('watches the dockets and current bills of a storyline’s events, and the terms the file adds', () => {
    const { watch, messages } = load(
      [
        'congress: 119',
        AGENCIES,
        'storylines:',
        '  bsca:',
        '    except: [CV-22-00472-TUC-RM]',
        '    bills: [{ congress: 119, number: H.R. 923 }]',
        '    watch:',
        '      - agencies: [atf]',
        '        terms: { en: [straw purchase], es: [compra por prestanombres] }',
        '        with: { en: [Mexico] }',
        '',
      ].join('\n'),
    );
    expect(messages).toEqual([]);
    expect(watch?.storylines).toEqual([
      {
        storyline: 'bsca',
        dockets: [
          {
            id: 'U.S. District Court for the District of Arizona 4:22-cv-00472',
            court: 'U.S. District Court for the District of Arizona',
            number: '4:22-cv-00472',
            caseName: 'Estados Unidos Mexicanos v. Diamondback Shooting Sports et al.',
          },
        ],
        // S. 2938 is of the 117th Congress, which has ended: not watched.
        bills: [
          { id: '119 S. 367', congress: 119, type: 's', number: 367, label: 'S. 367' },
          { id: '119 H.R. 923', congress: 119, type: 'hr', number: 923, label: 'H.R. 923' },
        ],
        watches: [
          { agencies: ['atf'], terms: ['straw purchase', 'compra por prestanombres'], with: ['Mexico'] },
        ],
      },
    ]);
  });

  it('leaves the events’ identifiers out with fromEvents: false', () => {
    const { watch } = load(`congress: 119\n${AGENCIES}storylines:\n  bsca:\n    fromEvents: false\n`);
    expect(watch?.storylines[0]).toMatchObject({ dockets: [], bills: [] });
  });

  it.each([
    [
      'a storyline that does not exist',
      'storylines:\n  bsca-x: {}\n',
      'content/monitor/watch.yaml:6 storylines.bsca-x: "bsca-x" is not a storyline: there is no content/storylines/bsca-x.yaml',
    ],
    [
      'an agency a watch does not define',
      'storylines:\n  bsca:\n    watch:\n      - agencies: [bis]\n        terms: { en: [firearms] }\n',
      'content/monitor/watch.yaml:8 storylines.bsca.watch[0].agencies[0]: "bis" has no entry under agencies: say there how each source names it',
    ],
    [
      'an exception that is not an identifier of the storyline',
      'storylines:\n  bsca:\n    except: [23-1141]\n',
      'content/monitor/watch.yaml:7 storylines.bsca.except[0]: "23-1141" is not a docket or bill number in the identifiers of bsca\'s events',
    ],
    [
      'a bill number the monitor cannot read',
      'storylines:\n  bsca:\n    bills: [{ congress: 119, number: Senate 367 }]\n',
      'content/monitor/watch.yaml:7 storylines.bsca.bills[0].number: "Senate 367" is not a bill number like S. 367 or H.R. 923',
    ],
    [
      'a watch with no terms',
      'storylines:\n  bsca:\n    watch:\n      - agencies: [atf]\n        terms: {}\n',
      'content/monitor/watch.yaml:9 storylines.bsca.watch[0].terms: needs at least one term, in en or es',
    ],
    [
      'a misspelt field',
      'storylines:\n  bsca:\n    exept: [x]\n',
      'content/monitor/watch.yaml:7 storylines.bsca: unknown field "exept"',
    ],
  ])('names the file, line and field of %s', (_mistake, storylines, expected) => {
    const { messages } = load(`congress: 119\n${AGENCIES}${storylines}`);
    expect(messages).toEqual([expected]);
  });

  it('refuses an agency that is not an actor, and "*" for the Federal Register', () => {
    const { messages } = load(
      'congress: 119\nagencies:\n  cia:\n    federal-register: ["*"]\nstorylines: {}\n',
    );
    expect(messages).toEqual([
      'content/monitor/watch.yaml:3 agencies.cia: "cia" is not an actor: there is no content/actors/cia.yaml',
      'content/monitor/watch.yaml:4 agencies.cia.federal-register: "*" (every document) is only for doj-press and dof: name the agency’s Federal Register slugs',
    ]);
  });

  it('reads bill numbers as people cite them', () => {
    expect(parseBillNumber('H.R. 923')).toEqual({ type: 'hr', number: 923 });
    expect(parseBillNumber('S.J.Res. 7')).toEqual({ type: 'sjres', number: 7 });
    expect(parseBillNumber('H. Con. Res. 12')).toEqual({ type: 'hconres', number: 12 });
    expect(parseBillNumber('117-159')).toBeNull();
  });

  it('dates a storyline by the latest check that covered every one of its watches', () => {
    const { watch } = load(
      `congress: 119\n${AGENCIES}storylines:\n  bsca:\n    except: [CV-22-00472-TUC-RM]\n    watch:\n      - agencies: [atf]\n        terms: { en: [straw purchase] }\n`,
    );
    const story = watch?.storylines[0];
    if (!watch || !story) throw new Error('no watch');
    expect(coverageOf(story, watch.agencies)).toEqual([
      { source: 'courtlistener', key: 'U.S. District Court for the District of Arizona 4:22-cv-00472' },
      { source: 'congress', key: '119 S. 367' },
      { source: 'federal-register', key: 'atf' },
    ]);
    const checked = {
      courtlistener: {
        'U.S. District Court for the District of Arizona 4:22-cv-00472': '2026-12-01T06:00:00Z',
      },
      congress: { '119 S. 367': '2026-11-29T06:00:00Z' },
      'federal-register': { atf: '2026-12-01T06:00:00Z' },
    };
    expect(monitorCheckedOf(story, watch.agencies, checked)).toBe('2026-11-29');
    // A watch never checked (a key nobody set): no date covers them all.
    expect(monitorCheckedOf(story, watch.agencies, { ...checked, congress: {} })).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { citedBills, matchCandidate, shortCaseName } from './match';
import { TEST_WATCH } from './test-monitor';
import type { Candidate } from './types';

const doc = (over: Partial<Candidate>): Candidate => ({
  source: 'doj-press',
  key: 'doj-press:x',
  name: 'x',
  url: 'https://www.justice.gov/opa/pr/x',
  title: 'A release',
  date: '2026-11-30',
  language: 'en',
  publisher: 'U.S. Department of Justice',
  kind: 'government',
  agencies: ['doj'],
  text: '',
  identifiers: [],
  ...over,
});

const why = (c: Candidate) => matchCandidate(c, TEST_WATCH).map((m) => [m.storyline, m.why]);

describe('matching a document to the storylines', () => {
  it('by agency and terms: the term and, when asked, one of the `with` terms', () => {
    expect(why(doc({ text: 'Firearms trafficking to Mexico: two men sentenced' }))).toEqual([
      ['southbound-interdiction', 'the term "firearms trafficking" with "Mexico" in a document of doj'],
    ]);
    // Without Mexico: not this storyline's.
    expect(why(doc({ text: 'Firearms trafficking ring in Ohio' }))).toEqual([]);
    // The agency matters: the same words from another agency are not a match.
    expect(why(doc({ agencies: ['atf'], text: 'firearms trafficking to Mexico' }))).toEqual([]);
  });

  it('in Spanish as in English: case, accents and punctuation do not count; whole words only', () => {
    const dof = (text: string) => doc({ source: 'dof', agencies: ['sre'], language: 'es', text });
    expect(why(dof('DECRETO ... para combatir el TRAFICO ILICITO DE ARMAS de fuego'))).toEqual([
      ['mexico-diplomatic-campaign', 'the term "tráfico ilícito de armas" in a document of sre'],
    ]);
    expect(why(dof('el tráfico ilícito de armamentos'))).toEqual([]);
    expect(why(doc({ agencies: ['bis'], text: 'Revision of Firearms License Requirements' }))[0]?.[0]).toBe(
      'firearms-export-controls',
    );
    expect(why(doc({ agencies: ['bis'], text: 'Revision of Firearmsmith rules' }))).toEqual([]);
  });

  it('by docket: an entry of a watched docket, a document citing its number, or naming the case', () => {
    const [arizona] = TEST_WATCH.storylines[0]?.dockets ?? [];
    expect(why(doc({ source: 'courtlistener', agencies: [], docket: arizona, text: 'ORDER' }))).toEqual([
      [
        'mexico-v-arizona-dealers',
        'an entry in the docket 4:22-cv-00472 (U.S. District Court for the District of Arizona)',
      ],
    ]);
    expect(why(doc({ text: 'A filing in No. 4:22-cv-00472, in Tucson' }))[0]?.[1]).toBe(
      'cites the docket 4:22-cv-00472 (U.S. District Court for the District of Arizona)',
    );
    expect(why(doc({ text: 'No. 14:22-cv-004721' }))).toEqual([]);
    expect(
      why(doc({ text: 'In Estados Unidos Mexicanos v. Diamondback Shooting Sports, the court…' }))[0]?.[1],
    ).toBe('names the case Estados Unidos Mexicanos v. Diamondback Shooting Sports');
  });

  it('by bill: an action on a watched bill, or a document of its Congress citing its number', () => {
    const [bill] = TEST_WATCH.storylines[1]?.bills ?? [];
    expect(why(doc({ source: 'congress', agencies: [], bill, text: 'Hearings held' }))).toEqual([
      ['congress-southbound-legislation', 'an action on S. 367 (119th Congress)'],
    ]);
    expect(why(doc({ text: 'a statement on S. 367, the Stop Arming Cartels Act' }))[0]?.[1]).toBe(
      'cites S. 367 (119th Congress)',
    );
    // S. 367 of another Congress is another bill.
    expect(why(doc({ date: '2021-03-01', text: 'a statement on S. 367' }))).toEqual([]);
    expect(why(doc({ text: 'under 18 U.S. 367 (not a bill)' }))).toEqual([]);
  });

  it('reads bill citations and shortens case names as documents do', () => {
    expect([...citedBills('H.R. 923, H.R.8427 and S.J.Res. 7; U.S. 12')]).toEqual([
      'hr 923',
      'hr 8427',
      'sjres 7',
    ]);
    expect(shortCaseName('Estados Unidos Mexicanos v. Smith & Wesson Brands, Inc.')).toBe(
      'Estados Unidos Mexicanos v. Smith & Wesson Brands',
    );
    expect(shortCaseName('Estados Unidos Mexicanos v. Diamondback Shooting Sports Inc et al')).toBe(
      'Estados Unidos Mexicanos v. Diamondback Shooting Sports',
    );
  });
});

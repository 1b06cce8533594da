import { describe, expect, it } from 'vitest';
import type { Identifier } from '@/data/identifiers';
import type { Lang } from '@/lib/i18n/langs';
import en from '../messages.en';
import es from '../messages.es';
import { identifierLink as linkIn, ordinal } from './identifiers';

const identifierLink = (id: Identifier, lang: Lang) => linkIn(id, lang, (lang === 'es' ? es : en).identifier);

describe('identifier links', () => {
  it('links a bill to congress.gov by Congress and type', () => {
    expect(identifierLink({ kind: 'bill', congress: 117, number: 'S. 2938' }, 'en')).toEqual({
      kind: 'Bill',
      label: 'S. 2938, 117th Congress',
      url: 'https://www.congress.gov/bill/117th-congress/senate-bill/2938',
      search: false,
    });
    expect(identifierLink({ kind: 'bill', congress: 118, number: 'H.R. 8427' }, 'es').url).toBe(
      'https://www.congress.gov/bill/118th-congress/house-bill/8427',
    );
    expect(identifierLink({ kind: 'bill', congress: 119, number: 'S.Res. 12' }, 'en').url).toBe(
      'https://www.congress.gov/bill/119th-congress/senate-resolution/12',
    );
    expect(identifierLink({ kind: 'bill', congress: 117, number: 'S. 2938' }, 'es').label).toBe(
      'S. 2938, 117.º Congreso',
    );
  });

  it('links public laws to govinfo, Federal Register documents and GAO reports to their pages', () => {
    expect(identifierLink({ kind: 'public-law', number: '117-159' }, 'en')).toMatchObject({
      label: 'Pub. L. 117-159',
      url: 'https://www.govinfo.gov/app/details/PLAW-117publ159',
    });
    expect(identifierLink({ kind: 'federal-register', number: '2024-07838' }, 'en').url).toBe(
      'https://www.federalregister.gov/d/2024-07838',
    );
    expect(identifierLink({ kind: 'report', number: 'GAO-21-322' }, 'en').url).toBe(
      'https://www.gao.gov/products/gao-21-322',
    );
    expect(identifierLink({ kind: 'report', number: 'I-2011-001' }, 'en').url).toBeNull();
  });

  it('links a Supreme Court docket to the Court, other dockets to a CourtListener search (said as such)', () => {
    expect(identifierLink({ kind: 'docket', court: 'U.S. Supreme Court', number: '23-1141' }, 'en')).toEqual({
      kind: 'Docket',
      label: 'No. 23-1141 (U.S. Supreme Court)',
      url: 'https://www.supremecourt.gov/docket/docketfiles/html/public/23-1141.html',
      search: false,
    });
    const district = identifierLink(
      { kind: 'docket', court: 'D. Ariz.', number: '4:22-cv-00472', caseName: 'X v. Y' },
      'es',
    );
    expect(district).toEqual({
      kind: 'Expediente',
      label: 'X v. Y, núm. 4:22-cv-00472 (D. Ariz.)',
      url: 'https://www.courtlistener.com/?type=r&q=%224%3A22-cv-00472%22',
      search: true,
    });
  });

  it('prefers the address the data gives, and shows identifiers without a known page unlinked', () => {
    expect(
      identifierLink({ kind: 'bill', congress: 117, number: 'S. 2938', url: 'https://example.org/b' }, 'en')
        .url,
    ).toBe('https://example.org/b');
    expect(identifierLink({ kind: 'executive-order', number: '14157' }, 'en')).toMatchObject({
      label: 'Executive Order 14157',
      url: null,
    });
  });

  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [101, '101st'],
    [112, '112th'],
    [117, '117th'],
    [121, '121st'],
  ])('writes %i as %s', (n, expected) => {
    expect(ordinal(n)).toBe(expected);
  });
});

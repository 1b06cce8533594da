import type { Identifier } from '@/data/identifiers';
import type { Lang } from '@/lib/i18n/langs';
import type { SourcesMessages } from '../messages';

/** An identifier as shown: its label, and a link to its official or standard page when there is one. */
export interface IdentifierLink {
  /** The kind of identifier, in the reader's language ("Bill", "Docket"). */
  kind: string;
  /** The identifier as people cite it ("S. 2938, 117th Congress"). */
  label: string;
  url: string | null;
  /** True when the link is a search for the identifier rather than its page. */
  search: boolean;
}

/** 117 → "117th" (congress.gov's path and English usage). */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13
      ? 'th'
      : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${String(n)}${suffix}`;
}

/** congress.gov's name for a bill's type, from its number as cited ("S. 2938", "H.R. 8427"). */
const BILL_TYPES: [RegExp, string][] = [
  [/^S\.\s*J\.\s*Res\./i, 'senate-joint-resolution'],
  [/^H\.\s*J\.\s*Res\./i, 'house-joint-resolution'],
  [/^S\.\s*Con\.\s*Res\./i, 'senate-concurrent-resolution'],
  [/^H\.\s*Con\.\s*Res\./i, 'house-concurrent-resolution'],
  [/^S\.\s*Res\./i, 'senate-resolution'],
  [/^H\.\s*Res\./i, 'house-resolution'],
  [/^H\.\s*R\./i, 'house-bill'],
  [/^S\./i, 'senate-bill'],
];

function billUrl(congress: number, number: string): string | null {
  const type = BILL_TYPES.find(([pattern]) => pattern.test(number.trim()));
  const digits = /(\d+)\s*$/.exec(number)?.[1];
  return type && digits
    ? `https://www.congress.gov/bill/${ordinal(congress)}-congress/${type[1]}/${digits}`
    : null;
}

/**
 * The label and link of an identifier. Links follow each publisher's stable address patterns:
 * congress.gov for bills, govinfo.gov for public laws, federalregister.gov for Federal Register
 * documents, gao.gov for GAO reports, supremecourt.gov for Supreme Court dockets, and a
 * CourtListener search for other dockets. A `url` in the data (from a source) comes first.
 */
export function identifierLink(id: Identifier, lang: Lang, w: SourcesMessages['identifier']): IdentifierLink {
  const kind = w.kind[id.kind];
  const number = id.number ?? '';
  const explicit = id.url ?? null;
  switch (id.kind) {
    case 'bill': {
      const congress = id.congress ?? 0;
      const label = `${number}, ${w.congress(congress)}`;
      return { kind, label, url: explicit ?? (congress ? billUrl(congress, number) : null), search: false };
    }
    case 'public-law': {
      const [congress, law] = number.split('-');
      return {
        kind,
        label: `${w.publicLaw} ${number}`,
        url:
          explicit ??
          (congress && law ? `https://www.govinfo.gov/app/details/PLAW-${congress}publ${law}` : null),
        search: false,
      };
    }
    case 'federal-register':
      return {
        kind,
        label: number,
        url: explicit ?? `https://www.federalregister.gov/d/${number}`,
        search: false,
      };
    case 'report':
      return {
        kind,
        label: number,
        url:
          explicit ??
          (/^GAO-\d{2}-\d+/i.test(number) ? `https://www.gao.gov/products/${number.toLowerCase()}` : null),
        search: false,
      };
    case 'docket': {
      const label = `${id.caseName ? `${id.caseName}, ` : ''}${w.number} ${number} (${id.court ?? ''})`;
      if (explicit) return { kind, label, url: explicit, search: false };
      if (/supreme/i.test(id.court ?? '') && /^\d{2}[A-Z]?-\d+$/.test(number))
        return {
          kind,
          label,
          url: `https://www.supremecourt.gov/docket/docketfiles/html/public/${number}.html`,
          search: false,
        };
      return {
        kind,
        label,
        url: `https://www.courtlistener.com/?type=r&q=${encodeURIComponent(`"${number}"`)}`,
        search: true,
      };
    }
    case 'reporter':
      return {
        kind,
        label: `${id.caseName ? `${id.caseName}, ` : ''}${id.citation ?? ''}`,
        url: explicit,
        search: false,
      };
    case 'executive-order':
      return {
        kind,
        label: `${w.executiveOrder} ${number}`,
        url: explicit,
        search: false,
      };
    case 'official-document':
      return {
        kind,
        label: `${id.issuer ? `${id.issuer[lang]}, ` : ''}${number}`,
        url: explicit,
        search: false,
      };
  }
}

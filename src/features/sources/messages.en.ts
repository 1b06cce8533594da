import { ordinal } from './lib/identifiers.ts';

/** What a citation's wording is given: the pieces already formatted in the reader's language. */
interface Cited {
  tracker: string;
  title: string;
  /** " (June 25, 2022)": the record's own date, or nothing. */
  on: string;
  version: string;
  url: string;
  /** The day of access, written out. */
  accessed: string;
  /** The dataset's release, written out (Chicago), or as APA dates it. */
  released: string;
}
interface CitedSource {
  publisher: string;
  title: string;
  /** "June 5, 2025. ": the document's date, or nothing. */
  dated: string;
  url: string;
  accessed: string;
  /** Where the tracker lists it (listed()). */
  listed: string;
}

/** Texts of citations and identifiers in English (their shape is the type every language follows). */
const en = {
  title: 'Cite this',
  format: 'Citation format',
  formats: {
    plain: 'Sentence',
    apa: 'APA',
    chicago: 'Chicago',
    bluebook: 'Bluebook',
    bibtex: 'BibTeX',
    ris: 'RIS',
  },
  shown: (format: string) => `Citation, ${format}`,
  copy: 'Copy citation',
  copied: 'Citation copied',
  copyFailed: 'Could not copy; select the text and copy it instead.',
  download: (format: string) => `Download ${format}`,
  accessed: (date: string) => `Accessed ${date}; dataset version and page address included.`,
  source: 'Cite this source',
  searchFor: (site: string) => `search ${site}`,
  /** How identifiers are named and written (features/sources/lib/identifiers.ts). */
  identifier: {
    kind: {
      bill: 'Bill',
      'public-law': 'Public law',
      'federal-register': 'Federal Register document',
      docket: 'Docket',
      reporter: 'Reporter citation',
      report: 'Report',
      'executive-order': 'Executive order',
      'official-document': 'Official document',
    },
    congress: (n: number) => `${ordinal(n)} Congress`,
    publicLaw: 'Pub. L.',
    number: 'No.',
    executiveOrder: 'Executive Order',
  },
  /** The wording of citations in this language (features/sources/lib/cite.ts); Bluebook is English only. */
  citation: {
    noDate: 'n.d.',
    /** APA's month and day: a long date without its year. */
    monthDay: (long: string) => long.replace(/,? \d{4}$/, ''),
    plain: (c: Cited) =>
      `“${c.title}”${c.on}. ${c.tracker}, dataset version ${c.version}. ${c.url} (accessed ${c.accessed}).`,
    apa: (c: Cited) =>
      `${c.tracker}. (${c.released}). ${c.title} [Dataset record, version ${c.version}]. Retrieved ${c.accessed}, from ${c.url}`,
    chicago: (c: Cited) =>
      `${c.tracker}. “${c.title}.” Dataset version ${c.version}. Last modified ${c.released}. Accessed ${c.accessed}. ${c.url}.`,
    listed: (tracker: string, version: string, url: string) =>
      `Listed in ${tracker}, dataset version ${version}: ${url}`,
    sourcePlain: (c: CitedSource) =>
      `${c.publisher}, “${c.title}.” ${c.dated}${c.url} (accessed ${c.accessed}). ${c.listed}.`,
    sourceChicago: (c: CitedSource) =>
      `${c.publisher}. “${c.title}.” ${c.dated}Accessed ${c.accessed}. ${c.url}.`,
  },
};

export type { Cited, CitedSource };

export type SourcesMessages = typeof en;
export default en;

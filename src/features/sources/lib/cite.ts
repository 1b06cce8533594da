import type { Identifier } from '@/data/identifiers';
import { formatPartialDate } from '@/lib/format';
import type { Lang } from '@/lib/i18n/langs';
import type { SourcesMessages } from '../messages';
import { ordinal } from './identifiers';

/** What a citation needs to know about the record and the reader's visit. */
export interface CiteInput {
  id: string;
  title: string;
  /** The record's own date (an event's date, a source's date), when it has one. */
  date: string | null;
  /** The page's absolute address. */
  url: string;
  /** The dataset version and the day it was published (YYYY-MM-DD). */
  version: string;
  released: string;
  /** The day the reader accessed it (YYYY-MM-DD). */
  accessed: string;
  lang: Lang;
  identifiers?: readonly Identifier[];
}

export type CitationFormat = 'plain' | 'apa' | 'chicago' | 'bluebook' | 'bibtex' | 'ris';

/** A citation's wording in the reader's language (the sources feature's messages). */
type Wording = SourcesMessages['citation'];

const TRACKER = 'Iron River Tracker';
const year = (iso: string | null) => (iso ? iso.slice(0, 4) : 'n.d.');
const long = (iso: string, lang: Lang) => formatPartialDate(iso, lang, 'long');

/** Bluebook month abbreviations (table T12). */
const BLUEBOOK_MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];
/** A day as the Bluebook writes it ("June 5, 2025"), or the year alone when that is all there is. */
function bluebookDate(iso: string | null): string {
  if (!iso || iso.length !== 10) return year(iso);
  return `${BLUEBOOK_MONTHS[Number(iso.slice(5, 7)) - 1] ?? ''} ${String(Number(iso.slice(8, 10)))}, ${iso.slice(0, 4)}`;
}

/** The matter itself, as the Bluebook cites it, when the record has an identifier to cite it by. */
function bluebookMatter({ title, date, identifiers = [] }: CiteInput): string | null {
  const y = year(date);
  const court = (c: string) => (/supreme/i.test(c) ? 'U.S.' : c);
  const short = bluebookDate(date);
  for (const id of identifiers) {
    if (id.kind === 'reporter' && id.citation)
      return `${id.caseName ? `${id.caseName}, ` : ''}${id.citation} (${y})`;
    if (id.kind === 'docket' && id.number)
      return `${id.caseName ? `${id.caseName}, ` : ''}No. ${id.number} (${court(id.court ?? '')} ${short})`;
    if (id.kind === 'public-law' && id.number) return `Pub. L. No. ${id.number} (${y})`;
    if (id.kind === 'bill' && id.number && id.congress)
      return `${title}, ${id.number}, ${ordinal(id.congress)} Cong. (${y})`;
    if (id.kind === 'federal-register' && id.number)
      return `${title}, Fed. Reg. Doc. No. ${id.number} (${short})`;
    if (id.kind === 'executive-order' && id.number) return `Exec. Order No. ${id.number} (${y})`;
    if (id.kind === 'report' && id.number) return `${title}, ${id.number} (${y})`;
  }
  return null;
}

const bibtexEscape = (text: string) =>
  text.replace(/[\\{}%&#_$^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`));

/**
 * A record cited in each format: a plain sentence, APA, Chicago, the Bluebook (where the record
 * has a docket, reporter, bill, public-law, Federal Register, executive-order or report number to
 * cite it by; null otherwise), and BibTeX and RIS entries for reference managers. Each names the
 * tracker's page, the dataset version and the day of access.
 */
export function cite(input: CiteInput, w: Wording): Record<CitationFormat, string | null> {
  const { id, title, date, url, version, released, accessed, lang } = input;
  const matter = bluebookMatter(input);
  const cited = {
    tracker: TRACKER,
    title,
    on: date ? ` (${long(date, lang)})` : '',
    version,
    url,
    accessed: long(accessed, lang),
  };
  return {
    plain: w.plain({ ...cited, released: long(released, lang) }),
    apa: w.apa({ ...cited, released: apaDate(released, lang, w) }),
    chicago: w.chicago({ ...cited, released: long(released, lang) }),
    bluebook: matter
      ? `${matter}, as recorded in ${TRACKER}, ${title} (dataset version ${version}), ${url} (last visited ${bluebookDate(accessed)}).`
      : null,
    bibtex: [
      `@misc{irt-${id},`,
      `  author = {{${TRACKER}}},`,
      `  title = {${bibtexEscape(title)}},`,
      `  year = {${year(released)}},`,
      `  version = {${version}},`,
      `  url = {${url}},`,
      `  urldate = {${accessed}},`,
      `  note = {Dataset version ${version}${date ? `; record dated ${date}` : ''}},`,
      '}',
      '',
    ].join('\n'),
    ris: [
      'TY  - DATA',
      `TI  - ${title}`,
      `AU  - ${TRACKER}`,
      `PY  - ${year(released)}`,
      ...(date ? [`DA  - ${date.replace(/-/g, '/')}`] : []),
      `ET  - ${version}`,
      `PB  - ${TRACKER}`,
      `UR  - ${url}`,
      `Y2  - ${accessed.replace(/-/g, '/')}`,
      `ID  - irt-${id}`,
      'ER  - ',
      '',
    ].join('\r\n'),
  };
}

/** What citing a source needs: the document itself, and where the tracker lists it. */
export interface SourceCiteInput {
  id: string;
  publisher: string;
  title: string;
  date: string | null;
  /** The document's own address. */
  url: string;
  news: boolean;
  /** The tracker's page that lists the source. */
  trackerUrl: string;
  version: string;
  accessed: string;
  lang: Lang;
}

/** APA's date: "(2025, June 5)", "(2025, June)", "(2025)" or "(n.d.)". */
function apaDate(iso: string | null, lang: Lang, w: Wording): string {
  if (!iso) return w.noDate;
  if (iso.length === 4) return iso;
  return `${iso.slice(0, 4)}, ${w.monthDay(formatPartialDate(iso, lang, 'long'))}`;
}

/**
 * A source cited as the document it is (its publisher, title, date and address), with the day of
 * access and a note of the tracker page and dataset version it was found through.
 */
export function citeSource(input: SourceCiteInput, w: Wording): Record<CitationFormat, string> {
  const { id, publisher, title, date, url, news, trackerUrl, version, accessed, lang } = input;
  const cited = {
    publisher,
    title,
    dated: date ? `${long(date, lang)}. ` : '',
    url,
    accessed: long(accessed, lang),
    listed: w.listed(TRACKER, version, trackerUrl),
  };
  return {
    plain: w.sourcePlain(cited),
    apa: `${publisher}. (${apaDate(date, lang, w)}). ${title}. ${url}`,
    chicago: w.sourceChicago(cited),
    bluebook: `${publisher}, ${title} (${bluebookDate(date)}), ${url} (last visited ${bluebookDate(accessed)}).`,
    bibtex: [
      `@misc{${id},`,
      `  author = {{${bibtexEscape(publisher)}}},`,
      `  title = {${bibtexEscape(title)}},`,
      `  year = {${year(date)}},`,
      ...(date && date.length === 10 ? [`  date = {${date}},`] : []),
      `  url = {${url}},`,
      `  urldate = {${accessed}},`,
      `  note = {${bibtexEscape(`Listed in ${TRACKER}, dataset version ${version}: ${trackerUrl}`)}},`,
      '}',
      '',
    ].join('\n'),
    ris: [
      news ? 'TY  - NEWS' : 'TY  - ELEC',
      `TI  - ${title}`,
      `AU  - ${publisher}`,
      `PB  - ${publisher}`,
      ...(date ? [`PY  - ${year(date)}`, `DA  - ${date.replace(/-/g, '/')}`] : []),
      `UR  - ${url}`,
      `Y2  - ${accessed.replace(/-/g, '/')}`,
      `N1  - Listed in ${TRACKER}, dataset version ${version}: ${trackerUrl}`,
      `ID  - ${id}`,
      'ER  - ',
      '',
    ].join('\r\n'),
  };
}

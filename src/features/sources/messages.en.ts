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
};

export type SourcesMessages = typeof en;
export default en;

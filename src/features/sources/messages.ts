import type { Lang } from '@/lib/i18n/langs';

/** Texts of citations and identifiers, in both languages; loaded only with the pages that cite. */
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

type SourcesMessages = typeof en;

const es: SourcesMessages = {
  title: 'Citar',
  format: 'Formato de la cita',
  formats: {
    plain: 'Frase',
    apa: 'APA',
    chicago: 'Chicago',
    bluebook: 'Bluebook',
    bibtex: 'BibTeX',
    ris: 'RIS',
  },
  shown: (format: string) => `Cita, ${format}`,
  copy: 'Copiar la cita',
  copied: 'Cita copiada',
  copyFailed: 'No se pudo copiar; seleccione el texto y cópielo.',
  download: (format: string) => `Descargar ${format}`,
  accessed: (date: string) =>
    `Consultado el ${date}; incluye la versión del conjunto de datos y la dirección de la página.`,
  source: 'Citar esta fuente',
  searchFor: (site: string) => `buscar en ${site}`,
};

export const sourcesMessages: Record<Lang, SourcesMessages> = { en, es };

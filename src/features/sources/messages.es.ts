import type { SourcesMessages } from './messages.en';

/** Texts of citations and identifiers in Spanish. */
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

export default es;

import type { Cited, CitedSource, SourcesMessages } from './messages.en';

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
  identifier: {
    kind: {
      bill: 'Proyecto de ley',
      'public-law': 'Ley pública',
      'federal-register': 'Documento del Federal Register',
      docket: 'Expediente',
      reporter: 'Cita en el repertorio',
      report: 'Informe',
      'executive-order': 'Orden ejecutiva',
      'official-document': 'Documento oficial',
    },
    congress: (n: number) => `${String(n)}.º Congreso`,
    publicLaw: 'Ley Pública',
    number: 'núm.',
    executiveOrder: 'Orden Ejecutiva',
  },
  citation: {
    noDate: 's.f.',
    monthDay: (long: string) => long.replace(/ de \d{4}$/, ''),
    plain: (c: Cited) =>
      `«${c.title}»${c.on}. ${c.tracker}, versión del conjunto de datos ${c.version}. ${c.url} (consultado el ${c.accessed}).`,
    apa: (c: Cited) =>
      `${c.tracker}. (${c.released}). ${c.title} [Registro del conjunto de datos, versión ${c.version}]. Consultado el ${c.accessed}, de ${c.url}`,
    chicago: (c: Cited) =>
      `${c.tracker}. «${c.title}». Versión del conjunto de datos ${c.version}. Última modificación: ${c.released}. Consultado el ${c.accessed}. ${c.url}.`,
    listed: (tracker: string, version: string, url: string) =>
      `Listado en ${tracker}, versión ${version}: ${url}`,
    sourcePlain: (c: CitedSource) =>
      `${c.publisher}, «${c.title}». ${c.dated}${c.url} (consultado el ${c.accessed}). ${c.listed}.`,
    sourceChicago: (c: CitedSource) =>
      `${c.publisher}. «${c.title}». ${c.dated}Consultado el ${c.accessed}. ${c.url}.`,
  },
};

export default es;

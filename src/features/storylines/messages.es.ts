import type { StorylineMessages } from './messages.en';

/** Texts of a storyline’s currency in Spanish. */
const es: StorylineMessages = {
  statusAsOfHint: 'la fecha de la fuente más reciente revisada para esta situación',
  lastChecked: (date: string) => `Revisada por última vez por el equipo editorial el ${date}`,
  monitorChecked: (date: string) =>
    `Sus fuentes oficiales, revisadas por el monitor por última vez el ${date}`,
  statusSources: 'La situación se basa en',
  quiet: (date: string) =>
    `No se ha registrado nada en esta historia desde el ${date}. Eso no es una noticia en sí: puede que el rastreador simplemente no tenga una fuente más reciente.`,
};

export default es;

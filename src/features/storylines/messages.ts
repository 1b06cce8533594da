import type { Lang } from '@/lib/i18n/langs';

/** Texts of a storyline's currency, in both languages; loaded with the pages that show it in full. */
const en = {
  statusAsOfHint: 'the date of the latest source checked for this status',
  lastChecked: (date: string) => `Last checked by an editor on ${date}`,
  statusSources: 'The status rests on',
  quiet: (date: string) =>
    `Nothing has been recorded in this storyline since ${date}. That is not news in itself: the tracker may simply have no newer source.`,
};

type StorylineMessages = typeof en;

const es: StorylineMessages = {
  statusAsOfHint: 'la fecha de la fuente más reciente revisada para esta situación',
  lastChecked: (date: string) => `Revisada por última vez por el equipo editorial el ${date}`,
  statusSources: 'La situación se basa en',
  quiet: (date: string) =>
    `No se ha registrado nada en esta historia desde el ${date}. Eso no es una noticia en sí: puede que el rastreador simplemente no tenga una fuente más reciente.`,
};

export const storylineMessages: Record<Lang, StorylineMessages> = { en, es };

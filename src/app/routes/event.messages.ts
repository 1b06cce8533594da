import type { Lang } from '@/lib/i18n/langs';

/** Texts of the event page, in both languages; loaded only with that page. */
const en = {
  suggestHint:
    'Tell the editors what is wrong and where it is shown; the form opens with this record filled in.',
  added: 'Added',
  updated: 'Last updated',
  corrections: 'Corrections',
  correctedOn: (date: string) => `Corrected ${date}`,
  identifiers: 'Cited as',
  context: 'Context',
  contextNote: 'Context rather than trafficking policy: kept because the storyline’s sources tie it in.',
};

type EventMessages = typeof en;

const es: EventMessages = {
  suggestHint: 'Díganos qué está mal y dónde aparece; el formulario se abre con este registro ya indicado.',
  added: 'Agregado',
  updated: 'Última actualización',
  corrections: 'Correcciones',
  correctedOn: (date: string) => `Corregido el ${date}`,
  identifiers: 'Se cita como',
  context: 'Contexto',
  contextNote:
    'Es contexto, no una política contra el tráfico: se incluye porque las fuentes de la historia lo vinculan.',
};

export const eventMessages: Record<Lang, EventMessages> = { en, es };

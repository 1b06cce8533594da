import type { EventMessages } from './event.messages.en';

/** Texts of the event page in Spanish. */
const es: EventMessages = {
  suggestHint: 'Díganos qué está mal y dónde aparece; el formulario se abre con este registro ya indicado.',
  added: 'Agregado',
  updated: 'Última actualización',
  identifiers: 'Se cita como',
  context: 'Contexto',
  contextNote:
    'Es contexto, no una política contra el tráfico: se incluye porque las fuentes de la historia lo vinculan.',
};

export default es;

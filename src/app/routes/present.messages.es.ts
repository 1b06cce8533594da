import type { PresentMessages } from './present.messages.en';

/** Text of the presentation mode in Spanish. */
const es: PresentMessages = {
  pageTitle: 'Presentación',
  slide: (n: number, total: number) => `Diapositiva ${String(n)} de ${String(total)}`,
  previous: 'Diapositiva anterior',
  next: 'Diapositiva siguiente',
  fullscreen: 'Pantalla completa',
  leave: 'Salir (Esc)',
  speakerView: 'Vista del presentador',
  audienceView: 'Vista del público',
  keys: '→ Espacio AvPág: siguiente · ← RePág: anterior · Inicio Fin · F: pantalla completa · Esc: salir',
  timelineDeck: (n: number) => `${String(n)} eventos de la cronología`,
  storylineDeck: (n: number) => `${String(n)} eventos`,
  filters: 'Selección',
  dataset: (version: string) => `Conjunto de datos ${version}`,
  sources: 'Fuentes',
  allSources: 'Todas las fuentes citadas en esta presentación',
  figures: 'Las cifras',
  openPanel: 'Abrir el panel',
  /** The label of the event's mark on its slide's chart. */
  thisEvent: 'Este evento',
  notes: 'Notas del presentador',
  nextUp: 'Siguiente',
  end: 'Fin de la presentación',
  noNotes: 'No hay notas para esta diapositiva.',
  empty: 'Ningún evento coincide con esta selección; no hay nada que presentar.',
  unknownDeck: (id: string) =>
    `No existe una presentación llamada «${id}»; se muestran los eventos de la cronología.`,
  singleSource: 'Fuente única',
  disputed: 'Las fuentes discrepan',
  print: 'Imprimir o guardar como PDF (una diapositiva por página)',
  keysTitle: 'Teclas',
  handout: 'Imprimir material de apoyo',
  withNotes: 'Con notas (debajo de cada diapositiva)',
  buildFrom: 'Armar una presentación a partir de esta',
  unit: 'Unidad',
  closing: 'La diapositiva de cierre',
};

export default es;

/** Text of the presentation mode, in both languages; loaded only with it. */
const en = {
  pageTitle: 'Presentation',
  slide: (n: number, total: number) => `Slide ${String(n)} of ${String(total)}`,
  previous: 'Previous slide',
  next: 'Next slide',
  fullscreen: 'Full screen',
  leave: 'Leave (Esc)',
  speakerView: 'Speaker view',
  audienceView: 'Audience view',
  keys: '→ Space PageDown: next · ← PageUp: previous · Home End · F: full screen · Esc: leave',
  timelineDeck: (n: number) => `${String(n)} events from the timeline`,
  storylineDeck: (n: number) => `${String(n)} events`,
  filters: 'Selection',
  dataset: (version: string) => `Dataset ${version}`,
  sources: 'Sources',
  allSources: 'Every source cited in this presentation',
  figures: 'The figures',
  openPanel: 'Open the panel',
  notes: 'Speaker notes',
  nextUp: 'Next',
  end: 'End of the presentation',
  noNotes: 'No notes for this slide.',
  empty: 'No event matches this selection, so there is nothing to present.',
  unknownDeck: (id: string) =>
    `There is no presentation called “${id}”; showing the timeline’s events instead.`,
  singleSource: 'Single source',
  disputed: 'Sources disagree',
  print: 'Print or save as PDF (one slide per page)',
};

type PresentMessages = typeof en;

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
};

export const presentMessages = { en, es };

/** Text of the presentation mode in English (its shape is the type every language follows). */
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
  /** The label of the event's mark on its slide's chart. */
  thisEvent: 'This event',
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
  keysTitle: 'Keys',
  handout: 'Print handout',
  withNotes: 'With notes (beneath each slide)',
  buildFrom: 'Build a deck from this',
  unit: 'Unit',
  closing: 'The closing slide',
};

export type PresentMessages = typeof en;
export default en;

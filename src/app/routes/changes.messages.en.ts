/** Texts of the "What changed" page in English (their shape is the type every language follows). */
const en = {
  title: 'What changed',
  lede: 'Every release of the dataset, newest first: what was added, changed, corrected or removed, with the reason for each correction. The list is derived from the records themselves, not written by hand.',
  release: (version: string) => `Version ${version}`,
  kinds: { corrected: 'Corrected', changed: 'Updated', added: 'Added', removed: 'Removed' },
  count: (n: number) => `${String(n)} record${n === 1 ? '' : 's'}`,
  record: { event: 'Event', storyline: 'Storyline', metric: 'Figures' },
  removedNote: 'No longer in the dataset.',
  foundBy: (source: string) => `found by the monitor in ${source}, then written and checked by an editor`,
  leadSources: {
    'federal-register': 'the Federal Register',
    courtlistener: 'CourtListener',
    'doj-press': 'the Justice Department’s press releases',
    congress: 'Congress.gov',
    dof: 'the Diario Oficial de la Federación',
  } as Record<string, string>,
  leadSourceUnknown: 'an official source',
  empty: 'No releases are recorded yet.',
};

export type ChangesMessages = typeof en;
export default en;

/** Texts of the "What changed" page, in both languages; loaded only with that page. */
const en = {
  title: 'What changed',
  lede: 'Every release of the dataset, newest first: what was added, changed, corrected or removed, with the reason for each correction. The list is derived from the records themselves, not written by hand.',
  release: (version: string) => `Version ${version}`,
  kinds: { corrected: 'Corrected', changed: 'Updated', added: 'Added', removed: 'Removed' },
  count: (n: number) => `${String(n)} record${n === 1 ? '' : 's'}`,
  record: { event: 'Event', storyline: 'Storyline', metric: 'Figures' },
  removedNote: 'No longer in the dataset.',
  empty: 'No releases are recorded yet.',
};

type ChangesMessages = typeof en;

const es: ChangesMessages = {
  title: 'Qué cambió',
  lede: 'Cada versión del conjunto de datos, de la más reciente a la más antigua: lo que se agregó, actualizó, corrigió o eliminó, con el motivo de cada corrección. La lista se deriva de los propios registros; no se escribe a mano.',
  release: (version: string) => `Versión ${version}`,
  kinds: { corrected: 'Corregido', changed: 'Actualizado', added: 'Agregado', removed: 'Eliminado' },
  count: (n: number) => `${String(n)} registro${n === 1 ? '' : 's'}`,
  record: { event: 'Evento', storyline: 'Historia', metric: 'Cifras' },
  removedNote: 'Ya no está en el conjunto de datos.',
  empty: 'Aún no hay versiones registradas.',
};

export const changesMessages = { en, es };

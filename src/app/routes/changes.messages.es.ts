import type { ChangesMessages } from './changes.messages.en';

/** Texts of the "What changed" page in Spanish. */
const es: ChangesMessages = {
  title: 'Qué cambió',
  lede: 'Cada versión del conjunto de datos, de la más reciente a la más antigua: lo que se agregó, actualizó, corrigió o eliminó, con el motivo de cada corrección. La lista se deriva de los propios registros; no se escribe a mano.',
  release: (version: string) => `Versión ${version}`,
  kinds: { corrected: 'Corregido', changed: 'Actualizado', added: 'Agregado', removed: 'Eliminado' },
  count: (n: number) => `${String(n)} registro${n === 1 ? '' : 's'}`,
  record: { event: 'Evento', storyline: 'Historia', metric: 'Cifras' },
  removedNote: 'Ya no está en el conjunto de datos.',
  foundBy: (source: string) =>
    `hallado por el monitor en ${source}; luego redactado y verificado por el equipo editorial`,
  leadSources: {
    'federal-register': 'el Federal Register',
    courtlistener: 'CourtListener',
    'doj-press': 'los comunicados del Departamento de Justicia',
    congress: 'Congress.gov',
    dof: 'el Diario Oficial de la Federación',
  },
  leadSourceUnknown: 'una fuente oficial',
  empty: 'Aún no hay versiones registradas.',
};

export default es;

import type { TimelineMessages } from './timeline-messages.en';

/** UI text of the timeline in Spanish. */
const es: TimelineMessages = {
  filters: 'Filtros',
  search: 'Buscar eventos',
  searchHint:
    'Títulos, resúmenes, quiénes participaron y títulos de las fuentes. No importan acentos ni mayúsculas.',
  clearAll: 'Quitar todos los filtros',
  from: 'Desde',
  to: 'Hasta',
  dateRange: 'Fechas',
  facet: {
    category: 'Categoría',
    jurisdiction: 'Jurisdicción',
    storyline: 'Historia',
    actor: 'Quién',
    verification: 'Verificación',
  },
  noStoryline: 'Sin historia',
  otherActors: 'Otros actores',
  showMore: (n: number) => `Mostrar ${String(n)} más`,
  showFewer: 'Mostrar menos',
  ignoredTitle: 'Algunos ajustes del enlace no se entendieron y se ignoraron',
  ignoredItem: (key: string, value: string) => `${key} = «${value}»`,
  noResults: 'Ningún evento coincide con estos filtros.',
  view: 'Vista',
  viewList: 'Lista',
  viewAxis: 'Eje temporal',
  lanes: 'Agrupar carriles por',
  laneKey: { category: 'Categoría', storyline: 'Historia', actor: 'Quién', jurisdiction: 'Jurisdicción' },
  axisLabel:
    'Eje temporal de eventos. Use las flechas izquierda y derecha para moverse entre eventos, Intro para abrir uno, más y menos para acercar o alejar.',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  zoomReset: 'Ver todo',
  today: 'Hoy',
  rangeHint: 'Arrastre sobre la escala de fechas para filtrar un periodo.',
  cluster: (n: number, from: string, to: string) => `${String(n)} eventos, de ${from} a ${to}. Acercar`,
  // (A no-break space: the abbreviation is never split across the label's two lines.)
  usAdmins: 'Presidencia de EE.\u00a0UU.',
  mxAdmins: 'Presidencia de México',
  usAdminsShort: 'EE. UU.',
  mxAdminsShort: 'México',
  selected: 'Evento seleccionado',
  selectHint: 'Seleccione un evento en el eje para leer aquí su resumen.',
  railTitle: 'Cifras en la misma escala de tiempo',
  openEvent: 'Abrir la página del evento',
  changedCount: (n: string) => `${n} nuevos o actualizados desde su última visita`,
  period: 'Periodo',
  skipToResults: 'Saltar a los resultados',
  clearFilters: 'Quitar los filtros',
};

export default es;

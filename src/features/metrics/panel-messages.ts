/** UI text of a metric panel, in both languages; loaded only with the panel. */
const en = {
  tabs: 'Views of this figure',
  tab: { chart: 'Chart', table: 'Table', sources: 'Sources' },
  chartDesc: (n: number) =>
    `${String(n)} published figures, each over the period it covers. The same data is in the Table tab.`,
  markers: 'Policy events on the chart',
  markersHint: 'Dashed lines and shaded spans mark events of the chosen storylines; choose one to open it.',
  markedEvents: 'Marked events',
  noYear: 'no published figure',
  gapsNote: 'Empty years have no published figure; they are gaps, not zeros.',
  download: 'Download',
  csv: 'CSV (data shown, with sources)',
  loadingChart: 'Loading chart…',
  sourcesTitle: 'Sources for these figures',
  figureOf: (value: string, period: string, estimator: string) => `${value} · ${period} · ${estimator}`,
  legend: 'Key',
  keys: {
    disputed: 'Dashed outline: sources disagree about this figure (each is shown)',
    partial: 'Hatched: a figure for part of the year only',
    gap: 'Empty slot: no published figure for that year (a gap, not a zero)',
    reference: 'Dashed line or diamond: a different measure, drawn for reference',
    since: 'Dotted along the axis: where the running total starts',
    hollow: 'Hollow dot: sources disagree about this total (each is shown)',
    approximate: '≈ above a bar: a rounded or approximate figure',
    ranges:
      'Dot: an estimate’s figure; bar: the low–high range its source gives; line with end marks: a statistical range around a figure (named in the row)',
  },
  tooManyMarkers: (n: number) =>
    `${String(n)} events in the chosen storylines: too many to mark legibly, so none is drawn. Choose fewer storylines, or open an event from the list.`,
  fiscalYear: (year: number) => `FY${String(year)}`,
  years: (n: number) => `${String(n)} year${n === 1 ? '' : 's'}`,
  totalsNote:
    'Each bar spans the years one published total covers, with the total written beside it. Totals over different periods are not yearly counts: they cannot be compared as a rise or a fall, added up or subtracted.',
  stepsNote:
    'Running totals: each step is a newly published total since the start date; nothing is drawn between two published totals but a flat line.',
  contextNote: 'Context, not a measure of trafficking: it shows what surrounds the topic.',
  statementsNote:
    'Dated statements, newest first. They are listed rather than drawn because they measure different things, each in its own unit.',
  statedOn: 'Stated',
  caveatsBelow:
    'Read the caveats below before comparing these figures; every figure is in the Table tab with its source.',
  method: 'How these estimates were made',
  computed: 'Computed here from the published counts',
  gapLabel: (year: string) => `${year}: no published figure`,
  disputedKey: 'Dashed: sources disagree about this figure',
  ownScale: 'own scale',
  logScale:
    'Logarithmic scale: each step along the axis is ten times the one before, so figures of very different size both show.',
  rail: {
    title: 'Figures on the same time scale',
    hint: 'These charts follow the timeline: zoom or pan it and they move with it. The selected event is marked on each; choose a marker to select its event.',
    choose: 'Charts beside the timeline',
    hide: 'Hide charts',
    show: 'Show charts',
    unknown: (ids: string) => `Unknown chart ignored: ${ids}`,
    open: 'Open panel',
    nothingInRange: 'No published figure in this time range.',
    crowded: (n: string) => `${n} policy events in this range: zoom in to see them marked.`,
  },
};

type PanelMessages = typeof en;

const es: PanelMessages = {
  tabs: 'Vistas de esta cifra',
  tab: { chart: 'Gráfica', table: 'Tabla', sources: 'Fuentes' },
  chartDesc: (n: number) =>
    `${String(n)} cifras publicadas, cada una en el periodo que cubre. Los mismos datos están en la pestaña Tabla.`,
  markers: 'Eventos de política en la gráfica',
  markersHint:
    'Las líneas punteadas y las franjas sombreadas marcan eventos de las historias elegidas; elija uno para abrirlo.',
  markedEvents: 'Eventos marcados',
  noYear: 'sin cifra publicada',
  gapsNote: 'Los años vacíos no tienen cifra publicada; son huecos, no ceros.',
  download: 'Descargar',
  csv: 'CSV (datos mostrados, con fuentes)',
  loadingChart: 'Cargando gráfica…',
  sourcesTitle: 'Fuentes de estas cifras',
  figureOf: (value: string, period: string, estimator: string) => `${value} · ${period} · ${estimator}`,
  legend: 'Clave',
  keys: {
    disputed: 'Contorno punteado: las fuentes discrepan sobre esta cifra (se muestran todas)',
    partial: 'Rayado: una cifra de solo una parte del año',
    gap: 'Espacio vacío: no hay cifra publicada para ese año (un hueco, no un cero)',
    reference: 'Línea punteada o rombo: otra medida, dibujada como referencia',
    since: 'Punteado sobre el eje: donde empieza el total acumulado',
    hollow: 'Punto hueco: las fuentes discrepan sobre este total (se muestran todos)',
    approximate: '≈ sobre una barra: una cifra redondeada o aproximada',
    ranges:
      'Punto: la cifra de una estimación; barra: el rango mínimo–máximo que da su fuente; línea con topes: un rango estadístico alrededor de una cifra (indicado en la fila)',
  },
  tooManyMarkers: (n: number) =>
    `${String(n)} eventos en las historias elegidas: demasiados para marcarlos de forma legible, así que no se dibuja ninguno. Elija menos historias o abra un evento desde la lista.`,
  fiscalYear: (year: number) => `AF${String(year)}`,
  years: (n: number) => `${String(n)} año${n === 1 ? '' : 's'}`,
  totalsNote:
    'Cada barra abarca los años que cubre un total publicado, con el total escrito a su lado. Los totales de periodos distintos no son conteos anuales: no pueden compararse como un alza o una baja, ni sumarse o restarse.',
  stepsNote:
    'Totales acumulados: cada escalón es un total publicado desde la fecha de inicio; entre dos totales publicados solo se dibuja una línea plana.',
  contextNote: 'Contexto, no una medida del tráfico de armas: muestra lo que rodea al tema.',
  statementsNote:
    'Declaraciones fechadas, de la más reciente a la más antigua. Se enlistan en vez de graficarse porque miden cosas distintas, cada una en su propia unidad.',
  statedOn: 'Declarado',
  caveatsBelow:
    'Lea las advertencias de abajo antes de comparar estas cifras; cada cifra está en la pestaña Tabla con su fuente.',
  method: 'Cómo se hicieron estas estimaciones',
  computed: 'Calculado aquí a partir de los conteos publicados',
  gapLabel: (year: string) => `${year}: sin cifra publicada`,
  disputedKey: 'Punteado: las fuentes discrepan sobre esta cifra',
  ownScale: 'escala propia',
  logScale:
    'Escala logarítmica: cada paso del eje es diez veces el anterior, para que se vean cifras de tamaños muy distintos.',
  rail: {
    title: 'Cifras en la misma escala de tiempo',
    hint: 'Estas gráficas siguen la línea de tiempo: al acercarla o desplazarla se mueven con ella. El evento seleccionado se marca en cada una; elija una marca para seleccionar su evento.',
    choose: 'Gráficas junto a la línea de tiempo',
    hide: 'Ocultar gráficas',
    show: 'Mostrar gráficas',
    unknown: (ids: string) => `Gráfica desconocida ignorada: ${ids}`,
    open: 'Abrir panel',
    nothingInRange: 'No hay cifras publicadas en este periodo.',
    crowded: (n: string) => `${n} eventos de política en este periodo: acérquese para verlos marcados.`,
  },
};

export const panelMessages = { en, es };
export type { PanelMessages };

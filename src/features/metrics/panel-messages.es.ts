import type { PanelMessages } from './panel-messages.en';

/** UI text of a metric panel in Spanish. */
const es: PanelMessages = {
  tabs: 'Vistas de esta cifra',
  tab: { chart: 'Gráfica', table: 'Tabla', sources: 'Fuentes' },
  chartDesc: (n: number) =>
    `${String(n)} cifras publicadas, cada una en el periodo que cubre. Los mismos datos están en la pestaña Tabla.`,
  markers: 'Eventos de política en la gráfica',
  markersHint:
    'Las líneas de puntos numeradas y las franjas sombreadas marcan eventos de las historias elegidas; elija uno para abrirlo.',
  markedEvents: 'Eventos marcados',
  noYear: 'sin cifra publicada',
  gapsNote: 'Los años vacíos no tienen cifra publicada; son huecos, no ceros.',
  download: 'Descargar',
  csv: 'CSV (datos mostrados, con fuentes)',
  imageFailed:
    'No se pudo dibujar la imagen. Recargue la página e inténtelo de nuevo; la descarga en CSV sigue disponible.',
  loadingChart: 'Cargando gráfica…',
  sourcesTitle: 'Fuentes de estas cifras',
  figureOf: (value: string, period: string, estimator: string) => `${value} · ${period} · ${estimator}`,
  legend: 'Clave',
  keys: {
    disputed: 'Contorno discontinuo: las fuentes discrepan sobre esta cifra (se muestran todas)',
    partial: 'Rayado: una cifra de solo una parte del año',
    gap: 'Espacio vacío: no hay cifra publicada para ese año (un hueco, no un cero)',
    reference: 'Línea discontinua o rombo: otra medida, dibujada como referencia',
    since: 'Punteado sobre el eje: donde empieza el total acumulado',
    hollow: 'Punto hueco: las fuentes discrepan sobre este total (se muestran todos)',
    approximate: '≈ sobre una barra: una cifra redondeada o aproximada',
    nested:
      'Barra delgada sobre una gruesa: dos cifras casi iguales para años que se traslapan (la delgada abarca menos tiempo)',
    spanRange: 'Caja abierta: el rango mínimo–máximo que da una fuente, a lo largo del periodo que abarca',
    events: 'Línea de puntos numerada o franja sombreada: un evento de política, listado bajo la gráfica',
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
  disputedKey: 'Discontinuo: las fuentes discrepan sobre esta cifra',
  ownScale: 'escala propia',
  logScale:
    'Escala logarítmica: cada paso del eje es diez veces el anterior, para que se vean cifras de tamaños muy distintos.',
  rail: {
    title: 'Cifras en la misma escala de tiempo',
    key: 'Las líneas verticales y las franjas sombreadas marcan los eventos de las historias de cada panel (el evento seleccionado, resaltado); cada barra es una cifra a lo largo del periodo que abarca, discontinua donde las fuentes discrepan.',
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

export default es;

import type { DeckProblem } from './lib/built-deck';
import type { DeckMessages } from './deck-messages.en';

const kinds: Record<string, string> = {
  string: 'texto',
  number: 'un número',
  array: 'una lista',
  object: 'un objeto',
};

/** Qué tiene de malo el archivo o el enlace de una presentación. */
const problem = (p: DeckProblem) => {
  const where = p.where ? `«${p.where}»` : 'La presentación';
  switch (p.what) {
    case 'type':
      return `${where} falta o no es ${kinds[p.detail] ?? p.detail}.`;
    case 'value':
      return `${where} no es uno de los valores permitidos (${p.detail}).`;
    case 'format':
      return `${where} no es un identificador (palabras en minúsculas unidas por guiones).`;
    case 'too-long':
      return `${where} es demasiado largo (${p.detail} caracteres como máximo).`;
    case 'too-many':
      return `${where} tiene demasiadas diapositivas (${p.detail} como máximo).`;
    case 'twice':
      return `${where} incluye dos veces la misma diapositiva.`;
    default:
      return `${where} no es válido.`;
  }
};

/** Textos de las presentaciones armadas (el editor, y al presentarlas) en español. */
const es: DeckMessages = {
  pageTitle: 'Armar una presentación',
  description:
    'Elija eventos y paneles de cifras, póngalos en orden y escriba lo que va a decir; presente la presentación o compártala como enlace o archivo.',
  intro:
    'Elija eventos y paneles de cifras, póngalos en orden y escriba lo que va a decir. Su trabajo se guarda en este navegador mientras avanza; guarde una presentación para conservar varias, y compártala como enlace o archivo.',
  startedFrom: (n: number) => `Se empezó una presentación con ${String(n)} evento${n === 1 ? '' : 's'}.`,
  startedFromDeck: 'Se empezó una presentación a partir de la que abrió.',
  keptAs: (name: string) =>
    `La presentación que estaba armando antes se conserva entre sus presentaciones guardadas, como «${name}».`,
  keptPrevious: 'El navegador no conservó la presentación que estaba armando antes:',
  restore: 'Recuperarla',
  restored: 'Se recuperó la presentación que estaba armando.',
  skipped: (list: string) => `Se omitieron porque este conjunto de datos no los tiene: ${list}.`,
  eventWord: 'evento',
  panelWord: 'panel',
  untitled: 'Presentación sin título',

  titleSection: 'Diapositiva de título',
  title: 'Título',
  subtitle: 'Subtítulo',
  noteLabel: 'Su nota (solo en la vista del presentador)',
  noteHint:
    'Las notas aparecen en la vista del presentador y en el material impreso con notas; nunca en las diapositivas que ve el público.',

  slidesSection: (n: number) => `Diapositivas (${String(n)})`,
  noSlides:
    'Todavía no hay diapositivas. Agregue eventos o paneles de cifras abajo: una presentación necesita al menos una.',
  eventKind: 'Evento',
  panelKind: 'Panel de cifras',
  position: (n: number) => `Diapositiva ${String(n + 1)}`,
  moveUp: 'Subir',
  moveDown: 'Bajar',
  remove: 'Quitar',
  drag: 'Arrastre para reordenar (o use Subir y Bajar)',
  moved: (title: string, position: number, total: number) =>
    `${title} pasó a la posición ${String(position)} de ${String(total)}`,
  added: (title: string, position: number) => `Se agregó ${title} como diapositiva ${String(position)}.`,
  removed: (title: string) => `Se quitó ${title}.`,
  undo: 'Deshacer',
  undone: 'Se deshizo el cambio.',

  addSection: 'Agregar diapositivas',
  searchEvents: 'Buscar eventos',
  searchHint: 'Por título, resumen, año o identificador.',
  noMatch: (q: string) => `Ningún evento coincide con «${q}».`,
  more: (n: number) => `${String(n)} más: precise la búsqueda para verlos.`,
  add: 'Agregar',
  inDeck: 'Ya está en la presentación',
  full: (n: number) => `Una presentación admite como máximo ${String(n)} diapositivas.`,
  panel: 'Panel de cifras',
  addPanel: 'Agregar el panel',

  closingSection: 'Diapositiva de cierre',
  closing: 'Palabras de cierre',

  shareSection: 'Presentar y compartir',
  needSlide: 'Agregue al menos una diapositiva para presentar o compartir esta presentación.',
  present: 'Presentar',
  link: 'Enlace a esta presentación',
  copy: 'Copiar enlace',
  copied: 'Enlace copiado.',
  copyFailed: 'No se pudo copiar: seleccione el enlace y cópielo.',
  linkLength: (n: string, limit: string) => `${n} de ${limit} caracteres (seguro en correo y mensajería).`,
  linkTooLong: (n: string, limit: string) =>
    `Este enlace tiene ${n} caracteres, más de los ${limit} que los programas de correo y de mensajería transmiten sin problemas: podría llegar cortado. Comparta la presentación como archivo (Exportar, abajo) o acorte sus notas.`,
  exportFile: 'Exportar como archivo (JSON)',
  importFile: 'Importar un archivo',
  imported: (title: string) => `Se importó «${title}».`,
  badFile: {
    'not-json': 'Este archivo no es JSON, así que no se importó ninguna presentación.',
    'not-a-deck': 'Este archivo no es una presentación exportada, así que no se importó nada.',
    newer: 'Este archivo viene de una versión más reciente del rastreador, así que no se importó nada.',
  },
  badFileProblem: (what: string) => `Este archivo no se puede importar: ${what} No se cambió nada.`,
  problem,

  savedSection: 'Presentaciones guardadas',
  save: 'Guardar en este navegador',
  saveChanges: 'Guardar los cambios',
  saveNew: 'Guardar como nueva',
  editing: (name: string) => `Esta es su presentación guardada «${name}».`,
  unsavedChanges: 'Tiene cambios sin guardar.',
  none: 'Todavía no hay presentaciones guardadas.',
  open: 'Abrir',
  rename: 'Cambiar nombre',
  done: 'Listo',
  delete: 'Eliminar',
  savedOn: (date: string) => `guardada el ${date}`,
  saved: (name: string) => `Se guardó «${name}».`,
  opened: (name: string) => `Se abrió «${name}».`,
  deleted: (name: string) => `Se eliminó «${name}».`,
  renamed: (name: string) => `Ahora se llama «${name}».`,
  notSaved: 'El navegador no guardó este cambio: exporte la presentación como archivo para conservarla.',

  linkErrors: {
    'too-long': 'Este enlace es más largo de lo que puede ser cualquier presentación, así que no se leyó.',
    'not-a-deck': 'Este enlace no contiene una presentación: lo que sigue a «d=» no lo es.',
    damaged: 'Este enlace está dañado o cortado (¿llegó completo?), así que no se puede leer.',
    newer: 'Este enlace viene de una versión más reciente del rastreador, así que no se puede leer aquí.',
    invalid: 'Este enlace no se puede leer:',
  },
  badLinkTitle: 'Esta presentación no se puede mostrar',
  openBuilder: 'Armar una presentación',

  qr: 'Código QR del enlace a esta presentación',
  qrCaption: 'Estas diapositivas, en su teléfono',
  qrTooLong: 'El enlace es demasiado largo para un código QR.',
  endOfDeck: 'Fin de la presentación',
};

export default es;

import type { EmbedMessages } from './embed.messages.en';

/** Texts of the embeds in Spanish. */
const es: EmbedMessages = {
  openFull: {
    metrics: 'Ver el panel completo en Iron River Tracker',
    storylines: 'Ver la historia completa en Iron River Tracker',
  },
  chartDrawing: 'Dibujando la gráfica… Todas las cifras están también en la tabla de abajo.',
  chartNotDrawn: 'La gráfica no se pudo dibujar aquí; todas las cifras están en la tabla de abajo.',
  storylineSources: 'Fuentes de la situación y de los eventos',
  figureWords: {
    qualifier: { approx: 'unas', nearly: 'casi', 'up-to': 'hasta', 'more-than': 'más de' },
    metrics: { range: (low: string, high: string) => `de ${low} a ${high}` },
  },
};

export default es;

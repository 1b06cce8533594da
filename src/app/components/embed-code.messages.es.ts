import type { EmbedCodeMessages } from './embed-code.messages.en';

/** Texts of the "Embed" action in Spanish. */
const es: EmbedCodeMessages = {
  embed: 'Insertar',
  title: {
    metrics: 'Insertar este panel en su sitio',
    storylines: 'Insertar esta historia en su sitio',
  },
  hint: 'Pegue este código en su página. El contenido insertado muestra las cifras con sus fuentes y la versión del conjunto de datos, enlaza a esta página y se mantiene al día con cada versión de los datos.',
  code: 'Código para insertar',
  copy: 'Copiar código',
  copied: 'Código copiado',
  failed: 'No se pudo copiar; seleccione el código y cópielo manualmente.',
  preview: 'Abrir el contenido insertado por separado',
};

export default es;

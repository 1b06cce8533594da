import type { AboutMessages } from './about.messages.en';

/** Texts of the About page in Spanish. */
const es: AboutMessages = {
  title: 'Acerca del sitio',
  coverageTitle: 'Qué cubre',
  coverage: [
    'Iron River Tracker sigue la política de Estados Unidos y México sobre el tráfico de armas de Estados Unidos a México: programas de aplicación de la ley, decisiones de presupuesto, leyes, demandas, designaciones terroristas, diplomacia e informes oficiales, junto con las cifras que se citan sobre el flujo de armas.',
    'Está hecho para el personal de políticas públicas que sigue los acontecimientos, para quienes los presentan en reuniones y para estudiantes que quieren entenderlos.',
  ],
  methodTitle: 'Método',
  method: [
    'Cada evento y cifra proviene de una compilación de hechos verificados en la que cada elemento tiene una fuente y el pasaje que lo respalda. Se prefieren las fuentes primarias (tribunales, agencias, legisladores, la página del propio medio); una copia o reproducción se conserva solo cuando es la única fuente, y así lo indica el editor. Los enlaces usan https.',
    'Cuando las fuentes discrepan, se muestran ambas, cada una con su fuente. Las estimaciones nunca se promedian en una sola cifra. Lo que no se pudo verificar se omite o se muestra solo como en disputa. Lo que afirma una sola fuente se marca como «fuente única».',
    'Cada historia dice qué tan al día está: su situación es «al» día de la fuente más reciente revisada, y se indica cuándo la revisó por última vez el equipo editorial. Que no haya noticias después de esa fecha no es una noticia.',
  ],
  codebookLink:
    'Cómo se codifica cada registro (categorías, jurisdicciones, etapas, niveles de verificación, estados), con ejemplos:',
  changesLink: 'Cada versión del conjunto de datos y lo que cambió, con los motivos de las correcciones:',
  levelsTitle: 'Niveles de verificación',
  correctionsTitle: 'Correcciones a afirmaciones muy repetidas',
  corrections: [
    'La Operación Southbound no era nueva en junio de 2023: la ATF la creó en abril de 2020, y la reunión de junio de 2023 le asignó más recursos.',
    'La demanda de México de 2021 nombró a siete fabricantes estadounidenses (más dos matrices extranjeras) y un mayorista, no a «ocho fabricantes».',
    'La opinión consultiva de la Corte Interamericana ya no está pendiente: la OC-30/25 se adoptó el 3 de diciembre de 2025 y se hizo pública el 5 de marzo de 2026.',
    'La Suprema Corte no dejó abierta la responsabilidad por «negligencia deliberada»: resolvió por unanimidad que México no alegó de forma verosímil la complicidad, por lo que la PLCAA impide la demanda.',
    'La cifra tan citada de «unas 213,000 armas al año» es la versión revisada por pares de un estudio cuyo documento de trabajo de 2013 decía 253,000.',
  ],
  contributeTitle: 'Agregar o corregir un evento',
  contribute: [
    'El conjunto de datos se guarda en el repositorio del proyecto como un archivo de texto (YAML) por registro, en los dos idiomas, en content/. Quien edita agrega un evento con npm run data:new event, llena cada campo con una fuente para cada fecha y cifra, y ejecuta npm run data:check, que señala cada error por archivo, línea y campo. Una corrección conserva un motivo fechado, que aparece en el historial de cambios. Quien prefiera una hoja de cálculo puede exportar los eventos a CSV y volver a importarlos (el README del proyecto y content/README.md explican cada paso).',
  ],
  suggest: '¿Encontró un error? Avise al equipo editorial:',
  suggestNone:
    'Esta copia del rastreador no tiene configurada una dirección para correcciones; quien la publica puede definirla (vea el README del proyecto, «Corrections»).',
  downloadTitle: 'Descargar los datos',
  download: (version: string) =>
    `El conjunto de datos completo, versión ${version}: los archivos JSON del contrato, un CSV por recurso (UTF-8, se abre en Excel) y el libro de códigos, en un solo archivo zip.`,
  downloadLink: (version: string) => `iron-river-tracker-${version}.zip`,
  contractTitle: 'Contrato de datos',
  contract:
    'La aplicación lee sus datos solo a través de un conjunto documentado y versionado de recursos JSON bajo una URL base, y revisa cada respuesta contra el contrato. Otro equipo puede servir el mismo contrato desde su propio servidor y apuntar la aplicación hacia él. Los recursos:',
  licenseTitle: 'Licencia',
  license:
    'Código con licencia MIT; datos con licencia CC BY 4.0, citando a Iron River Tracker y la versión del conjunto de datos.',
  factSheet: 'Hechos compilados',
};

export default es;

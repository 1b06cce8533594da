/** Texts of the About page, in both languages; loaded only with that page. */
const en = {
  title: 'About the tracker',
  coverageTitle: 'What it covers',
  coverage: [
    'Iron River Tracker follows U.S. and Mexican policy on firearms trafficking from the United States to Mexico: enforcement programs, funding decisions, laws, lawsuits, terrorist designations, diplomacy and official reports, alongside the figures people cite about the flow of guns.',
    'It is built for policy staff who monitor developments, advocates who present them, and students who want to understand them.',
  ],
  methodTitle: 'Method',
  method: [
    'Every event and figure comes from a verified compilation of facts in which each item has a source and the passage that supports it. Primary sources (courts, agencies, legislatures, the publisher’s own page) are preferred; a copy or repost is kept only where it is the only source, and its publisher line says so. Links are given over https.',
    'Where sources disagree, both are shown, each with its own source. Estimates are never averaged into one figure. Items that could not be verified are left out, or shown only as disputed. A claim found in only one source is labelled “single source”.',
    'Each storyline says how current it is: its status is “as of” the date of the latest source checked for it, and it says when an editor last checked. Silence after that date is not news.',
  ],
  codebookLink:
    'How each record is coded (categories, jurisdictions, stages, verification levels, statuses), with examples:',
  changesLink: 'Every release of the dataset and what it changed, with the reasons for corrections:',
  levelsTitle: 'Verification levels',
  correctionsTitle: 'Corrections to commonly repeated claims',
  corrections: [
    'Operation Southbound was not new in June 2023: ATF established it in April 2020, and the June 2023 meeting surged resources to it.',
    'Mexico’s 2021 suit named seven U.S. manufacturers (plus two foreign parent companies) and one wholesaler, not “eight manufacturers”.',
    'The Inter-American Court’s advisory opinion is no longer pending: OC-30/25 was adopted on 3 December 2025 and made public on 5 March 2026.',
    'The Supreme Court did not leave liability open for “willful negligence”: it held unanimously that Mexico had not plausibly alleged aiding and abetting, so the PLCAA bars the suit.',
    'The widely cited “about 213,000 guns a year” is the peer-reviewed version of a study whose 2013 working paper said 253,000.',
  ],
  contributeTitle: 'Add or correct an event',
  contribute: [
    'The dataset is kept in the project’s repository as one plain-text (YAML) file per record, in both languages, under content/. An editor adds an event with npm run data:new event, fills in every field with a source for each date and figure, and runs npm run data:check, which names any mistake by file, line and field. A correction keeps a dated reason, which the change log shows. Editors who prefer a spreadsheet can export the events to CSV and import them back (the project’s README and content/README.md explain each step).',
  ],
  suggest: 'Found something wrong? Tell the editors:',
  suggestNone:
    'This copy of the tracker has no address for corrections configured; whoever publishes it can set one (see the project’s README, “Corrections”).',
  downloadTitle: 'Download the data',
  download: (version: string) =>
    `The full dataset, version ${version}: the contract’s JSON files, a CSV per resource (UTF-8, opens in Excel) and the codebook, in one zip file.`,
  downloadLink: (version: string) => `iron-river-tracker-${version}.zip`,
  contractTitle: 'Data contract',
  contract:
    'The app reads its data only through a documented, versioned set of JSON resources under one base URL, and checks every response against the contract. Another team can serve the same contract from its own backend and point the app at it. The resources:',
  licenseTitle: 'Licence',
  license:
    'Code under the MIT licence; data under CC BY 4.0, citing Iron River Tracker and the dataset version.',
  factSheet: 'Facts compiled',
};

type AboutMessages = typeof en;

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

export const aboutMessages = { en, es };

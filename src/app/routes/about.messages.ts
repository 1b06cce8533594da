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
    'Every event and figure comes from a verified fact sheet in which each item has a source and a quote. Primary sources (courts, agencies, legislatures, the publisher’s own page) are preferred; a copy or repost is kept only where it is the only source, and its publisher line says so. Links are given over https.',
    'Where sources disagree, both are shown, each with its own source. Estimates are never averaged into one figure. Items the fact sheet could not verify are left out, or shown only as disputed. A claim found in only one source is labelled “single source”.',
  ],
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
    'The dataset is plain JSON in the project’s repository (public/api/v1). To add or correct an event, edit the JSON with a source for every date and figure, record the change in the changelog in meta.json, and run the tests, which check the dataset itself.',
    'If you are not a developer, write to the maintainers with the event, what is wrong and a source that shows it.',
  ],
  contractTitle: 'Data contract',
  contract:
    'The app reads its data only through a documented, versioned set of JSON resources (meta, events, storylines, metrics, sources, actors, glossary) under one base URL, and checks every response against the contract. Another team can serve the same contract from its own backend and point the app at it.',
  licenseTitle: 'Licence',
  license:
    'Code under the MIT licence; data under CC BY 4.0, citing Iron River Tracker and the dataset version.',
  factSheet: 'Fact sheet compiled',
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
    'Cada evento y cifra proviene de una hoja de hechos verificada en la que cada elemento tiene una fuente y una cita. Se prefieren las fuentes primarias (tribunales, agencias, legisladores, la página del propio medio); una copia o reproducción se conserva solo cuando es la única fuente, y así lo indica el editor. Los enlaces usan https.',
    'Cuando las fuentes discrepan, se muestran ambas, cada una con su fuente. Las estimaciones nunca se promedian en una sola cifra. Lo que la hoja de hechos no pudo verificar se omite o se muestra solo como en disputa. Lo que afirma una sola fuente se marca como «fuente única».',
  ],
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
    'El conjunto de datos es JSON simple en el repositorio del proyecto (public/api/v1). Para agregar o corregir un evento, edite el JSON con una fuente para cada fecha y cifra, registre el cambio en el historial de meta.json y ejecute las pruebas, que revisan los propios datos.',
    'Si no programa, escriba a quienes mantienen el sitio con el evento, qué está mal y una fuente que lo demuestre.',
  ],
  contractTitle: 'Contrato de datos',
  contract:
    'La aplicación lee sus datos solo a través de un conjunto documentado y versionado de recursos JSON (meta, eventos, historias, cifras, fuentes, actores, glosario) bajo una URL base, y revisa cada respuesta contra el contrato. Otro equipo puede servir el mismo contrato desde su propio servidor y apuntar la aplicación hacia él.',
  licenseTitle: 'Licencia',
  license:
    'Código con licencia MIT; datos con licencia CC BY 4.0, citando a Iron River Tracker y la versión del conjunto de datos.',
  factSheet: 'Hoja de hechos compilada',
};

export const aboutMessages = { en, es };

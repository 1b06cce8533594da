/** Texts of the codebook page, in both languages (the codes themselves come from the dataset). */
const en = {
  title: 'Codebook',
  description:
    'How every record is coded: event categories, jurisdictions, storyline stages, verification levels and statuses, each with how it is decided and examples.',
  contents: 'On this page',
  code: 'Code',
  decided: 'How it is decided',
  examples: 'Examples',
  stagesTitle: 'Storyline stages',
  stagesIntro:
    'Each storyline has its own stages, in the order they happen; each event belongs to at most one stage. The current stage is the last one the sources show reached, as of the storyline’s “status as of” date.',
  download: 'The codebook is also in the full dataset download, with the data it describes.',
};

type CodebookMessages = typeof en;

const es: CodebookMessages = {
  title: 'Libro de códigos',
  description:
    'Cómo se codifica cada registro: categorías de eventos, jurisdicciones, etapas de las historias, niveles de verificación y estados, cada uno con cómo se decide y ejemplos.',
  contents: 'En esta página',
  code: 'Código',
  decided: 'Cómo se decide',
  examples: 'Ejemplos',
  stagesTitle: 'Etapas de las historias',
  stagesIntro:
    'Cada historia tiene sus propias etapas, en el orden en que ocurren; cada evento pertenece como máximo a una etapa. La etapa actual es la última que las fuentes muestran alcanzada, a la fecha de «situación al» de la historia.',
  download:
    'El libro de códigos también está en la descarga completa de los datos, junto con los datos que describe.',
};

export const codebookMessages = { en, es };
